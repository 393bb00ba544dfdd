/**
 * A sweep's tables do not depend on how it was evaluated: one worker thread, two, or
 * none (in process) give the same bytes of runs.csv, timeseries.csv, states.csv and
 * design.csv.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, expectSameTables, makeTemp, readManifest, removeTemp, SMALL } from '../helpers/sweep.js';

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-sweep-det-');
});
afterAll(() => removeTemp(root));

// 2 points x 2 replicates x 3 policies = 12 runs.
const DESIGN = [
  'sweep',
  ...SMALL,
  '--policies', 'partnership,withdrawal,no-experts',
  '--replicates', '2',
  '--param', 'params.benchmarking.pressureGain=0:0.4:2',
  '--states',
  '--quiet',
];

describe('sweep determinism across evaluators', () => {
  it('--workers 1, --workers 2 and --workers 0 write the same bytes', async () => {
    const dirs: string[] = [];
    for (const workers of ['1', '2', '0']) {
      const out = path.join(root, `w${workers}`);
      const { code, stdout, stderr } = await cli([...DESIGN, '--workers', workers, '--out', out], { cwd: root });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^sweep: 12\/12 runs, 0 failed, /);
      expect(readManifest(out)).toMatchObject({ format: 'partnersim-sweep-manifest/1', status: 'complete', counts: { runs: 12, completed: 12, failed: 0 } });
      dirs.push(out);
    }
    const [one, two, none] = dirs;
    expectSameTables(two, one);
    expectSameTables(none, one);

    // The tables hold what they should: 12 unique runs sorted by id, 12 steps each.
    const runs = csvRecords(path.join(one, 'runs.csv'));
    const ids = runs.map((r) => r.run_id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(ids).toEqual([...ids].sort());
    const timeseries = csvRecords(path.join(one, 'timeseries.csv'));
    expect(timeseries).toHaveLength(12 * 12);
    const order = timeseries.map((r) => `${r.run_id}:${String(r.step).padStart(4, '0')}`);
    expect(order).toEqual([...order].sort());
    expect(csvRecords(path.join(one, 'design.csv'))).toHaveLength(2);
  });
});
