/**
 * Shards: `--shard i/N` runs a deterministic slice of the design, and `partnersim merge`
 * joins the slices into exactly the unsharded sweep's tables. Merging is idempotent and
 * order-free. `--shard auto` takes the slice from a Slurm array or a Kubernetes indexed
 * job.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, CSV_TABLES, csvRecords, expectSameTables, folderSnapshot as snapshot, makeTemp, readManifest, removeTemp } from '../helpers/sweep.js';

// 2 points x 2 replicates x 2 policies = 8 runs; shards of 3, 3 and 2 runs.
const DESIGN = [
  'sweep',
  '--migrants', '2000',
  '--steps', '8',
  '--policies', 'partnership,withdrawal',
  '--replicates', '2',
  '--param', 'params.benchmarking.pressureGain=0:0.4:2',
  '--states',
  '--workers', '0',
  '--quiet',
];
const TOTAL = 8;

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[], env: Record<string, string> = {}) {
  const r = await cli(args, { cwd: root, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

beforeAll(async () => {
  root = makeTemp('partnersim-sweep-shards-');
  await ok([...DESIGN, '--out', at('full')]);
  for (const i of [0, 1, 2]) await ok([...DESIGN, '--shard', `${i}/3`, '--out', at(`shard${i}`)]);
});
afterAll(() => removeTemp(root));

const ids = (dir: string) => csvRecords(path.join(dir, 'runs.csv')).map((r) => r.run_id);

describe('sharded sweeps', () => {
  it('the shards partition the design: every run in exactly one shard', () => {
    const parts = [0, 1, 2].map((i) => ids(at(`shard${i}`)));
    expect(parts.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(parts.flat().sort()).toEqual(ids(at('full')));
    for (const i of [0, 1, 2]) {
      expect(readManifest(at(`shard${i}`))).toMatchObject({ status: 'complete', shard: { index: i, count: 3 }, design: { runs: TOTAL } });
    }
  });

  it('merging the 3 shards gives the unsharded sweep byte for byte', async () => {
    const { stdout } = await ok(['merge', at('shard0'), at('shard1'), at('shard2'), '--out', at('merged')]);
    expect(stdout).toMatch(new RegExp(`^merge: ${TOTAL}/${TOTAL} runs, 0 failed -> merged\\n$`));
    expectSameTables(at('merged'), at('full'), CSV_TABLES);
    expect(existsSync(path.join(at('merged'), 'failures.csv'))).toBe(false);
    expect(readManifest(at('merged'))).toMatchObject({ status: 'complete', shard: null, counts: { runs: TOTAL, completed: TOTAL, failed: 0 } });
  });

  it('merging again, in another order, or with a folder given twice changes nothing', async () => {
    await ok(['merge', at('shard0'), at('shard1'), at('shard2'), '--out', at('again')]);
    await ok(['merge', at('shard0'), at('shard1'), at('shard2'), '--out', at('again')]);
    await ok(['merge', at('shard2'), at('shard0'), at('shard1'), '--out', at('reordered')]);
    await ok(['merge', at('shard1'), at('shard0'), at('shard1'), at('shard2'), at('shard0'), '--out', at('twice')]);
    for (const dir of ['again', 'reordered', 'twice']) {
      expectSameTables(at(dir), at('full'), CSV_TABLES);
      expect(readManifest(at(dir)).status).toBe('complete');
    }
  });

  it('merging the merged folder with a shard it already holds changes nothing', async () => {
    await ok(['merge', at('shard0'), at('shard1'), at('shard2'), '--out', at('merged-src')]);
    const r = await cli(['merge', at('merged-src'), at('shard1'), '--out', at('remerged')], { cwd: root });
    expect(r.code).toBe(0);
    expectSameTables(at('remerged'), at('full'), CSV_TABLES);
  });

  it('merging 2 of 3 shards exits 1 and says how many runs are missing', async () => {
    const r = await cli(['merge', at('shard0'), at('shard2'), '--out', at('partial')], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^merge: 5\/8 runs, 0 failed -> partial\n/);
    expect(r.stderr).toMatch(/3 runs are missing/);
    expect(r.stderr).toMatch(/--resume/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // What is there is merged all the same, and the manifest does not claim completeness.
    expect(ids(at('partial'))).toEqual([...ids(at('shard0')), ...ids(at('shard2'))].sort());
    expect(readManifest(at('partial')).status).not.toBe('complete');
  });

  it('merging 2 of 3 shards names what is missing (the run ids or the shard 1/3)', async () => {
    const r = await cli(['merge', at('shard0'), at('shard2'), '--out', at('partial-named')], { cwd: root });
    expect(r.code).toBe(1);
    const missing = ids(at('shard1'));
    const namesRuns = missing.every((id) => r.stderr.includes(id));
    const namesShard = /\b1\/3\b/.test(r.stderr);
    expect(namesRuns || namesShard).toBe(true);
  });

  it('completing a partial merge with the missing shard gives a complete manifest', async () => {
    await cli(['merge', at('shard0'), at('shard2'), '--out', at('partial2')], { cwd: root });
    const r = await cli(['merge', at('partial2'), at('shard1'), '--out', at('completed')], { cwd: root });
    expect(r.code).toBe(0);
    expectSameTables(at('completed'), at('full'), CSV_TABLES);
    expect(readManifest(at('completed')).status).toBe('complete');
  });

  it('merge refuses a shard of another sweep (exit 2, one line) and creates no folder', async () => {
    await ok(['sweep', '--migrants', '2000', '--steps', '8', '--policies', 'partnership', '--workers', '0', '--quiet', '--out', at('other')]);
    const r = await cli(['merge', at('shard0'), at('other'), '--out', at('mixed')], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: .*another sweep/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(at('mixed'))).toBe(false);
  });

  it('merge refuses a shard that is still running or was interrupted (exit 2: finish it with --resume)', async () => {
    for (const status of ['running', 'interrupted']) {
      const copy = at(`shard1-${status}`);
      cpSync(at('shard1'), copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(path.join(copy, 'manifest.json'), 'utf8'));
      writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify({ ...manifest, status }));
      const r = await cli(['merge', at('shard0'), copy, at('shard2'), '--out', at(`merged-${status}`)], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^partnersim: .*${status}.*--resume`));
      expect(existsSync(at(`merged-${status}`))).toBe(false);
    }
  });

  it('merging another sweep into a folder that holds a merge is refused (exit 2), the folder left byte for byte', async () => {
    const plain = ['sweep', '--migrants', '2000', '--steps', '8', '--policies', 'partnership', '--workers', '0', '--quiet'];
    await ok([...plain, '--shard', '0/2', '--out', at('plain0')]);
    await ok([...plain, '--shard', '1/2', '--out', at('plain1')]);
    await ok(['merge', at('shard0'), at('shard1'), at('shard2'), '--out', at('reused')]);
    const before = snapshot(at('reused'));
    const r = await cli(['merge', at('plain0'), at('plain1'), '--out', at('reused')], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: --out .*reused: holds a merge of another sweep; choose an empty or new folder\n$/);
    expect(snapshot(at('reused'))).toEqual(before);
  });

  it('--shard auto reads SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (a 0-based array)', async () => {
    await ok([...DESIGN, '--shard', 'auto', '--out', at('slurm1')], { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3' });
    expect(readManifest(at('slurm1')).shard).toEqual({ index: 1, count: 3 });
    expectSameTables(at('slurm1'), at('shard1'), CSV_TABLES);
    // A task resubmitted alone sees SLURM_ARRAY_TASK_COUNT=1: PARTNERSIM_SHARD_COUNT keeps N.
    await ok([...DESIGN, '--shard', 'auto', '--out', at('slurm2')], { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '1', PARTNERSIM_SHARD_COUNT: '3' });
    expect(readManifest(at('slurm2')).shard).toEqual({ index: 2, count: 3 });
    expectSameTables(at('slurm2'), at('shard2'), CSV_TABLES);
  });

  it('--shard auto with an index out of range (a 1-based array) or not a number: exit 2 naming --shard, no folder', async () => {
    for (const env of [
      { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '3' },
      { SLURM_ARRAY_TASK_ID: '', SLURM_ARRAY_TASK_COUNT: '3' },
      { JOB_COMPLETION_INDEX: 'x', PARTNERSIM_SHARD_COUNT: '3' },
      { JOB_COMPLETION_INDEX: '0' },
    ]) {
      const r = await cli([...DESIGN, '--shard', 'auto', '--out', at('bad-auto')], { cwd: root, env });
      expect(r.code, JSON.stringify(env)).toBe(2);
      expect(r.stderr).toMatch(/^partnersim: --shard/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(existsSync(at('bad-auto'))).toBe(false);
    }
  });

  it('--shard auto reads JOB_COMPLETION_INDEX with PARTNERSIM_SHARD_COUNT (Kubernetes indexed jobs)', async () => {
    await ok([...DESIGN, '--shard', 'auto', '--out', at('k8s0')], { JOB_COMPLETION_INDEX: '0', PARTNERSIM_SHARD_COUNT: '3' });
    expect(readManifest(at('k8s0')).shard).toEqual({ index: 0, count: 3 });
    expectSameTables(at('k8s0'), at('shard0'), CSV_TABLES);
    // The auto shards merge like the explicit ones.
    await ok(['merge', at('k8s0'), at('slurm1'), at('slurm2'), '--out', at('auto-merged')]);
    expectSameTables(at('auto-merged'), at('full'), CSV_TABLES);
  });

  it('a shard folder resumed with another shard is refused (exit 2) and left unchanged', async () => {
    const before = readFileSync(path.join(at('shard0'), 'manifest.json'));
    const r = await cli([...DESIGN, '--shard', '1/3', '--out', at('shard0'), '--resume'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: --resume: .*different sweep/);
    expect(readFileSync(path.join(at('shard0'), 'manifest.json')).equals(before)).toBe(true);
  });
});
