/**
 * Tables to paste into a paper: numbers to a few significant digits, GitHub-flavoured
 * Markdown tables, and LaTeX tables in the booktabs style (\toprule, \midrule,
 * \bottomrule; needs \usepackage{booktabs}), with LaTeX's special characters escaped.
 *
 * @example
 * significant(0.123456);  // '0.123'
 * significant(-1234.5);   // '-1230'
 * markdownTable(['a', 'b'], [['1', '2']], ['l', 'r']); // '| a | b |\n|:--|--:|\n| 1 | 2 |\n'
 */

/** x to `digits` significant digits, trailing zeros dropped; '' when x is undefined or not finite. */
export function significant(x: number | undefined, digits = 3): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  const rounded = Number(x.toPrecision(digits));
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

/** A p-value to 2 significant digits, or `<0.001`. */
export function formatP(p: number | undefined): string {
  if (p === undefined || !Number.isFinite(p)) return '';
  return p < 0.001 ? '<0.001' : significant(p, 2);
}

export type Align = 'l' | 'r';

function escapeMarkdown(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

/** A GitHub-flavoured Markdown table, with a line ending after every row. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |\n`;
  const rule = `|${align.map((a) => (a === 'r' ? '--:' : ':--')).join('|')}|\n`;
  return line(header) + rule + rows.map(line).join('');
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '×': '$\\times$',
  '−': '$-$',
  '±': '$\\pm$',
};

/** Text with LaTeX's special characters escaped (and ×, −, ± in math mode). */
export function escapeLatex(text: string): string {
  return text.replace(/[\\&%$#_{}~^×−±]/g, (c) => LATEX_SPECIAL[c]);
}

/** A number cell for LaTeX: minus signs as math minus signs, `<` in math mode. */
export function latexNumber(cell: string): string {
  return escapeLatex(cell).replace(/-(?=[\d.])/g, '$-$').replace(/</g, '$<$');
}

export interface LatexOptions {
  caption?: string;
  label?: string;
  /** row indices before which a \midrule separates groups */
  groupStarts?: readonly number[];
  /** a note under the table (escaped) */
  note?: string;
}

/**
 * A booktabs table: cells in right-aligned columns are treated as numbers (minus signs
 * become $-$, `<` becomes $<$), the others are escaped text.
 */
export function latexTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[], options: LatexOptions = {}): string {
  const cells = (r: readonly string[]) => r.map((c, k) => (align[k] === 'r' ? latexNumber(c) : escapeLatex(c))).join(' & ') + ' \\\\\n';
  const starts = new Set(options.groupStarts ?? []);
  const body = rows.map((r, i) => (i > 0 && starts.has(i) ? '\\midrule\n' : '') + cells(r)).join('');
  return [
    '\\begin{table}[htbp]\n',
    '\\centering\n',
    options.caption ? `\\caption{${escapeLatex(options.caption)}}\n` : '',
    options.label ? `\\label{${options.label}}\n` : '',
    `\\begin{tabular}{${align.join('')}}\n`,
    '\\toprule\n',
    header.map(escapeLatex).join(' & ') + ' \\\\\n',
    '\\midrule\n',
    body,
    '\\bottomrule\n',
    '\\end{tabular}\n',
    options.note ? `\\par\\smallskip{\\footnotesize ${escapeLatex(options.note)}}\n` : '',
    '\\end{table}\n',
  ].join('');
}
