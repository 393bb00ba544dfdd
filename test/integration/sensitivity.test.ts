/**
 * `partnersim sensitivity` through the whole pipeline (a real sweep folder: design,
 * manifest, runs) against answers known in closed form: the indicator `mean_effort` of
 * each run is replaced by a planted function of the run's parameter values, so the
 * indices the command reports can be checked against the function's analytic variance
 * decomposition (Sobol) and its exact elementary effects (Morris), which owe nothing to
 * the estimators' code. A third parameter that the function ignores must get nothing.
 * Also: the same sweep gives the same bytes, and exit 2 on a grid or LHS sweep.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

/** The swept parameters and their ranges; the third is read by the planted function not at all. */
const RANGES = [
  { path: 'params.benchmarking.pressureGain', min: 0, max: 0.5 },
  { path: 'params.responsibilisation.agencyRate', min: 0, max: 0.02 },
  { path: 'params.experts.profileGain', min: 0, max: 1 },
];
const PARAMS = RANGES.flatMap((r) => ['--param', `${r.path}=${r.min}:${r.max}`]);
const P = RANGES.map((r) => r.path);
/** Runs of no consequence: the planted function replaces their indicator. */
const QUICK = ['--migrants', '0', '--steps', '1', '--workers', '0', '--quiet'];
const SMALL = ['--migrants', '500', '--steps', '4', '--workers', '0', '--quiet'];
const PLANTED = 'mean_effort';

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/**
 * Rewrites the PLANTED column of runs.csv with f(u) of each run's parameters, u in
 * [0, 1]^3 the values scaled to their ranges (the file is rewritten whole, quoting
 * nothing: the sweep's cells hold no commas).
 */
function plant(dir: string, f: (u: number[]) => number): void {
  const file = path.join(dir, 'runs.csv');
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header.split(',');
  const target = columns.indexOf(PLANTED);
  const inputs = RANGES.map((r) => columns.indexOf(r.path));
  expect(target).toBeGreaterThanOrEqual(0);
  expect(inputs.every((k) => k >= 0)).toBe(true);
  const rows = lines.map((line) => {
    const cells = line.split(',');
    expect(cells).toHaveLength(columns.length);
    const u = inputs.map((k, i) => (Number(cells[k]) - RANGES[i].min) / (RANGES[i].max - RANGES[i].min));
    cells[target] = String(f(u));
    return cells.join(',');
  });
  writeFileSync(file, [header, ...rows].join('\n') + '\n');
}

function indexRows(dir: string): Map<string, Record<string, string>> {
  const rows = csvRecords(path.join(dir, 'sensitivity.csv')).filter((r) => r.indicator === PLANTED);
  return new Map(rows.map((r) => [r.parameter, r]));
}

// f(u) = a·u1 + b·u2 + c·u1·u2 (u3 unused). With u = 1/2 + v, v uniform on [-1/2, 1/2]
// (variance 1/12): f = const + (a + c/2)·v1 + (b + c/2)·v2 + c·v1·v2, so
// V1 = (a + c/2)²/12, V2 = (b + c/2)²/12, V12 = c²/144, V = V1 + V2 + V12;
// S1_i = V_i / V, ST_i = (V_i + V12) / V, and 0 for u3.
const [a, b, c] = [4, 2, 2];
const V1 = (a + c / 2) ** 2 / 12;
const V2 = (b + c / 2) ** 2 / 12;
const V12 = c ** 2 / 144;
const V = V1 + V2 + V12;
const SOBOL = {
  [P[0]]: { S1: V1 / V, ST: (V1 + V12) / V },
  [P[1]]: { S1: V2 / V, ST: (V2 + V12) / V },
  [P[2]]: { S1: 0, ST: 0 },
};

