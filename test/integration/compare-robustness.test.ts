/**
 * `partnersim robustness` on a small Latin-hypercube sweep over an uncertain parameter
 * with three policies: each policy's distribution and regret, checked against values
 * computed here from runs.csv; directions; and exit 2 on bad options.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

let root: string;
const at = (name: string) => path.join(root, name);
const POLICIES = ['partnership', 'withdrawal', 'no-benchmarking'];

beforeAll(async () => {
  root = makeTemp('partnersim-robustness-');
  const r = await cli(['sweep', '--design', 'lhs', '--samples', '4', '--replicates', '2', '--policies', POLICIES.join(','), '--param', 'params.effort.incentiveWeight=1:4', '--migrants', '1000', '--steps', '12', '--workers', '0', '--quiet', '--out', at('lhs')], { cwd: root });
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => removeTemp(root));

describe('partnersim robustness', () => {
  it('mean, quantiles and regret per policy (regret checked here)', async () => {
    const r = await cli(['robustness', at('lhs'), '--indicators', 'mean_effort,mean_resistance', '--minimise', 'mean_resistance'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^robustness: 3 policies x 2 indicators over 4 points x 2 replicates -> lhs \(robustness\.csv, robustness\.md\)\n {2}mean_effort \(maximise\): least maximum regret /);
    const rows = csvRecords(path.join(at('lhs'), 'robustness.csv'));
    expect(Object.keys(rows[0])).toEqual(['indicator', 'direction', 'policy', 'n', 'mean', 'q10', 'q50', 'q90', 'mean_regret', 'max_regret', 'regret_n', 'point_mean_regret', 'point_max_regret', 'regret_points', 'undefined_values', 'sd', 'lever_setting', 'levers', 'satisfice', 'satisficing_share', 'point_satisficing_share']);
    expect(rows).toHaveLength(6);
    const runs = csvRecords(path.join(at('lhs'), 'runs.csv'));
    for (const [indicator, direction] of [['mean_effort', 'maximise'], ['mean_resistance', 'minimise']] as const) {
      const keys = [...new Set(runs.map((x) => `${x.point}/${x.replicate}`))];
      const value = (policy: string, key: string) => Number(runs.find((x) => x.policy === policy && `${x.point}/${x.replicate}` === key)![indicator]);
      for (const policy of POLICIES) {
        const regrets = keys.map((k) => {
          const values = POLICIES.map((p) => value(p, k));
          return direction === 'maximise' ? Math.max(...values) - value(policy, k) : value(policy, k) - Math.min(...values);
        });
        const row = rows.find((x) => x.indicator === indicator && x.policy === policy)!;
        expect(row.direction).toBe(direction);
        expect(row.n).toBe('8');
        expect(Number(row.mean_regret)).toBeCloseTo(regrets.reduce((a, b) => a + b, 0) / regrets.length, 5);
        expect(Number(row.max_regret)).toBeCloseTo(Math.max(...regrets), 5);
        // on point means: each policy's mean over the point's replicates, then regret between means
        const points = [...new Set(runs.map((x) => x.point))];
        const pointMean = (p: string, point: string) => {
          const vs = runs.filter((x) => x.policy === p && x.point === point).map((x) => Number(x[indicator]));
          return vs.reduce((a, b) => a + b, 0) / vs.length;
        };
        const pointRegrets = points.map((pt) => {
          const means = POLICIES.map((p) => pointMean(p, pt));
          return direction === 'maximise' ? Math.max(...means) - pointMean(policy, pt) : pointMean(policy, pt) - Math.min(...means);
        });
        expect(row.regret_points).toBe('4');
        expect(Number(row.point_mean_regret)).toBeCloseTo(pointRegrets.reduce((a, b) => a + b, 0) / pointRegrets.length, 5);
        expect(Number(row.point_max_regret)).toBeCloseTo(Math.max(...pointRegrets), 5);
        expect(Number(row.q10)).toBeLessThanOrEqual(Number(row.q50));
        expect(Number(row.q50)).toBeLessThanOrEqual(Number(row.q90));
      }
    }
    expect(readFileSync(path.join(at('lhs'), 'robustness.md'), 'utf8')).toContain('| indicator | policy | n | mean | q10 | median | q90 | mean regret | max regret |');
  });

  it('exit 2 on an indicator both maximised and minimised, or not a sweep', async () => {
    const both = await cli(['robustness', at('lhs'), '--maximise', 'partners', '--minimise', 'partners'], { cwd: root });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^partnersim: --maximise and --minimise both name partners\n$/);
    const none = await cli(['robustness', path.join(root, 'nowhere')], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/nowhere: no such folder\n$/);
  });
});
