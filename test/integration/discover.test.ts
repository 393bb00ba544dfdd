/**
 * `partnersim discover` end to end, in process: a small LHS sweep of the stylised
 * scenario (two parameters, two policies; CSV and Parquet), discovered by PRIM and CART.
 * The boxes' statistics are recounted here from cases.csv and boxes.csv; the files are
 * the same bytes run to run and from CSV or Parquet; bad input is exit 2 in one line
 * with nothing written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

const SWEEP = ['sweep', 'stylised', '--design', 'lhs', '--samples', '20', '--param', 'params.benchmarking.pressureGain=0:0.5', '--param', 'params.responsibilisation.agencyRate=0:0.02', '--policies', 'partnership,withdrawal', '--migrants', '300', '--steps', '6', '--workers', '0', '--quiet'];
const FILES = ['trajectory.csv', 'boxes.csv', 'cases.csv', 'boxes.md'];
const WHERE = 'mean_responsibilisation < 0.03';

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

async function bad(args: string[], message: RegExp) {
  const r = await cli(args, { cwd: root });
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  return r;
}

const read = (dir: string) => FILES.map((f) => readFileSync(path.join(dir, f), 'utf8'));

beforeAll(async () => {
  root = makeTemp('partnersim-discover-');
  await ok([...SWEEP, '--out', at('lhs')]);
  await ok([...SWEEP, '--format', 'parquet', '--out', at('lhs-parquet')]);
  await ok(['sweep', 'stylised', '--migrants', '200', '--steps', '3', '--workers', '0', '--quiet', '--out', at('grid')]);
}, 120_000);
afterAll(() => removeTemp(root));

describe('partnersim discover', () => {
  it('PRIM: boxes whose statistics recount from cases.csv, limits within the ranges', async () => {
    const { stdout } = await ok(['discover', at('lhs'), '--where', WHERE]);
    expect(stdout).toMatch(/^discover: prim, \d+ of 40 runs of interest over 3 dimensions, 1 box -> lhs\/discovery \(trajectory\.csv, boxes\.csv, cases\.csv, boxes\.md\)\n {2}box 1: coverage /);
    const dir = at('lhs/discovery');
    for (const f of FILES) expect(existsSync(path.join(dir, f)), f).toBe(true);
    // the column contract
    expect(readFileSync(path.join(dir, 'trajectory.csv'), 'utf8').split('\n')[0]).toBe('box,step,stage,dimension,n,cases,coverage,density,mass,res_dim,chosen');
    expect(readFileSync(path.join(dir, 'boxes.csv'), 'utf8').split('\n')[0]).toBe(
      'box,method,step,n,cases,coverage,density,mass,res_dim,coverage_total,dimension,type,restricted,min,max,levels,range_min,range_max,range_levels,quasi_p,stability_coverage,stability_density',
    );
    const cases = csvRecords(path.join(dir, 'cases.csv'));
    const boxes = csvRecords(path.join(dir, 'boxes.csv'));
    expect(cases).toHaveLength(40);
    expect(boxes.map((b) => b.dimension)).toEqual(['params.benchmarking.pressureGain', 'params.responsibilisation.agencyRate', 'policy']);
    // recount: the cases inside every limit, and the cases of interest among them
    const inside = cases.filter((c) =>
      boxes.every((b) => (b.type === 'numeric' ? Number(c[b.dimension]) >= Number(b.min) - 5e-7 && Number(c[b.dimension]) <= Number(b.max) + 5e-7 : b.levels.split('|').includes(c[b.dimension]))),
    );
    const interest = cases.filter((c) => c.interest === '1').length;
    const h = inside.filter((c) => c.interest === '1').length;
    expect(Number(boxes[0].n)).toBe(inside.length);
    expect(Number(boxes[0].cases)).toBe(h);
    expect(Number(boxes[0].coverage)).toBeCloseTo(h / interest, 6);
    expect(Number(boxes[0].density)).toBeCloseTo(h / inside.length, 6);
    expect(inside.every((c) => c.box === '1')).toBe(true);
    // the case labels: mean_responsibilisation < 0.03 in runs.csv
    const runs = new Map(csvRecords(at('lhs/runs.csv')).map((r) => [r.run_id, Number(r.mean_responsibilisation)]));
    for (const c of cases) expect(c.interest, c.case).toBe(runs.get(c.case)! < 0.03 ? '1' : '0');
    const trajectory = csvRecords(path.join(dir, 'trajectory.csv'));
    expect(trajectory.filter((t) => t.chosen === '1')).toHaveLength(1);
    expect(trajectory[0]).toMatchObject({ step: '0', stage: 'start', coverage: '1', mass: '1' });
    expect(readFileSync(path.join(dir, 'boxes.md'), 'utf8')).toContain('# Scenario discovery: stylised');
  });

  it('the same bytes run to run, and from a Parquet sweep', async () => {
    await ok(['discover', at('lhs'), '--where', WHERE, '--out', at('again')]);
    await ok(['discover', at('lhs-parquet'), '--where', WHERE]);
    const first = read(at('lhs/discovery'));
    expect(read(at('again'))).toEqual(first);
    expect(read(at('lhs-parquet/discovery'))).toEqual(first);
  });

  it('CART, one policy, points over replicates, --at mean', async () => {
    const { stdout } = await ok(['discover', at('lhs'), '--where', 'mean_effort > 0.05', '--method', 'cart', '--max-depth', '2', '--policy', 'partnership', '--at', 'mean', '--share', '0.5', '--out', at('cart')]);
    expect(stdout).toMatch(/^discover: cart, \d+ of 20 points of interest over 2 dimensions/);
    const boxes = csvRecords(path.join(at('cart'), 'boxes.csv'));
    expect(new Set(boxes.map((b) => b.method))).toEqual(new Set(['cart']));
    expect(csvRecords(path.join(at('cart'), 'cases.csv'))[0].case).toMatch(/^point-\d+$/);
  });

  it('chart --kind discovery draws the trade-off with the chosen step, the limits and the cases', async () => {
    const { stdout } = await ok(['chart', at('lhs'), '--kind', 'discovery', '--format', 'json,svg']);
    expect(stdout).toMatch(/^chart: 3 figures x json,svg in [\d.]+ s -> lhs\/charts\/ \(discovery-tradeoff, discovery-limits, discovery-cases\)\n$/);
    const tradeoff = JSON.parse(readFileSync(at('lhs/charts/discovery-tradeoff.json'), 'utf8'));
    const chosen = csvRecords(at('lhs/discovery/trajectory.csv')).find((t) => t.chosen === '1')!;
    expect(tradeoff.data.values.filter((v: { chosen: boolean }) => v.chosen).map((v: { step: number }) => v.step)).toEqual([Number(chosen.step)]);
    const cases = JSON.parse(readFileSync(at('lhs/charts/discovery-cases.json'), 'utf8'));
    expect(cases.data.values).toHaveLength(40);
    expect(readFileSync(at('lhs/charts/discovery-limits.svg'), 'utf8')).toContain('benchmarking.pressureGain');
    await bad(['chart', at('grid'), '--kind', 'discovery'], /--kind discovery: .*no discovery\/boxes\.csv \(run partnersim discover on the sweep first\)/);
  });

  it('bad input: exit 2, one line, nothing written', async () => {
    await bad(['discover', at('lhs'), '--where', 'mean_responsibilisation', '--out', at('x1')], /^partnersim: --where: expected "<indicator> <op> <value>"/);
    await bad(['discover', at('lhs'), '--where', 'responsibility < 0.2', '--out', at('x2')], /unknown indicator "responsibility"/);
    await bad(['discover', at('lhs'), '--out', at('x3')], /expected --where/);
    await bad(['discover', at('grid'), '--where', WHERE, '--out', at('x4')], /the sweep has no swept dimensions/);
    await bad(['discover', at('lhs'), '--where', WHERE, '--policy', 'partnership', '--at', '99', '--out', at('x5')], /--at: step 99 is past/);
    await bad(['discover', at('lhs'), '--where', WHERE, '--policy', 'nope', '--out', at('x6')], /--policy: policy "nope" is not in the sweep/);
    await bad(['discover', at('lhs'), '--where', WHERE, '--method', 'svm', '--out', at('x7')], /--method: expected prim or cart/);
    await bad(['discover', at('nowhere'), '--where', WHERE, '--out', at('x8')], /no such folder/);
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8]) expect(existsSync(at(`x${k}`))).toBe(false);
  });
});
