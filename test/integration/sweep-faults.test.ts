/**
 * Failed runs: a run that throws, one whose worker thread exits, and one that exhausts
 * its worker's heap are each recorded in failures.csv; the rest of the sweep goes on;
 * the sweep exits 1 and says how to rerun them; --resume (without the faults) completes
 * the sweep to the same bytes as a clean sweep.
 *
 * Faults are injected with PARTNERSIM_FAULTS (test/helpers/faults.ts), read by the test
 * worker entry (test/helpers/fault-worker.mjs, chosen with PARTNERSIM_TEST_WORKER), which
 * wraps partnersim's worker task; so the sweeps here run in worker threads (the
 * in-process evaluator injects nothing, and neither does the shipped worker).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, CSV_TABLES, csvRecords, designOf, expectSameTables, makeTemp, readManifest, removeTemp } from '../helpers/sweep.js';

// 2 points x 2 replicates x 2 policies = 8 runs.
const ARGS = {
  migrants: '2000',
  steps: '8',
  policies: 'partnership,withdrawal',
  replicates: '2',
  param: 'params.benchmarking.pressureGain=0:0.4:2',
};
const DESIGN = [
  'sweep',
  '--migrants', ARGS.migrants,
  '--steps', ARGS.steps,
  '--policies', ARGS.policies,
  '--replicates', ARGS.replicates,
  '--param', ARGS.param,
  '--states',
  '--quiet',
];
const TOTAL = 8;

let root: string;
let clean: string;
let ids: string[];
const at = (name: string) => path.join(root, name);

beforeAll(async () => {
  process.env.PARTNERSIM_TEST_WORKER = fileURLToPath(new URL('../helpers/fault-worker.mjs', import.meta.url));
  root = makeTemp('partnersim-sweep-faults-');
  clean = at('clean');
  const r = await cli([...DESIGN, '--workers', '0', '--out', clean], { cwd: root });
  expect(r.code).toBe(0);
  const design = await designOf({ ...ARGS, states: true }, root);
  ids = design.experiments.map((e) => e.id);
  expect(ids).toHaveLength(TOTAL);
});
afterAll(() => {
  delete process.env.PARTNERSIM_TEST_WORKER;
  removeTemp(root);
});
afterEach(() => {
  delete process.env.PARTNERSIM_FAULTS;
});

function withFaults(faults: { throw?: string[]; exit?: string[]; oom?: string[] }): void {
  process.env.PARTNERSIM_FAULTS = JSON.stringify(faults);
}

describe('sweeps with failed runs', () => {
  it('the design computed with prepareSweep is the one the sweep runs', () => {
    expect(csvRecords(path.join(clean, 'runs.csv')).map((r) => r.run_id)).toEqual([...ids].sort());
  });

  it('a run that throws and a run whose worker exits are recorded; the rest finish; --resume completes to the clean bytes', async () => {
    const out = at('faulty');
    const thrower = ids[1];
    const exiter = ids[6];
    withFaults({ throw: [thrower], exit: [exiter] });
    const r = await cli([...DESIGN, '--workers', '2', '--out', out], { cwd: root });
    delete process.env.PARTNERSIM_FAULTS;

    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^sweep: ${TOTAL - 2}/${TOTAL} runs, 2 failed, \\S+ -> faulty$`));
    expect(lines[1]).toMatch(/^partnersim: 2 runs failed \(see faulty\/failures\.csv\); .*--resume/);
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const failures = csvRecords(path.join(out, 'failures.csv'));
    expect(failures.map((f) => f.run_id)).toEqual([thrower, exiter].sort());
    expect(Object.keys(failures[0])).toEqual(['run_id', 'policy', 'replicate', 'seed', 'point', 'error']);
    const byId = Object.fromEntries(failures.map((f) => [f.run_id, f]));
    expect(byId[thrower].error).toBe(`injected fault in run ${thrower}`);
    expect(byId[exiter].error).not.toBe('');
    expect(byId[exiter].error).toMatch(/exit|code 3|terminat/i);
    // The failure rows describe the runs.
    const design = await designOf({ ...ARGS, states: true }, root);
    for (const f of failures) {
      const e = design.experiments.find((x) => x.id === f.run_id)!;
      expect(f).toMatchObject({ policy: e.policy, replicate: String(e.replicate), seed: String(e.seed), point: String(e.point) });
    }

    const runs = csvRecords(path.join(out, 'runs.csv')).map((x) => x.run_id);
    expect(runs).toEqual(ids.filter((id) => id !== thrower && id !== exiter).sort());
    expect(readManifest(out)).toMatchObject({ status: 'failures', counts: { runs: TOTAL, completed: TOTAL - 2, failed: 2 } });

    // Without the faults, --resume reruns the two failed runs only.
    const again = await cli([...DESIGN, '--workers', '2', '--out', out, '--resume'], { cwd: root });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^sweep: ${TOTAL}/${TOTAL} runs, 0 failed`));
    expectSameTables(out, clean, CSV_TABLES);
    expect(existsSync(path.join(out, 'failures.csv'))).toBe(false);
    expect(readManifest(out)).toMatchObject({ status: 'complete', timings: { runsThisInvocation: 2 }, counts: { completed: TOTAL, failed: 0 } });
  });

  it('a run that exhausts its worker\'s heap (--memory 64) fails alone', async () => {
    const out = at('oom');
    const hog = ids[3];
    withFaults({ oom: [hog] });
    const r = await cli([...DESIGN, '--workers', '2', '--memory', '64', '--out', out], { cwd: root });
    delete process.env.PARTNERSIM_FAULTS;

    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sweep: ${TOTAL - 1}/${TOTAL} runs, 1 failed`));
    const failures = csvRecords(path.join(out, 'failures.csv'));
    expect(failures.map((f) => f.run_id)).toEqual([hog]);
    expect(failures[0].error).toMatch(/memory|heap/i);
    expect(csvRecords(path.join(out, 'runs.csv'))).toHaveLength(TOTAL - 1);

    const again = await cli([...DESIGN, '--workers', '2', '--memory', '64', '--out', out, '--resume'], { cwd: root });
    expect(again.code).toBe(0);
    expectSameTables(out, clean, CSV_TABLES);
  });

  it('a shard with a failed run merges with exit 1 and the failure listed; after --resume of that shard the merge is complete', async () => {
    const shards = await designOf({ ...ARGS, states: true, shard: '0/2' }, root);
    const victim = shards.shardExperiments[1].id;
    withFaults({ throw: [victim] });
    const s0 = await cli([...DESIGN, '--workers', '2', '--shard', '0/2', '--out', at('s0')], { cwd: root });
    delete process.env.PARTNERSIM_FAULTS;
    expect(s0.code).toBe(1);
    expect((await cli([...DESIGN, '--workers', '0', '--shard', '1/2', '--out', at('s1')], { cwd: root })).code).toBe(0);

    const partial = await cli(['merge', at('s0'), at('s1'), '--out', at('m')], { cwd: root });
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(new RegExp(`^merge: ${TOTAL - 1}/${TOTAL} runs, 1 failed`));
    expect(csvRecords(path.join(at('m'), 'failures.csv')).map((f) => f.run_id)).toEqual([victim]);
    expect(csvRecords(path.join(at('m'), 'failures.csv'))[0].error).toBe(`injected fault in run ${victim}`);
    expect(readManifest(at('m')).status).toBe('failures');

    expect((await cli([...DESIGN, '--workers', '2', '--shard', '0/2', '--out', at('s0'), '--resume'], { cwd: root })).code).toBe(0);
    const full = await cli(['merge', at('s0'), at('s1'), '--out', at('m')], { cwd: root });
    expect(full.code).toBe(0);
    expectSameTables(at('m'), clean, CSV_TABLES);
    expect(existsSync(path.join(at('m'), 'failures.csv'))).toBe(false);
    expect(readManifest(at('m')).status).toBe('complete');
  });

  it("partnersim's own worker injects nothing: without the test entry, PARTNERSIM_FAULTS is ignored", async () => {
    const out = at('no-hook');
    withFaults({ throw: ids });
    const entry = process.env.PARTNERSIM_TEST_WORKER;
    delete process.env.PARTNERSIM_TEST_WORKER;
    try {
      const r = await cli([...DESIGN, '--workers', '2', '--out', out], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectSameTables(out, clean, CSV_TABLES);
    } finally {
      process.env.PARTNERSIM_TEST_WORKER = entry;
      delete process.env.PARTNERSIM_FAULTS;
    }
  });

  it('a sweep where every run fails still writes its tables (headers only) and lists every run', async () => {
    const out = at('all-fail');
    withFaults({ throw: ids });
    const r = await cli([...DESIGN, '--workers', '2', '--out', out], { cwd: root });
    delete process.env.PARTNERSIM_FAULTS;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sweep: 0/${TOTAL} runs, ${TOTAL} failed`));
    expect(csvRecords(path.join(out, 'failures.csv')).map((f) => f.run_id)).toEqual([...ids].sort());
    expect(csvRecords(path.join(out, 'runs.csv'))).toHaveLength(0);
  });
});
