/**
 * partnersim on a real one-node Slurm cluster: a sweep submitted as a job array of four
 * tasks plus a merge job gives the same tables as the same sweep run locally, and a
 * task resubmitted alone after its shard was lost merges to the same tables again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slurmMissing, startCluster, waitForJobs, type Cluster } from './cluster.js';

const missing = slurmMissing();
if (missing) console.warn(`test/cluster skipped: ${missing}`);

const bin = path.resolve('bin/partnersim.mjs');
const SWEEP = ['--policies', 'partnership,withdrawal,no-experts', '--replicates', '4', '--migrants', '2000', '--steps', '12'];
const TABLES = ['runs.csv', 'timeseries.csv', 'design.csv'];

describe.skipIf(missing !== null)('partnersim slurm on a one-node cluster', () => {
  let cluster: Cluster;
  let work: string;

  beforeAll(() => {
    cluster = startCluster();
    work = mkdtempSync(path.join(os.tmpdir(), 'partnersim-cluster-'));
  });

  afterAll(() => {
    cluster?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const run = (args: string[], env = cluster.env) => execFileSync(process.execPath, [bin, ...args], { cwd: work, env, encoding: 'utf8' });
  const table = (dir: string, name: string) => readFileSync(path.join(work, dir, name), 'utf8');

  it('runs a sweep as a job array of 4 tasks plus a merge job, byte-identical to the local sweep', () => {
    run(['sweep', ...SWEEP, '--out', 'local', '--quiet']);
    const out = run(['slurm', ...SWEEP, '--array-size', '4', '--time', '00:10:00', '--out', 'cluster', '--submit']);
    const ids = /array job (\d+), merge job (\d+)/.exec(out);
    expect(ids, out).not.toBeNull();
    waitForJobs(cluster, [ids![1], ids![2]], 240);
    for (const name of TABLES) expect(table('cluster', name), name).toBe(table('local', name));
    const manifest = JSON.parse(table('cluster', 'manifest.json'));
    expect(manifest.status).toBe('complete');
    expect(manifest.mergedFrom).toHaveLength(4);
  });

  it('a lost shard resubmitted alone, then merged again, gives the same tables', () => {
    rmSync(path.join(work, 'cluster', 'shards', '2'), { recursive: true, force: true });
    for (const name of TABLES) rmSync(path.join(work, 'cluster', name), { force: true });
    const task = execFileSync('sbatch', ['--parsable', '--array=2', path.join(work, 'cluster', 'slurm', 'sweep.sbatch')], { env: cluster.env, encoding: 'utf8' }).trim().split(';')[0];
    const merge = execFileSync('sbatch', ['--parsable', `--dependency=afterok:${task}`, path.join(work, 'cluster', 'slurm', 'merge.sbatch')], { env: cluster.env, encoding: 'utf8' }).trim().split(';')[0];
    waitForJobs(cluster, [task, merge], 240);
    for (const name of TABLES) expect(table('cluster', name), name).toBe(table('local', name));
  });
});
