/**
 * Parquet versions of a sweep's tables (--format parquet), written and read in row
 * groups so that memory stays constant. Column types are inferred from the CSV in a
 * first pass: text columns as UTF-8 strings, columns of integers as INT64, other
 * numbers as DOUBLE; empty cells are nulls. Read back, every value prints as the CSV
 * cell it came from, so CSV and Parquet sweeps merge to the same tables.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import { formatCsvNumber } from '../io/csv.js';
import { csvLine, TEXT_COLUMNS } from './tables.js';

type ColumnKind = 'integer' | 'double' | 'string';

/** Columns that are text whatever they hold (a run id of digits is still an id). */
const ROW_GROUP = 10_000;

async function* csvRecords(file: string): AsyncGenerator<string[]> {
  const parser = createReadStream(file).pipe(parse({ relax_column_count: false }));
  for await (const record of parser) yield record as string[];
}

async function inferKinds(file: string): Promise<{ header: string[]; kinds: ColumnKind[] }> {
  let header: string[] = [];
  let kinds: ColumnKind[] = [];
  let first = true;
  for await (const record of csvRecords(file)) {
    if (first) {
      header = record;
      kinds = record.map((name) => (TEXT_COLUMNS.has(name) ? 'string' : 'integer'));
      first = false;
      continue;
    }
    record.forEach((cell, k) => {
      if (cell === '' || kinds[k] === 'string') return;
      if (/^-?\d+$/.test(cell)) return;
      kinds[k] = Number.isFinite(Number(cell)) || cell === 'NaN' || cell === 'Inf' || cell === '-Inf' ? 'double' : 'string';
    });
  }
  return { header, kinds };
}

function toValue(cell: string, kind: ColumnKind): string | bigint | number | null {
  if (cell === '') return null;
  if (kind === 'string') return cell;
  if (kind === 'integer') return BigInt(cell);
  if (cell === 'Inf') return Infinity;
  if (cell === '-Inf') return -Infinity;
  return Number(cell);
}

/** Writes the Parquet version of a CSV table. */
export async function csvToParquet(csvFile: string, parquetFile: string): Promise<void> {
  const { header, kinds } = await inferKinds(csvFile);
  const schema = [
    { name: 'root', num_children: header.length },
    ...header.map((name, k) => ({
      name,
      repetition_type: 'OPTIONAL' as const,
      ...(kinds[k] === 'string'
        ? { type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const }
        : kinds[k] === 'integer'
          ? { type: 'INT64' as const }
          : { type: 'DOUBLE' as const }),
    })),
  ];
  const writer = new ParquetWriter({ writer: fileWriter(parquetFile), schema, createdBy: 'partnersim' });
  let columns: unknown[][] = header.map(() => []);
  let rows = 0;
  const flush = async () => {
    if (rows === 0) return;
    await writer.write({ columnData: header.map((name, k) => ({ name, data: columns[k] as never })), rowGroupSize: rows });
    columns = header.map(() => []);
    rows = 0;
  };
  let first = true;
  for await (const record of csvRecords(csvFile)) {
    if (first) {
      first = false;
      continue;
    }
    record.forEach((cell, k) => columns[k].push(toValue(cell, kinds[k])));
    rows++;
    if (rows >= ROW_GROUP) await flush();
  }
  await flush();
  writer.finish();
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return formatCsvNumber(value);
  return String(value);
}

/** The header and the rows of a Parquet table as CSV lines, one row group at a time. */
export async function* parquetCsvLines(file: string): AsyncGenerator<string> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const names = metadata.schema.slice(1).map((s) => s.name);
  yield names.join(',');
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    const rows = (await parquetReadObjects({ file: buffer, metadata, rowStart: start, rowEnd: end })) as Record<string, unknown>[];
    for (const row of rows) yield csvLine(names.map((n) => cellText(row[n]))).slice(0, -1);
    start = end;
  }
}
