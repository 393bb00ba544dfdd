/**
 * Designs through the CLI: the number of runs is points x policies x replicates, with
 * points = grid levels multiplied out, LHS samples, Saltelli samples x (k + 2) and
 * Morris samples x (k + 1); design.csv has one row per point; every policy at one point
 * and replicate gets the same seed (common random numbers), and replicates differ; the
 * points of one Saltelli base row or Morris trajectory share their seed at a replicate,
 * while base rows (trajectories) differ.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, readManifest, removeTemp } from '../helpers/sweep.js';

const A = 'params.benchmarking.pressureGain';
const B = 'params.responsibilisation.agencyRate';
const POLICIES = ['partnership', 'withdrawal'];
const BASE = ['sweep', '--migrants', '500', '--steps', '4', '--workers', '0', '--quiet'];

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-sweep-designs-');
});
afterAll(() => removeTemp(root));

async function sweep(name: string, args: string[]) {
  const out = path.join(root, name);
  const policies = args.includes('--policies') ? [] : ['--policies', POLICIES.join(',')];
  const r = await cli([...BASE, ...policies, ...args, '--out', out], { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { out, runs: csvRecords(path.join(out, 'runs.csv')), design: csvRecords(path.join(out, 'design.csv')), manifest: readManifest(out) };
}

type Row = Record<string, string>;

/**
 * Common random numbers: one seed per (point, replicate), shared by every policy; distinct
 * otherwise, where a point's group (its Saltelli base row or Morris trajectory, when
 * `groupOf` is given) stands for the point.
 */
function expectCommonRandomNumbers(runs: Row[], points: number, replicates: number, groupOf: (point: string) => string = (p) => p): void {
  const seeds = new Map<string, Set<string>>();
  const cells = new Set<string>();
  for (const r of runs) {
    const key = `${groupOf(r.point)}/${r.replicate}`;
    if (!seeds.has(key)) seeds.set(key, new Set());
    seeds.get(key)!.add(r.seed);
    cells.add(`${r.point}/${r.replicate}/${r.policy}`);
  }
  // Every (point, replicate, policy) cell once.
  expect(cells.size).toBe(runs.length);
  const groups = new Set(runs.map((r) => groupOf(r.point))).size;
  expect(seeds.size).toBe(groups * replicates);
  for (const [key, set] of seeds) expect(set.size, `one seed at point (group)/replicate ${key}`).toBe(1);
  const perCell = [...seeds.values()].map((s) => [...s][0]);
  expect(new Set(perCell).size, 'different seeds across replicates and points').toBe(perCell.length);
  // And within one point, the replicates' seeds differ.
  for (let p = 0; p < points; p++) {
    const reps = runs.filter((r) => r.point === String(p) && r.policy === POLICIES[0]).map((r) => r.seed);
    expect(reps).toHaveLength(replicates);
    expect(new Set(reps).size).toBe(replicates);
  }
}

/** Each run's parameter columns are its point's values in design.csv. */
function expectValuesFromDesign(runs: Row[], design: Row[], paths: string[]): void {
  const byPoint = new Map(design.map((d) => [d.point, d]));
  for (const r of runs) {
    const d = byPoint.get(r.point)!;
    expect(d, `point ${r.point} is in design.csv`).toBeDefined();
    for (const p of paths) expect(r[p]).toBe(d[p]);
  }
}

