import { describe, expect, it } from 'vitest';
import { escapeLatex, formatP, latexNumber, latexTable, markdownTable, significant } from '../../../src/analysis/tableText.js';

describe('table text', () => {
  it('rounds to significant digits', () => {
    expect(significant(0.123456)).toBe('0.123');
    expect(significant(-1234.5)).toBe('-1230');
    expect(significant(0.0001234567)).toBe('0.000123');
    expect(significant(2)).toBe('2');
    expect(significant(-0.0000001, 3)).toBe('-1e-7');
    expect(significant(-0)).toBe('0');
    expect(significant(undefined)).toBe('');
    expect(significant(NaN)).toBe('');
    expect(significant(7.8749, 2)).toBe('7.9');
  });

  it('formats p-values', () => {
    expect(formatP(0.002833)).toBe('0.0028');
    expect(formatP(0.0004)).toBe('<0.001');
    expect(formatP(1)).toBe('1');
    expect(formatP(undefined)).toBe('');
  });

  it('writes GitHub-flavoured Markdown tables', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']], ['l', 'r'])).toBe('| a | b |\n|:--|--:|\n| 1 | x\\|y |\n');
  });

  it('escapes LaTeX', () => {
    expect(escapeLatex('mean_effort & 5% #1 $x ~ ^ {a} \\')).toBe('mean\\_effort \\& 5\\% \\#1 \\$x \\textasciitilde{} \\textasciicircum{} \\{a\\} \\textbackslash{}');
    expect(escapeLatex('1 × 30, −b, ±0.1')).toBe('1 $\\times$ 30, $-$b, $\\pm$0.1');
    expect(latexNumber('-0.5')).toBe('$-$0.5');
    expect(latexNumber('[-2.33, -0.833]')).toBe('[$-$2.33, $-$0.833]');
    expect(latexNumber('<0.001')).toBe('$<$0.001');
  });

  it('writes booktabs tables with group rules', () => {
    const tex = latexTable(['indicator', 'x'], [['mean_effort', '-1'], ['', '2'], ['partners', '3']], ['l', 'r'], { caption: 'A 5% test', groupStarts: [0, 2] });
    expect(tex).toBe(
      [
        '\\begin{table}[htbp]',
        '\\centering',
        '\\caption{A 5\\% test}',
        '\\begin{tabular}{lr}',
        '\\toprule',
        'indicator & x \\\\',
        '\\midrule',
        'mean\\_effort & $-$1 \\\\',
        ' & 2 \\\\',
        '\\midrule',
        'partners & 3 \\\\',
        '\\bottomrule',
        '\\end{tabular}',
        '\\end{table}',
        '',
      ].join('\n'),
    );
  });
});
