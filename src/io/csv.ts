/**
 * CSV text from rows, in the column order of a columns object such as
 * `TIMESERIES_COLUMNS` (its keys, in order, are the header). The formatting is
 * deterministic, so that the same rows always give the same bytes:
 *
 * - integers as integers (`12`, `-3`);
 * - other numbers rounded to 6 decimal places, trailing zeros trimmed, never `-0`
 *   (`0.1234565` → `0.123457`, `-0.0000001` → `0`); `Inf`, `-Inf` as such;
 * - NaN, an undefined value (a Gini of fewer than two partners, a mean over no states),
 *   as an empty cell, as `null` and `undefined` are: readers take an empty cell for
 *   "undefined", never for 0;
 * - strings quoted only when they hold a comma, a double quote or a line break,
 *   with inner quotes doubled;
 * - `\n` line endings, a line ending after every row.
 *
 * @example
 * const columns = { step: 'step index', share: 'a share' } as const;
 * formatCsv(columns, [{ step: 0, share: 1 / 3 }]); // 'step,share\n0,0.333333\n'
 */

/** A value of one cell. `null` and `undefined` give an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** A columns object: column name → description, in output order. */
export type CsvColumns = Readonly<Record<string, string>>;

/** A row with a value for every column of `C`. */
export type CsvRow<C extends CsvColumns> = { readonly [K in keyof C]: CsvValue };

/** Decimal places kept for numbers that are not integers. */
export const CSV_DECIMALS = 6;

/** Formats one number deterministically (see the module's description). */
export function formatCsvNumber(value: number): string {
  if (Number.isNaN(value)) return '';
  if (value === Infinity) return 'Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isInteger(value)) return Object.is(value, -0) ? '0' : String(value);
  let text = value.toFixed(CSV_DECIMALS);
  if (text.includes('e')) return text; // |value| >= 1e21: toFixed gives exponent notation
  text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** Quotes a text when it holds a comma, a double quote or a line break. */
export function formatCsvText(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats one cell. */
export function formatCsvValue(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCsvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return formatCsvText(value);
}

/** The header line (with its `\n`) of a columns object. */
export function formatCsvHeader(columns: CsvColumns): string {
  return Object.keys(columns).map(formatCsvText).join(',') + '\n';
}

/**
 * One row as a CSV line (with its `\n`), in the columns' order; for code that appends
 * rows as they come (a sweep writing one run after another). Throws when the row lacks
 * a column, which is a programming error, never the user's.
 */
export function formatCsvRow<C extends CsvColumns>(columns: C, row: CsvRow<C>): string {
  const cells: string[] = [];
  for (const column of Object.keys(columns)) {
    if (!(column in row)) throw new Error(`CSV row has no value for column "${column}"`);
    cells.push(formatCsvValue(row[column as keyof C]));
  }
  return cells.join(',') + '\n';
}

/** A whole CSV text: the header line, then one line per row. */
export function formatCsv<C extends CsvColumns>(columns: C, rows: Iterable<CsvRow<C>>): string {
  const parts = [formatCsvHeader(columns)];
  for (const row of rows) parts.push(formatCsvRow(columns, row));
  return parts.join('');
}
