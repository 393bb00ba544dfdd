/**
 * `partnersim sensitivity` on small real sweeps of the default scenario: Sobol indices of
 * a Saltelli sweep and Morris measures of a Morris sweep with replicates, each checked
 * against the estimators' formulas computed here directly from runs.csv and design.csv;
 * and exit 2 on a grid or LHS sweep.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

const PARAMS = ['--param', 'params.benchmarking.pressureGain=0:0.5', '--param', 'params.responsibilisation.agencyRate=0:0.02'];
const P = ['params.benchmarking.pressureGain', 'params.responsibilisation.agencyRate'];
const SMALL = ['--migrants', '1000', '--steps', '12', '--workers', '0', '--quiet'];

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** indicator value of each point (mean over its replicates), from runs.csv */
function pointValues(dir: string, indicator: string): Map<number, number> {
  const byPoint = new Map<number, number[]>();
  for (const r of csvRecords(path.join(dir, 'runs.csv'))) {
    const list = byPoint.get(Number(r.point)) ?? [];
    list.push(Number(r[indicator]));
    byPoint.set(Number(r.point), list);
  }
  return new Map([...byPoint].map(([p, vs]) => [p, mean(vs)]));
}

beforeAll(async () => {
  root = makeTemp('partnersim-sensitivity-');
  await ok(['sweep', '--design', 'sobol', '--samples', '16', ...PARAMS, ...SMALL, '--out', at('sobol')]);
  await ok(['sweep', '--design', 'morris', '--samples', '6', '--replicates', '2', ...PARAMS, ...SMALL, '--out', at('morris')]);
  await ok(['sweep', '--design', 'lhs', '--samples', '2', ...PARAMS, '--migrants', '500', '--steps', '4', '--workers', '0', '--quiet', '--out', at('lhs')]);
  await ok(['sweep', '--migrants', '500', '--steps', '4', '--workers', '0', '--quiet', '--out', at('grid')]);
});
afterAll(() => removeTemp(root));

describe('partnersim sensitivity', () => {
  it('sobol: S1 and ST as the formulas give them on the design (computed here), with intervals', async () => {
    const { stdout } = await ok(['sensitivity', at('sobol')]);
    expect(stdout).toMatch(/^sensitivity: sobol, 16 base rows, 2 parameters x 31 indicators x 1 policy -> sobol \(sensitivity\.csv, sensitivity\.md\)\n/);
    expect(stdout).toMatch(/\n {2}mean_responsibilisation \(partnership\), by ST: params\.\S+ [\d.]+ > params\.\S+ [\d.]+\n/);
    const header = readFileSync(path.join(at('sobol'), 'sensitivity.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('policy,indicator,parameter,n,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high,noise_share,rank');
    const rows = csvRecords(path.join(at('sobol'), 'sensitivity.csv'));
    expect(rows).toHaveLength(2 * 31);

    const f = pointValues(at('sobol'), 'mean_responsibilisation');
    const design = csvRecords(path.join(at('sobol'), 'design.csv'));
    const find = (base: number, matrix: string, column = '') => f.get(Number(design.find((d) => Number(d.base) === base && d.matrix === matrix && d.column === column)!.point))!;
    const bases = [...Array(16).keys()];
    const A = bases.map((j) => find(j, 'A'));
    const B = bases.map((j) => find(j, 'B'));
    const all = [...A, ...B];
    const V = mean(all.map((x) => (x - mean(all)) ** 2));
    for (const [i, parameter] of P.entries()) {
      const AB = bases.map((j) => find(j, 'AB', String(i)));
      const S1 = mean(B.map((b, j) => b * (AB[j] - A[j]))) / V;
      const ST = mean(A.map((a, j) => (a - AB[j]) ** 2)) / (2 * V);
      const row = rows.find((r) => r.indicator === 'mean_responsibilisation' && r.parameter === parameter)!;
      expect(row.n).toBe('16');
      expect(Number(row.S1)).toBeCloseTo(S1, 5);
      expect(Number(row.ST)).toBeCloseTo(ST, 5);
      expect(Number(row.ST_ci_low)).toBeLessThanOrEqual(Number(row.ST_ci_high));
      expect(row.S1_ci_low).not.toBe('');
    }
    const md = readFileSync(path.join(at('sobol'), 'sensitivity.md'), 'utf8');
    expect(md).toContain('| indicator | policy | parameter | S1 | S1 interval | ST | ST interval |');
  });

  it('morris: mu, mu* and sigma from each point\'s mean over replicates (computed here)', async () => {
    await ok(['sensitivity', at('morris'), '--indicators', 'mean_effort,mean_responsibilisation', '--format', 'csv,md,tex']);
    const rows = csvRecords(path.join(at('morris'), 'sensitivity.csv'));
    expect(Object.keys(rows[0])).toEqual(['policy', 'indicator', 'parameter', 'r', 'mu', 'mu_star', 'mu_star_ci_low', 'mu_star_ci_high', 'sigma', 'noise_share', 'rank']);
    expect(rows).toHaveLength(4);
    const f = pointValues(at('morris'), 'mean_effort');
    const design = csvRecords(path.join(at('morris'), 'design.csv'));
    const effects = new Map<string, number[]>(P.map((p) => [p, []]));
    for (const d of design) {
      if (d.step === '0') continue;
      const previous = design.find((e) => e.trajectory === d.trajectory && Number(e.step) === Number(d.step) - 1)!;
      effects.get(d.changed)!.push((f.get(Number(d.point))! - f.get(Number(previous.point))!) / Number(d.delta));
    }
    for (const parameter of P) {
      const ee = effects.get(parameter)!;
      const row = rows.find((r) => r.indicator === 'mean_effort' && r.parameter === parameter)!;
      expect(row.r).toBe('6');
      expect(Number(row.mu)).toBeCloseTo(mean(ee), 5);
      expect(Number(row.mu_star)).toBeCloseTo(mean(ee.map(Math.abs)), 5);
      expect(Number(row.sigma)).toBeCloseTo(Math.sqrt(ee.reduce((s, x) => s + (x - mean(ee)) ** 2, 0) / (ee.length - 1)), 5);
    }
    expect(readFileSync(path.join(at('morris'), 'sensitivity.tex'), 'utf8')).toContain('mean\\_effort');
  });

  it('the same sweep and seed give the same bytes', async () => {
    await ok(['sensitivity', at('sobol'), '--indicators', 'mean_effort', '--out', at('s1')]);
    await ok(['sensitivity', at('sobol'), '--indicators', 'mean_effort', '--out', at('s2')]);
    expect(readFileSync(path.join(at('s1'), 'sensitivity.csv'), 'utf8')).toBe(readFileSync(path.join(at('s2'), 'sensitivity.csv'), 'utf8'));
  });

  it('exit 2 on an lhs or grid sweep, and on an unknown indicator', async () => {
    const r = await cli(['sensitivity', at('lhs')], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^partnersim: sensitivity needs a sobol or morris sweep; lhs holds a lhs sweep \(run partnersim sweep --design sobol or --design morris\)\n$/);
    const g = await cli(['sensitivity', at('grid')], { cwd: root });
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/^partnersim: sensitivity needs a sobol or morris sweep; grid holds a grid sweep/);
    const u = await cli(['sensitivity', at('sobol'), '--indicators', 'nope'], { cwd: root });
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^partnersim: --indicators: unknown indicator "nope"/);
  });
});
