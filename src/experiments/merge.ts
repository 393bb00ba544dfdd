/**
 * mergeSweeps(dirs, out): joins the outputs of shards of one sweep into exactly what
 * the unsharded sweep writes. Each table is a k-way merge of the shards' sorted tables
 * by run id (constant memory); a run present in several inputs is written once, so
 * merging twice, or in another order, changes nothing.
 *
 * merge loses nothing: every record of every input is checked (cells, numbers) before
 * anything is written; `--out` must be new, empty, or hold an earlier merge of the same
 * sweep (other files there, such as a Slurm folder or charts, are left alone); the
 * merged files are written into a temporary folder beside `--out` and renamed into
 * place, the manifest last; and merge deletes only files of an earlier merge of the
 * same sweep. The inputs must come from the same version of the model.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { modelDifference, type ModelKey } from '../io/fingerprint.js';
import { LOCK_FILE, withFolderLock } from '../io/lock.js';
import { InputError } from '../scenario/errors.js';
import { canonicalJson } from '../scenario/loader.js';
import { csvToParquet } from './parquet.js';
import { SWEEP_MANIFEST_FORMAT, type SweepKey } from './sweep.js';
import { checkedLines, mergeSortedTables, tableSource } from './tableMerge.js';
import { FAILURE_COLUMNS, firstCell, TABLES, type TableName } from './tables.js';

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
  if (manifest.status === 'running' || manifest.status === 'interrupted' || manifest.status === 'merging') {
    throw new InputError(`${dir}: the sweep is ${manifest.status}; finish it with --resume before merging`);
  }
  return manifest;
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

/** The files a merge writes into its folder. */
export const MERGE_FILES: readonly string[] = [...TABLES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]), 'design.csv', 'failures.csv', 'manifest.json'];

/**
 * Refuses an `--out` that holds anything merge would overwrite without having written
 * it: a run's or a sweep's output, a merge of another sweep, tables without a manifest.
 * Returns whether it holds an earlier merge of this sweep.
 */
function checkTarget(out: string, label: string, key: SweepKey): boolean {
  if (!existsSync(out)) return false;
  const entries = readdirSync(out).filter((name) => name !== LOCK_FILE && !name.startsWith(`${LOCK_FILE}.`));
  const file = path.join(out, 'manifest.json');
  if (!existsSync(file)) {
    const ours = entries.filter((name) => MERGE_FILES.includes(name)).sort();
    if (ours.length > 0) throw new InputError(`${label}: holds ${ours.join(', ')} but no manifest.json (not written by merge); choose an empty or new folder`);
    return false;
  }
  let manifest: Partial<ShardManifest>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<ShardManifest>;
  } catch {
    throw new InputError(`${label}: holds a manifest.json that is not valid JSON (not written by merge); choose an empty or new folder`);
  }
  if (manifest.format !== SWEEP_MANIFEST_FORMAT) {
    const what = typeof manifest.format === 'string' && manifest.format.startsWith('partnersim-run-manifest') ? 'the output of partnersim run' : `a manifest of format ${JSON.stringify(manifest.format ?? null)}`;
    throw new InputError(`${label}: holds ${what} (${entries.sort().join(', ')}); merge writes only into a new or empty folder or an earlier merge of the same sweep`);
  }
  if (!Array.isArray(manifest.mergedFrom)) throw new InputError(`${label}: holds a sweep (status ${String(manifest.status)}), not a merge; merge writes only into a new or empty folder or an earlier merge of the same sweep`);
  if (canonicalJson(manifest.key) !== canonicalJson(key)) throw new InputError(`${label}: holds a merge of another sweep; choose an empty or new folder`);
  return true;
}