describe('sweep designs through the CLI', () => {
  it('grid: levels per parameter multiplied out (3 x 2 points, with --levels 2 for the parameter without its own)', async () => {
    const { runs, design, manifest } = await sweep('grid', ['--design', 'grid', '--replicates', '2', '--levels', '2', '--param', `${A}=0:0.5:3`, '--param', `${B}=0:0.02`]);
    expect(design).toHaveLength(6);
    expect(runs).toHaveLength(6 * POLICIES.length * 2);
    expect(manifest.design).toMatchObject({ kind: 'grid', points: 6, runs: 24 });
    expect(Object.keys(design[0])).toEqual(['point', A, B]);
    expect(new Set(design.map((d) => d[A]))).toEqual(new Set(['0', '0.25', '0.5']));
    expect(new Set(design.map((d) => d[B]))).toEqual(new Set(['0', '0.02']));
    expectCommonRandomNumbers(runs, 6, 2);
    expectValuesFromDesign(runs, design, [A, B]);
  });

  it('grid without parameters: one point', async () => {
    const { runs, design } = await sweep('grid-none', ['--replicates', '3']);
    expect(design).toHaveLength(1);
    expect(runs).toHaveLength(POLICIES.length * 3);
    expectCommonRandomNumbers(runs, 1, 3);
  });

  it('lhs: samples points', async () => {
    const { runs, design, manifest } = await sweep('lhs', ['--design', 'lhs', '--samples', '3', '--replicates', '2', '--param', `${A}=0:0.5`, '--param', `${B}=0:0.02`]);
    expect(design).toHaveLength(3);
    expect(runs).toHaveLength(3 * POLICIES.length * 2);
    expect(manifest.design).toMatchObject({ kind: 'lhs', points: 3, runs: 12 });
    // One value per stratum: the three values of each parameter fall in different thirds.
    for (const [p, max] of [[A, 0.5], [B, 0.02]] as const) {
      const strata = design.map((d) => Math.floor((Number(d[p]) / max) * 3));
      expect(new Set(strata).size).toBe(3);
    }
    expectCommonRandomNumbers(runs, 3, 2);
    expectValuesFromDesign(runs, design, [A, B]);
  });

  it('sobol: samples x (k + 2) points, with their roles in design.csv', async () => {
    const { runs, design, manifest } = await sweep('sobol', ['--design', 'sobol', '--samples', '2', '--replicates', '2', '--param', `${A}=0:0.5`, '--param', `${B}=0:0.02`]);
    expect(design).toHaveLength(2 * (2 + 2));
    expect(runs).toHaveLength(8 * POLICIES.length * 2);
    expect(manifest.design).toMatchObject({ kind: 'sobol', points: 8, runs: 32 });
    expect(Object.keys(design[0])).toEqual(expect.arrayContaining(['point', 'matrix', 'base', 'column', A, B]));
    const base = new Map(design.map((d) => [d.point, d.base]));
    expectCommonRandomNumbers(runs, 8, 2, (p) => base.get(p)!);
    expect(new Set(runs.map((r) => base.get(r.point))).size).toBe(2);
    expectValuesFromDesign(runs, design, [A, B]);
  });

  it('morris: samples x (k + 1) points, with their roles in design.csv', async () => {
    const { runs, design, manifest } = await sweep('morris', ['--design', 'morris', '--samples', '2', '--replicates', '2', '--param', `${A}=0:0.5`, '--param', `${B}=0:0.02`]);
    expect(design).toHaveLength(2 * (2 + 1));
    expect(runs).toHaveLength(6 * POLICIES.length * 2);
    expect(manifest.design).toMatchObject({ kind: 'morris', points: 6, runs: 24 });
    expect(Object.keys(design[0])).toEqual(expect.arrayContaining(['point', 'trajectory', 'step', 'changed', 'delta', A, B]));
    const trajectory = new Map(design.map((d) => [d.point, d.trajectory]));
    expectCommonRandomNumbers(runs, 6, 2, (p) => trajectory.get(p)!);
    expect(new Set(runs.map((r) => trajectory.get(r.point))).size).toBe(2);
    expectValuesFromDesign(runs, design, [A, B]);
  });

  it('the stylised scenario with an integer parameter (generate.states=10:10:1)', async () => {
    const { runs, design } = await sweep('stylised', ['stylised', '--param', 'generate.states=10:10:1', '--param', `${A}=0:0.5:2`, '--replicates', '2']);
    expect(design).toHaveLength(2);
    expect(design.map((d) => d['generate.states'])).toEqual(['10', '10']);
    expect(runs).toHaveLength(2 * POLICIES.length * 2);
    expectCommonRandomNumbers(runs, 2, 2);
  });

  it('adding a replicate or a policy changes no other run\'s id or seed', async () => {
    const small = await sweep('grow-a', ['--replicates', '1', '--param', `${A}=0:0.5:2`]);
    const big = await sweep('grow-b', ['--replicates', '2', '--policies', 'partnership,withdrawal,no-experts', '--param', `${A}=0:0.5:2`]);
    const bigById = new Map(big.runs.map((r) => [r.run_id, r]));
    for (const r of small.runs) {
      expect(bigById.get(r.run_id), `run ${r.run_id} is in the bigger sweep`).toBeDefined();
      expect(bigById.get(r.run_id)).toEqual(r);
    }
  });
});
