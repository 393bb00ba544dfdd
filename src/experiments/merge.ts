/**
 * mergeSweeps(dirs, out): joins the outputs of shards of one sweep into exactly what
 * the unsharded sweep writes. Each table is a k-way merge of the shards' sorted tables
 * by run id (constant memory); a run present in several inputs is written once, so
 * merging twice, or in another order, changes nothing.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, renameSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { canonicalJson } from '../scenario/loader.js';
import { csvToParquet, parquetCsvLines } from './parquet.js';
import { SWEEP_MANIFEST_FORMAT, type SweepKey } from './sweep.js';
import { FAILURE_COLUMNS, firstCell, readLines, TABLES, type TableName } from './tables.js';

interface ShardManifest {
  format: string;
  key: SweepKey;
  shard: { index: number; count: number } | null;
  status: string;
  counts: { runs: number; completed: number; failed: number };
  [k: string]: unknown;
}

function readShardManifest(dir: string): ShardManifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new InputError(`${dir}: no manifest.json (not a sweep folder)`);
  let manifest: ShardManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
  } catch (error) {
    throw new InputError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
  if (manifest.format !== SWEEP_MANIFEST_FORMAT) throw new InputError(`${file}: not a sweep manifest (format ${String(manifest.format)})`);
  if (manifest.status === 'running' || manifest.status === 'interrupted') {
    throw new InputError(`${dir}: the sweep is ${manifest.status}; finish it with --resume before merging`);
  }
  return manifest;
}

async function* tableLines(dir: string, table: string, format: 'csv' | 'parquet'): AsyncGenerator<string> {
  const file = path.join(dir, `${table}.${format}`);
  if (!existsSync(file)) return;
  if (format === 'parquet') yield* parquetCsvLines(file);
  else yield* readLines(file);
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Merges sorted tables by run id; returns the run ids written (for runs.csv). */
async function mergeTable(sources: AsyncGenerator<string>[], target: string, count: (id: string) => void = () => {}): Promise<void> {
  const out = createWriteStream(target);
  type Head = { line: string; id: string; source: AsyncGenerator<string> };
  const heads: Head[] = [];
  let header: string | undefined;
  for (const source of sources) {
    const first = await source.next();
    if (first.done) continue;
    if (header === undefined) header = first.value;
    else if (header !== first.value) throw new InputError(`${target}: the inputs have different columns`);
    const next = await source.next();
    if (!next.done) heads.push({ line: next.value, id: firstCell(next.value), source });
  }
  if (header !== undefined) await write(out, header + '\n');
  let written: string | undefined;
  while (heads.length > 0) {
    let k = 0;
    for (let j = 1; j < heads.length; j++) if (heads[j].id < heads[k].id) k = j;
    const id = heads[k].id;
    // Take every line of this run from the first source that has it; skip it in the others.
    const owner = heads[k];
    if (written !== id) {
      written = id;
      count(id);
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
  out.end();
  await once(out, 'finish');
}

export interface MergeSummary {
  out: string;
  runs: number;
  expected: number;
  failed: number;
  /** shard indices that no input holds (when the runs are incomplete) */
  missingShards: number[];
  shardCount: number;
}

export async function mergeSweeps(inputs: readonly string[], out: string): Promise<MergeSummary> {
  const dirs = [...new Set(inputs.map((d) => path.resolve(d)))];
  if (dirs.length === 0) throw new InputError('merge: expected at least one sweep folder');
  const manifests = dirs.map(readShardManifest);
  const key = manifests[0].key;
  manifests.forEach((m, k) => {
    if (canonicalJson(m.key) !== canonicalJson(key)) throw new InputError(`${dirs[k]}: a shard of another sweep than ${dirs[0]} (scenario, design, policies, replicates, seed or format differ)`);
  });
  const counts = manifests.map((m) => m.shard?.count ?? 1);
  mkdirSync(out, { recursive: true });
  const format = key.format;
  const tables: TableName[] = TABLES.filter((t) => t !== 'states' || key.states);
  // Tables of an earlier sweep or merge in this folder that this merge does not write.
  for (const table of TABLES) {
    for (const ext of ['csv', 'parquet']) {
      if (!tables.includes(table) || ext !== key.format) rmSync(path.join(out, `${table}.${ext}`), { force: true });
    }
  }
  let runs = 0;
  for (const table of tables) {
    const tmp = path.join(out, `${table}.csv.tmp-${process.pid}`);
    await mergeTable(dirs.map((d) => tableLines(d, table, format)), tmp, table === 'runs' ? () => runs++ : undefined);
    if (format === 'parquet') {
      await csvToParquet(tmp, `${tmp}.parquet`);
      renameSync(`${tmp}.parquet`, path.join(out, `${table}.parquet`));
      rmSync(tmp);
    } else renameSync(tmp, path.join(out, `${table}.csv`));
  }
  // Failures: runs that failed in a shard and finished in none.
  const finished = new Set<string>();
  for await (const line of mergeIds(dirs, format)) finished.add(line);
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    const file = path.join(dir, 'failures.csv');
    if (!existsSync(file)) continue;
    let first = true;
    for await (const line of readLines(file)) {
      if (first) {
        first = false;
        continue;
      }
      const id = firstCell(line);
      if (!finished.has(id) && !seen.has(id)) {
        seen.add(id);
        failures.push(line);
      }
    }
  }
  failures.sort();
  const failuresFile = path.join(out, 'failures.csv');
  if (failures.length > 0) await writeFileAtomic(failuresFile, FAILURE_COLUMNS.join(',') + '\n' + failures.map((l) => l + '\n').join(''));
  else rmSync(failuresFile, { force: true });
  const design = path.join(dirs[0], 'design.csv');
  if (existsSync(design)) await writeFileAtomic(path.join(out, 'design.csv'), readFileSync(design, 'utf8'));
  const total = (manifests[0].design as { runs: number }).runs;
  const base = manifests[0];
  const complete = runs === total && failures.length === 0;
  // Which shards of the design none of the inputs holds (from the shards' own manifests).
  const shardCount = Math.max(...counts);
  const held = new Set<number>();
  for (const m of manifests) {
    if (m.shard) held.add(m.shard.index);
    for (const from of (m.mergedFrom as { shard: { index: number } | null }[] | undefined) ?? []) if (from.shard) held.add(from.shard.index);
  }
  const missingShards = runs === total || shardCount <= 1 ? [] : Array.from({ length: shardCount }, (_, i) => i).filter((i) => !held.has(i));
  await writeFileAtomic(
    path.join(out, 'manifest.json'),
    JSON.stringify(
      {
        ...base,
        shard: null,
        status: complete ? 'complete' : failures.length > 0 ? 'failures' : 'incomplete',
        mergedFrom: manifests.flatMap((m, k) => [
          { dir: path.resolve(dirs[k]), shard: m.shard, status: m.status, counts: m.counts },
          ...(((m.mergedFrom as unknown[] | undefined) ?? []) as object[]),
        ]),
        counts: { runs: total, completed: runs, failed: failures.length },
      },
      null,
      2,
    ) + '\n',
  );
  return { out, runs, expected: total, failed: failures.length, missingShards, shardCount };
}

/** The run ids of runs.csv in the merged output's inputs (for failures). */
async function* mergeIds(dirs: readonly string[], format: 'csv' | 'parquet'): AsyncGenerator<string> {
  for (const dir of dirs) {
    let first = true;
    for await (const line of tableLines(dir, 'runs', format)) {
      if (first) {
        first = false;
        continue;
      }
      yield firstCell(line);
    }
  }
}
