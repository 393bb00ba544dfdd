/**
 * Turns a sweep's journal into its final tables, sorted by run id (then step, as each
 * run's rows come): runs.csv, timeseries.csv, states.csv and failures.csv, each written
 * to a temporary file and renamed, so a reader never sees a half table. Only an index
 * of line offsets is held in memory, never the runs' rows. Runs that the folder's tables
 * already hold but the journal lacks (the journal of a finished sweep is removed) are
 * kept: the new tables are merged with the old, so resuming never drops a run.
 */
import { closeSync, createWriteStream, existsSync, openSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import type { Experiment } from './experiments.js';
import { readLineAt, scanLines, type FailureEntry, type JournalEntry, type LineLocation } from './journal.js';
import { csvToParquet } from './parquet.js';
import { mergeSortedTables, tableSource } from './tableMerge.js';
import { FAILURE_COLUMNS, failureRow, readLines, runsRow, tableHeader, TABLES, type TableName } from './tables.js';

export interface SweepFiles {
  dir: string;
  journal: string;
  failures: string;
}

export function sweepFiles(dir: string): SweepFiles {
  const work = path.join(dir, '.work');
  return { dir, journal: path.join(work, 'journal.ndjson'), failures: path.join(work, 'failures.ndjson') };
}

/** Ids of the runs finished in the journal (repairing a line cut short by a crash). */
export function completedIds(files: SweepFiles): Set<string> {
  const ids = new Set<string>();
  scanLines(files.journal, (line) => ids.add((JSON.parse(line) as JournalEntry).experiment.id), { repair: true });
  return ids;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function end(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export interface FinaliseOptions {
  files: SweepFiles;
  /** ids of the runs of this sweep (of this shard); journal lines of other runs are ignored */
  wanted: ReadonlySet<string>;
  paths: readonly string[];
  states: boolean;
  format: 'csv' | 'parquet';
  /** ids of runs in the folder's tables that the journal may lack: their rows are kept */
  inTables?: ReadonlySet<string>;
}

export interface FinaliseResult {
  completed: number;
  failed: number;
  failures: Experiment[];
}

export async function finalise(options: FinaliseOptions): Promise<FinaliseResult> {
  const { files, wanted, paths } = options;
  const index = new Map<string, LineLocation>();
  scanLines(files.journal, (line, where) => {
    const id = (JSON.parse(line) as JournalEntry).experiment.id;
    if (wanted.has(id) && !index.has(id)) index.set(id, where);
  }, { repair: true });
  const ids = [...index.keys()].sort();
  const tables: TableName[] = TABLES.filter((t) => t !== 'states' || options.states);
  const tmp = (t: string) => path.join(files.dir, `${t}.csv.tmp-${process.pid}`);
  const streams = Object.fromEntries(tables.map((t) => [t, createWriteStream(tmp(t))])) as Record<TableName, WriteStream>;
  for (const t of tables) await write(streams[t], tableHeader(t, paths));
  const fd = existsSync(files.journal) ? openSync(files.journal, 'r') : -1;
  try {
    for (const id of ids) {
      const entry = JSON.parse(readLineAt(fd, index.get(id)!)) as JournalEntry;
      await write(streams.runs, runsRow(entry.experiment, entry.output.final, paths, entry.output.values));
      await write(streams.timeseries, entry.output.timeseries);
      if (options.states) await write(streams.states, entry.output.states ?? '');
    }
  } finally {
    if (fd >= 0) closeSync(fd);
    for (const t of tables) await end(streams[t]);
  }

  // Runs of the old tables that the journal lacks: merge them in (the journal's rows first).
  const finished = new Set(ids);
  const kept = [...(options.inTables ?? [])].filter((id) => wanted.has(id) && !index.has(id));
  if (kept.length > 0) {
    for (const t of tables) {
      const merged = `${tmp(t)}.merged`;
      await mergeSortedTables([{ file: tmp(t), lines: readLines(tmp(t)) }, tableSource(files.dir, t, options.format)], merged, t === 'runs' ? (id) => finished.add(id) : undefined);
      renameSync(merged, tmp(t));
    }
  }

  // Failures: the last error of each run that did not finish.
  const failures = new Map<string, FailureEntry>();
  scanLines(files.failures, (line) => {
    const entry = JSON.parse(line) as FailureEntry;
    if (wanted.has(entry.experiment.id) && !finished.has(entry.experiment.id)) failures.set(entry.experiment.id, entry);
  }, { repair: true });
  const failureIds = [...failures.keys()].sort();
  const failureText = FAILURE_COLUMNS.join(',') + '\n' + failureIds.map((id) => failureRow(failures.get(id)!.experiment, failures.get(id)!.error)).join('');

  for (const t of tables) {
    if (options.format === 'parquet') {
      await csvToParquet(tmp(t), `${tmp(t)}.parquet`);
      renameSync(`${tmp(t)}.parquet`, path.join(files.dir, `${t}.parquet`));
      rmSync(tmp(t));
      rmSync(path.join(files.dir, `${t}.csv`), { force: true });
    } else {
      renameSync(tmp(t), path.join(files.dir, `${t}.csv`));
    }
  }
  if (!options.states) {
    rmSync(path.join(files.dir, 'states.csv'), { force: true });
    rmSync(path.join(files.dir, 'states.parquet'), { force: true });
  }
  const failuresFile = path.join(files.dir, 'failures.csv');
  if (failureIds.length > 0) await writeFileAtomic(failuresFile, failureText);
  else rmSync(failuresFile, { force: true });
  return { completed: finished.size, failed: failureIds.length, failures: failureIds.map((id) => failures.get(id)!.experiment) };
}
