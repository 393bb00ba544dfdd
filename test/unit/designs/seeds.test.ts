/**
 * The seeds of a sweep's experiments (designExperiments): the points of one Saltelli
 * base row, and of one Morris trajectory, share their seed at each replicate; base rows,
 * trajectories and replicates differ; every policy gets the same seed; grid and LHS
 * points keep the derivation from (base seed, point, values, replicate), recomputed here
 * from sha256 directly.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { designPoints, type DesignKind } from '../../../src/experiments/designs/index.js';
import { designExperiments, type Experiment } from '../../../src/experiments/experiments.js';
import { makeRanges } from './ranges.js';

const BASE_SEED = 7;

function experimentsOf(kind: DesignKind, samples: number) {
  const points = designPoints(kind, makeRanges(3), { samples, seed: 11 });
  const experiments = designExperiments({ scenarioHash: 'h', points, policies: ['partnership', 'no-experts'], replicates: 3, baseSeed: BASE_SEED });
  return { points, experiments };
}

/** Seeds grouped by (group key, replicate). */
function seedsBy(experiments: Experiment[], group: (e: Experiment) => number): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const e of experiments) {
    const key = `${group(e)}/${e.replicate}`;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(e.seed);
  }
  return out;
}

function expectSharedWithinGroups(kind: 'sobol' | 'morris', field: 'base' | 'trajectory', samples: number): void {
  const { points, experiments } = experimentsOf(kind, samples);
  const groupOf = (e: Experiment) => Number(points[e.point].role[field]);
  const seeds = seedsBy(experiments, groupOf);
  expect(seeds.size).toBe(samples * 3);
  // one seed per (group, replicate), over every point of the group and every policy
  for (const set of seeds.values()) expect(set.size).toBe(1);
  // and different seeds for different groups or replicates
  const distinct = new Set([...seeds.values()].map((s) => [...s][0]));
  expect(distinct.size).toBe(samples * 3);
  // every point of a group is there: k + 2 (Saltelli) or k + 1 (Morris) points
  const pointsPerGroup = new Set(experiments.filter((e) => groupOf(e) === 0).map((e) => e.point));
  expect(pointsPerGroup.size).toBe(kind === 'sobol' ? 5 : 4);
}

describe('seeds of a design', () => {
  it('the points of one Saltelli base row (A, B, every AB_i) share one seed at each replicate', () => {
    expectSharedWithinGroups('sobol', 'base', 4);
  });

  it('the points of one Morris trajectory share one seed at each replicate', () => {
    expectSharedWithinGroups('morris', 'trajectory', 4);
  });

  it('grid and LHS points keep their own seeds: sha256 of (base seed, point, values, replicate)', () => {
    for (const kind of ['grid', 'lhs'] as const) {
      const { points, experiments } = experimentsOf(kind, 4);
      for (const e of experiments) {
        const values = Object.fromEntries(Object.entries(points[e.point].values).sort(([a], [b]) => (a < b ? -1 : 1)));
        const hex = createHash('sha256').update(JSON.stringify(['seed', BASE_SEED, e.point, values, e.replicate])).digest('hex');
        expect(e.seed).toBe(parseInt(hex.slice(0, 8), 16));
      }
      expect(new Set(experiments.map((e) => e.seed)).size).toBe(points.length * 3);
    }
  });

  it('every policy at a point and replicate runs on the same seed, and ids stay distinct', () => {
    const { experiments } = experimentsOf('sobol', 3);
    const byRun = new Map<string, Set<number>>();
    for (const e of experiments) {
      const key = `${e.point}/${e.replicate}`;
      if (!byRun.has(key)) byRun.set(key, new Set());
      byRun.get(key)!.add(e.seed);
    }
    for (const set of byRun.values()) expect(set.size).toBe(1);
    expect(new Set(experiments.map((e) => e.id)).size).toBe(experiments.length);
  });
});