export async function mergeSweeps(inputs: readonly string[], out: string, options: { report?: (line: string) => void } = {}): Promise<MergeSummary> {
  const dirs = [...new Set(inputs.map((d) => path.resolve(d)))];
  if (dirs.length === 0) throw new InputError('merge: expected at least one sweep folder');
  const manifests = dirs.map(readShardManifest);
  const key = manifests[0].key;
  manifests.forEach((m, k) => {
    const model = modelDifference((m.key as { model?: ModelKey }).model, key.model, { found: (m.model as { tree?: unknown } | undefined)?.tree, current: (manifests[0].model as { tree?: 'dist' | 'src' } | undefined)?.tree });
    if (model) throw new InputError(`${dirs[k]}: a shard of another version of the model than ${dirs[0]} (${model}); run every shard with the same version`);
    if (canonicalJson(m.key) !== canonicalJson(key)) throw new InputError(`${dirs[k]}: a shard of another sweep than ${dirs[0]} (scenario, design, policies, replicates, seed or format differ)`);
  });
  const target = path.resolve(out);
  const label = `--out ${out}`;
  if (existsSync(target) && !statSync(target).isDirectory()) throw new InputError(`${label}: exists and is not a folder`);
  return withFolderLock(target, { command: 'merge', label, report: options.report }, () => mergeLocked(dirs, manifests, key, target, label));
}

async function mergeLocked(dirs: string[], manifests: ShardManifest[], key: SweepKey, out: string, label: string): Promise<MergeSummary> {
  const earlier = checkTarget(out, label, key);
  const format = key.format;
  const tables: TableName[] = TABLES.filter((t) => t !== 'states' || key.states);
  const counts = manifests.map((m) => m.shard?.count ?? 1);
  // Everything is written here first, beside the target (the same file system: renames are atomic).
  const work = path.join(path.dirname(out), `.${path.basename(out)}.merge-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(work);
  try {
    let runs = 0;
    for (const table of tables) {
      const csv = path.join(work, `${table}.csv`);
      await mergeSortedTables(dirs.map((d) => tableSource(d, table, format)), csv, table === 'runs' ? () => runs++ : undefined);
      if (format === 'parquet') {
        await csvToParquet(csv, path.join(work, `${table}.parquet`));
        rmSync(csv);
      }
    }
    // Failures: runs that failed in a shard and finished in none.
    const finished = new Set<string>();
    for await (const id of mergeIds(dirs, format)) finished.add(id);
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const dir of dirs) {
      const file = path.join(dir, 'failures.csv');
      if (!existsSync(file)) continue;
      let first = true;
      for await (const line of checkedLines(tableSource(dir, 'failures', 'csv'))) {
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
    if (failures.length > 0) await writeFileAtomic(path.join(work, 'failures.csv'), FAILURE_COLUMNS.join(',') + '\n' + failures.map((l) => l + '\n').join(''));
    const design = path.join(dirs[0], 'design.csv');
    if (existsSync(design)) await writeFileAtomic(path.join(work, 'design.csv'), readFileSync(design, 'utf8'));
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
    const mergedFrom = manifests.flatMap((m, k) => [
      { dir: path.resolve(dirs[k]), shard: m.shard, status: m.status, counts: m.counts },
      ...(((m.mergedFrom as unknown[] | undefined) ?? []) as object[]),
    ]);
    const manifest = {
      ...base,
      shard: null,
      status: complete ? 'complete' : failures.length > 0 ? 'failures' : 'incomplete',
      mergedFrom,
      counts: { runs: total, completed: runs, failed: failures.length },
    };
    await writeFileAtomic(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

    // Into place: first a manifest that says a merge is under way (a merge cut short here
    // is finished by merging again), then the tables, then the manifest.
    await writeFileAtomic(path.join(out, 'manifest.json'), JSON.stringify({ ...base, shard: null, status: 'merging', mergedFrom, counts: { runs: total, completed: 0, failed: 0 } }, null, 2) + '\n');
    for (const name of readdirSync(work).filter((n) => n !== 'manifest.json').sort()) renameSync(path.join(work, name), path.join(out, name));
    // The earlier merge's failures, when this one has none (a file a merge of this sweep wrote).
    if (earlier && failures.length === 0) rmSync(path.join(out, 'failures.csv'), { force: true });
    renameSync(path.join(work, 'manifest.json'), path.join(out, 'manifest.json'));
    return { out, runs, expected: total, failed: failures.length, missingShards, shardCount };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The run ids of runs.csv in the merged output's inputs (for failures). */
async function* mergeIds(dirs: readonly string[], format: 'csv' | 'parquet'): AsyncGenerator<string> {
  for (const dir of dirs) {
    let first = true;
    for await (const line of tableSource(dir, 'runs', format).lines) {
      if (first) {
        first = false;
        continue;
      }
      yield firstCell(line);
    }
  }
}