beforeAll(async () => {
  root = makeTemp('partnersim-sensitivity-');
  await ok(['sweep', '--design', 'sobol', '--samples', '128', ...PARAMS, ...QUICK, '--out', at('sobol')]);
  plant(at('sobol'), ([u1, u2]) => a * u1 + b * u2 + c * u1 * u2);
  await ok(['sweep', '--design', 'morris', '--samples', '6', ...PARAMS, ...QUICK, '--out', at('morris')]);
  // Morris on an additive linear function: every elementary effect of u_i is exactly its
  // coefficient (the design's delta is in unit-cube terms), so mu = mu* = coefficient, sigma = 0.
  plant(at('morris'), ([u1, u2]) => 3 * u1 - 1.5 * u2);
  await ok(['sweep', '--design', 'lhs', '--samples', '2', ...PARAMS.slice(0, 4), ...SMALL, '--out', at('lhs')]);
  await ok(['sweep', ...SMALL, '--out', at('grid')]);
});
afterAll(() => removeTemp(root));

describe('partnersim sensitivity', () => {
  it('sobol: S1 and ST of a planted function match its analytic decomposition; the unused parameter gets 0', async () => {
    const { stdout } = await ok(['sensitivity', at('sobol')]);
    expect(stdout).toMatch(/^sensitivity: sobol, 128 base rows, 3 parameters x \d+ indicators x 1 policy -> sobol \(sensitivity\.csv, sensitivity\.md\)\n/);
    const header = readFileSync(path.join(at('sobol'), 'sensitivity.csv'), 'utf8').split('\n')[0].split(',');
    for (const column of ['policy', 'indicator', 'parameter', 'n', 'S1', 'S1_ci_low', 'S1_ci_high', 'ST', 'ST_ci_low', 'ST_ci_high', 'noise_share', 'rank']) expect(header).toContain(column);
    const rows = indexRows(at('sobol'));
    for (const parameter of P) {
      const row = rows.get(parameter)!;
      const expected = SOBOL[parameter];
      expect(row.n).toBe('128');
      expect(Math.abs(Number(row.S1) - expected.S1), `${parameter} S1 ${row.S1}, analytic ${expected.S1}`).toBeLessThan(0.05);
      expect(Math.abs(Number(row.ST) - expected.ST), `${parameter} ST ${row.ST}, analytic ${expected.ST}`).toBeLessThan(0.05);
      expect(Number(row.ST_ci_low)).toBeLessThanOrEqual(Number(row.ST));
      expect(Number(row.ST_ci_high)).toBeGreaterThanOrEqual(Number(row.ST));
    }
    // the interaction shows: ST exceeds S1 for the two parameters that interact
    expect(Number(rows.get(P[0])!.ST)).toBeGreaterThan(Number(rows.get(P[0])!.S1));
    // and the order is the analytic one
    const st = P.map((p) => Number(rows.get(p)!.ST));
    expect(st[0]).toBeGreaterThan(st[1]);
    expect(st[1]).toBeGreaterThan(st[2]);
    const md = readFileSync(path.join(at('sobol'), 'sensitivity.md'), 'utf8');
    expect(md).toContain('| indicator | policy | parameter | S1 | S1 interval | ST | ST interval |');
  });

  it('morris: mu, mu* and sigma of a planted linear function are its coefficients and 0; the unused parameter gets 0', async () => {
    await ok(['sensitivity', at('morris'), '--indicators', `${PLANTED},mean_responsibilisation`, '--format', 'csv,md,tex']);
    const header = readFileSync(path.join(at('morris'), 'sensitivity.csv'), 'utf8').split('\n')[0].split(',');
    for (const column of ['policy', 'indicator', 'parameter', 'r', 'mu', 'mu_star', 'mu_star_ci_low', 'mu_star_ci_high', 'sigma', 'noise_share', 'rank']) expect(header).toContain(column);
    const rows = indexRows(at('morris'));
    const coefficients = [3, -1.5, 0];
    for (const [i, parameter] of P.entries()) {
      const row = rows.get(parameter)!;
      expect(row.r).toBe('6');
      expect(Number(row.mu)).toBeCloseTo(coefficients[i], 4);
      expect(Number(row.mu_star)).toBeCloseTo(Math.abs(coefficients[i]), 4);
      expect(Number(row.sigma)).toBeCloseTo(0, 4);
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
