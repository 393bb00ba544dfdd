/**
 * Reading CSV records strictly, for every command that reads partnersim's tables
 * (compare, sensitivity, robustness, chart): a record with the wrong number of cells, a
 * quote that is never closed and text in a numeric cell are InputErrors that name the
 * file and the record (the header is record 1; empty lines are not counted), so the CLI
 * prints one line and exits 2.
 *
 * Records are split by hand from the text in chunks, several times faster than
 * csv-parse's record stream on the large tables of a sweep; a quoted cell may hold
 * commas, doubled quotes and line breaks (RFC 4180).
 *
 * @example
 * for await (const { cells, record } of csvRecords(createReadStream(file, 'utf8'), file)) ...
 * numberCell('0.25', 'runs.csv', 3, 'mean_effort'); // 0.25
 * numberCell('', 'runs.csv', 3, 'benefit_gini');    // NaN: undefined
 */
import { InputError } from '../scenario/errors.js';

/** The cells of one CSV record (RFC 4180 quoting), and whether a quote is left open. */
function scanCsvLine(line: string): { cells: string[]; open: boolean } {
  if (!line.includes('"')) return { cells: line.split(','), open: false };
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (quoted) {
      if (c === '"' && line[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return { cells, open: quoted };
}

/** Splits one CSV record (RFC 4180 quoting) into its cells. */
export function splitCsvLine(line: string): string[] {
  return scanCsvLine(line).cells;
}

/** The cells of a CSV line (RFC 4180 quotes), or null when a quote is left open. */
export function csvCells(line: string): string[] | null {
  const { cells, open } = scanCsvLine(line);
  return open ? null : cells;
}

function quotes(text: string): number {
  let n = 0;
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) n++;
  return n;
}

/** A record and its number (the header is 1). */
export interface NumberedRecord {
  cells: string[];
  record: number;
}

/**
 * The records of CSV text arriving in chunks, header first; every record must have the
 * header's number of cells, and every quote must close.
 */
export async function* csvRecords(chunks: AsyncIterable<string | Buffer>, file: string): AsyncGenerator<NumberedRecord> {
  let rest = '';
  let width = -1;
  let record = 0;
  const emit = (text: string): NumberedRecord | undefined => {
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (clean === '') return undefined;
    record++;
    const cells = splitCsvLine(clean);
    if (width < 0) width = cells.length;
    else if (cells.length !== width) throw new InputError(`${file}: malformed table (record ${record} has ${cells.length} cells, the header ${width})`);
    return { cells, record };
  };
  let pending = '';
  for await (const chunk of chunks) {
    const text = rest + String(chunk);
    let start = 0;
    pending = '';
    for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
      const piece = pending + text.slice(start, end);
      start = end + 1;
      // a line break inside a quoted cell: keep reading the record
      if (quotes(piece) % 2 === 1) {
        pending = piece + '\n';
        continue;
      }
      pending = '';
      const out = emit(piece);
      if (out) yield out;
    }
    rest = pending + text.slice(start);
  }
  if (quotes(rest) % 2 === 1) throw new InputError(`${file}: malformed table (record ${record + 1} opens a quote that is never closed)`);
  const out = emit(rest);
  if (out) yield out;
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A numeric cell as a number: an empty cell (or `NaN`) is NaN, an undefined value;
 * `Inf` and `-Inf` as partnersim writes them; anything else that is not a decimal
 * number is an InputError naming the file, the record and the column.
 */
export function numberCell(cell: string | undefined, file: string, record: number, column: string): number {
  if (cell === undefined || cell === '' || cell === 'NaN') return NaN;
  if (cell === 'Inf') return Infinity;
  if (cell === '-Inf') return -Infinity;
  if (DECIMAL.test(cell)) return Number(cell);
  throw new InputError(`${file}: record ${record}, column "${column}": expected a number, got ${JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell)}`);
}
