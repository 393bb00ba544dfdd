/**
 * Undefined is not zero: with no partners (policing-only signs no partnership) the Gini
 * of incentives among partners is undefined, and is written as an empty cell. compare,
 * robustness and chart skip such values and say how many; in particular "no partners"
 * no longer reads as perfect equality with a significant verdict (it used to: mean_policy
 * 0, p = 0.004, lower).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

// 40 steps (to 2014 Q4): with the calendar, candidacy opens in 2007 Q2, so partnerships come from 2008
const SMALL = ['--migrants', '2000', '--steps', '40', '--workers', '0', '--quiet'];

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

beforeAll(async () => {
  root = makeTemp('partnersim-undefined-');
  await ok(['sweep', '--policies', 'partnership,policing-only', '--replicates', '10', ...SMALL, '--out', at('sweep')]);
});
afterAll(() => removeTemp(root));

describe('undefined indicators', () => {
  it('are empty cells in runs.csv and timeseries.csv, never 0 or NaN', () => {
    const runs = csvRecords(path.join(at('sweep'), 'runs.csv'));
    const policing = runs.filter((r) => r.policy === 'policing-only');
    expect(policing).toHaveLength(10);
    for (const r of policing) expect([r.partners, r.benefit_gini]).toEqual(['0', '']);
    // the baseline has partners, and a Gini among them
    expect(runs.filter((r) => r.policy === 'partnership' && r.benefit_gini !== '').length).toBeGreaterThan(5);
    const series = csvRecords(path.join(at('sweep'), 'timeseries.csv'));
    for (const row of series) {
      expect(row.benefit_gini === '').toBe(Number(row.partners) < 2);
      expect(Object.values(row)).not.toContain('NaN');
    }
  });

  it('compare: no verdict on a Gini of no partners; the pairs skipped are counted and named', async () => {
    const { stdout } = await ok(['compare', at('sweep'), '--indicators', 'benefit_gini,partners']);
    expect(stdout).toMatch(/\n {2}skipped 10 pairs whose indicator is undefined in a run \(an empty cell, e\.g\. a Gini of fewer than two partners\): benefit_gini under policing-only 10\n/);
    const row = csvRecords(path.join(at('sweep'), 'effects.csv')).find((r) => r.indicator === 'benefit_gini')!;
    expect(row).toMatchObject({ policy: 'policing-only', n: '0', mean_policy: '', p_value: '', verdict: 'insufficient', dropped: '10', undefined_pairs: '10' });
  });

  it('robustness: the runs skipped are counted in undefined_values and on the terminal', async () => {
    const { stdout } = await ok(['robustness', at('sweep'), '--indicators', 'benefit_gini,partners']);
    const line = /\n {2}skipped (\d+) runs? whose indicator is undefined \(an empty cell, e\.g\. a Gini of fewer than two partners\): ([^\n]+)\n/.exec(stdout);
    expect(line, stdout).not.toBeNull();
    expect(line![2]).toContain('benefit_gini under policing-only 10');
    const rows = csvRecords(path.join(at('sweep'), 'robustness.csv'));
    const runs = csvRecords(path.join(at('sweep'), 'runs.csv'));
    expect(Number(line![1])).toBe(runs.filter((r) => r.benefit_gini === '').length);
    expect(rows.find((r) => r.indicator === 'benefit_gini' && r.policy === 'policing-only')).toMatchObject({ n: '0', mean: '', undefined_values: '10' });
    expect(rows.find((r) => r.indicator === 'partners' && r.policy === 'policing-only')).toMatchObject({ n: '10', undefined_values: '0' });
  });

  it('--at mean averages each run over the steps at which the indicator is defined (checked here by hand)', async () => {
    await ok(['robustness', at('sweep'), '--indicators', 'benefit_gini', '--at', 'mean', '--format', 'csv', '--out', at('mean')]);
    const series = csvRecords(path.join(at('sweep'), 'timeseries.csv'));
    const runs = csvRecords(path.join(at('sweep'), 'runs.csv')).filter((r) => r.policy === 'partnership');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const perRun = runs
      .map((r) => series.filter((s) => s.run_id === r.run_id && s.benefit_gini !== '').map((s) => Number(s.benefit_gini)))
      .filter((xs) => xs.length > 0)
      .map(mean);
    expect(perRun.length).toBeGreaterThan(5);
    const row = csvRecords(path.join(at('mean'), 'robustness.csv')).find((r) => r.policy === 'partnership')!;
    expect(Number(row.n)).toBe(perRun.length);
    expect(Number(row.mean)).toBeCloseTo(mean(perRun), 5);
  });

  it('chart: the values left out are counted on the terminal', async () => {
    const { stdout } = await ok(['chart', at('sweep'), '--kind', 'timeseries', '--indicators', 'benefit_gini,partners', '--format', 'json', '--out', at('charts')]);
    const left = /\n {2}left out (\d+) undefined values \(empty cells, e\.g\. a Gini of fewer than two partners\): timeseries benefit_gini (\d+)\n/.exec(stdout);
    expect(left, stdout).not.toBeNull();
    const series = csvRecords(path.join(at('sweep'), 'timeseries.csv'));
    expect(Number(left![2])).toBe(series.filter((r) => r.benefit_gini === '').length);
  });
});
