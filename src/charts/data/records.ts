/**
 * Reading the tables of a results folder as records (arrays of cells, header first),
 * streamed so that memory does not grow with the table: CSV split by hand
 * (src/io/csvRecords.ts), Parquet one row group at a time through
 * src/experiments/parquet.ts. A malformed table throws an InputError naming the file
 * and the record.
 *
 * @example
 * for await (const record of tableRecords('results/sweep/timeseries.csv')) ...
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parse as parseSync } from 'csv-parse/sync';
import { parquetCsvLines } from '../../experiments/parquet.js';
import { csvRecords, type NumberedRecord } from '../../io/csvRecords.js';
import { InputError } from '../../scenario/errors.js';

export { splitCsvLine } from '../../io/csvRecords.js';

/** The records of a CSV or Parquet table, header first. */
export async function* tableRecords(file: string): AsyncGenerator<string[]> {
  for await (const { cells } of numberedRecords(file)) yield cells;
}

/** The records of a CSV or Parquet table with their numbers (the header is record 1). */
export function numberedRecords(file: string): AsyncGenerator<NumberedRecord> {
  if (!file.endsWith('.parquet')) return csvRecords(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), file);
  return csvRecords(
    (async function* () {
      for await (const line of parquetCsvLines(file)) yield line + '\n';
    })(),
    file,
  );
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
