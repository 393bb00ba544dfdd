/**
 * Reading the tables of a results folder as records (arrays of cells, header first),
 * streamed so that memory does not grow with the table: CSV through csv-parse, Parquet
 * one row group at a time through src/experiments/parquet.ts. A malformed table
 * throws an InputError naming the file.
 *
 * @example
 * for await (const record of tableRecords('results/sweep/timeseries.csv')) ...
 */
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { parquetCsvLines } from '../../experiments/parquet.js';
import { InputError } from '../../scenario/errors.js';

/** Splits one CSV record (RFC 4180 quoting) into its cells. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
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
  return cells;
}

function quotes(text: string): number {
  let n = 0;
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) n++;
  return n;
}

/**
 * The records of a CSV file, header first, read in chunks and split by hand: several
 * times faster than csv-parse's record stream on the large tables of a sweep. A quoted
 * cell may hold commas, quotes and line breaks; every record must have the header's
 * number of cells.
 */
async function* csvFileRecords(file: string): AsyncGenerator<string[]> {
  let rest = '';
  let width = -1;
  let line = 0;
  const emit = (text: string): string[] | undefined => {
    line++;
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (clean === '') return undefined;
    const cells = splitCsvLine(clean);
    if (width < 0) width = cells.length;
    else if (cells.length !== width) throw new InputError(`${file}: malformed table (record ${line} has ${cells.length} cells, the header ${width})`);
    return cells;
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    let pending = '';
    for (let end = text.indexOf('\n', start); end >= 0; end = text.indexOf('\n', start)) {
      const piece = pending + text.slice(start, end);
      start = end + 1;
      // a line break inside a quoted cell: keep reading the record
      if (quotes(piece) % 2 === 1) {
        pending = piece + '\n';
        continue;
      }
      pending = '';
      const cells = emit(piece);
      if (cells) yield cells;
    }
    rest = pending + text.slice(start);
  }
  const cells = emit(rest);
  if (cells) yield cells;
}

/** The records of a CSV or Parquet table, header first. */
export async function* tableRecords(file: string): AsyncGenerator<string[]> {
  if (!file.endsWith('.parquet')) {
    yield* csvFileRecords(file);
    return;
  }
  const input = Readable.from(
    (async function* () {
      for await (const line of parquetCsvLines(file)) yield line + '\n';
    })(),
  );
  try {
    for await (const record of input.pipe(parse({ relax_column_count: false }))) yield record as string[];
  } catch (error) {
    throw new InputError(`${file}: malformed table (${(error as Error).message})`);
  }
}

/** A small CSV table (effects.csv, sensitivity.csv) as objects keyed by column. */
export function readCsvObjects(file: string): { columns: string[]; rows: Record<string, string>[] } {
  let records: string[][];
  try {
    records = parseSync(readFileSync(file, 'utf8'), { relax_column_count: false }) as string[][];
  } catch (error) {
    throw new InputError(`${file}: malformed CSV (${(error as Error).message})`);
  }
  const [columns = [], ...body] = records;
  return { columns, rows: body.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k]]))) };
}

/** A cell as a number: NaN when empty or not a number; Inf and -Inf as written by partnersim. */
export function cellNumber(cell: string | undefined): number {
  if (cell === undefined || cell === '') return NaN;
  if (cell === 'Inf') return Infinity;
  if (cell === '-Inf') return -Infinity;
  return Number(cell);
}

/** Column indexes of `names` in a header; throws InputError naming the first missing one. */
export function columnIndexes(header: readonly string[], names: readonly string[], file: string): number[] {
  return names.map((name) => {
    const k = header.indexOf(name);
    if (k < 0) throw new InputError(`${file}: no column "${name}"`);
    return k;
  });
}
