/**
 * Merging tables sorted by run id (runs.csv, timeseries.csv, states.csv of shards, or of
 * a journal and the tables already in a sweep folder), checking every record on the way:
 * a record must have the header's number of cells and a number (or an empty cell, an
 * undefined value) in every numeric column. A bad record is an InputError naming the
 * file and the record (its line number, the header being record 1), so no corrupt row is
 * ever passed on. Memory is constant: one line per source.
 */
import { csvCells } from '../io/csvRecords.js';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { InputError } from '../scenario/errors.js';
import { parquetCsvLines } from './parquet.js';
import { firstCell, readLines, TEXT_COLUMNS } from './tables.js';

/** A table's lines, header first, with the file they come from (named in errors). */
export interface TableSource {
  file: string;
  lines: AsyncGenerator<string>;
}

/** The lines of a folder's table (`runs`, `timeseries`, `states`) in its format; none when it is absent. */
export function tableSource(dir: string, table: string, format: 'csv' | 'parquet'): TableSource {
  const file = path.join(dir, `${table}.${format}`);
  async function* lines(): AsyncGenerator<string> {
    if (!existsSync(file)) return;
    if (format === 'parquet') yield* parquetCsvLines(file);
    else yield* readLines(file);
  }
  return { file, lines: lines() };
}

/** The run ids of a folder's runs table, checked record by record (empty when there is none). */
export async function tableRunIds(dir: string, format: 'csv' | 'parquet'): Promise<Set<string>> {
  const ids = new Set<string>();
  let first = true;
  for await (const line of checkedLines(tableSource(dir, 'runs', format))) {
    if (first) first = false;
    else ids.add(firstCell(line));
  }
  return ids;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Whether a cell holds a number as partnersim writes them (or is empty: undefined). */
export function isNumericCell(cell: string): boolean {
  return cell === '' || NUMBER.test(cell) || cell === 'NaN' || cell === 'Inf' || cell === '-Inf';
}


/** Checks the records of a table as they pass; throws an InputError at the first bad one. */
export async function* checkedLines(source: TableSource): AsyncGenerator<string> {
  let record = 0;
  let header: string[] | undefined;
  let numeric: boolean[] = [];
  for await (const line of source.lines) {
    record++;
    const cells = csvCells(line);
    if (cells === null) throw new InputError(`${source.file}: malformed table (record ${record} has a quote that is not closed)`);
    if (!header) {
      header = cells;
      numeric = cells.map((name) => !TEXT_COLUMNS.has(name));
    } else {
      if (cells.length !== header.length) throw new InputError(`${source.file}: malformed table (record ${record} has ${cells.length} cells, the header ${header.length})`);
      for (let k = 0; k < cells.length; k++) {
        if (numeric[k] && !isNumericCell(cells[k])) {
          throw new InputError(`${source.file}: record ${record}, column ${header[k]}: expected a number, got ${JSON.stringify(cells[k])}`);
        }
      }
    }
    yield line;
  }
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Merges tables sorted by run id into `target`: every line of a run from the first source
 * that has it, none from the others, so a run in several sources is written once. Calls
 * `onRun` once per run written. The sources must have the same header.
 */
export async function mergeSortedTables(sources: readonly TableSource[], target: string, onRun: (id: string) => void = () => {}): Promise<void> {
  const out = createWriteStream(target);
  try {
    type Head = { line: string; id: string; source: AsyncGenerator<string> };
    const heads: Head[] = [];
    let header: string | undefined;
    let headerFile = '';
    for (const { file, lines } of sources) {
      const source = checkedLines({ file, lines });
      const first = await source.next();
      if (first.done) continue;
      if (header === undefined) {
        header = first.value;
        headerFile = file;
      } else if (header !== first.value) throw new InputError(`${file}: its columns differ from those of ${headerFile}`);
      const next = await source.next();
      if (!next.done) heads.push({ line: next.value, id: firstCell(next.value), source });
    }
    if (header !== undefined) await write(out, header + '\n');
    let written: string | undefined;
    while (heads.length > 0) {
      let k = 0;
      for (let j = 1; j < heads.length; j++) if (heads[j].id < heads[k].id) k = j;
      const id = heads[k].id;
      const owner = heads[k];
      if (written !== id) {
        written = id;
        onRun(id);
      }
      for (const head of [...heads]) {
        let current: Head | null = head;
        while (current && current.id === id) {
          if (current === owner) await write(out, current.line + '\n');
          const next = await current.source.next();
          if (next.done) {
            heads.splice(heads.indexOf(current), 1);
            current = null;
          } else {
            current.line = next.value;
            current.id = firstCell(next.value);
          }
        }
      }
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
}
