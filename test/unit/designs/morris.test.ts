import { describe, expect, it } from 'vitest';
import { designPoints, expectedPointCount } from '../../../src/experiments/designs/index.js';
import { morrisDelta, morrisPoints } from '../../../src/experiments/designs/morris.js';
import type { DesignPoint } from '../../../src/experiments/designs/types.js';
import { makeRanges, unit } from './ranges.js';

function trajectories(points: DesignPoint[], k: number): DesignPoint[][] {
  const out: DesignPoint[][] = [];
  for (let i = 0; i < points.length; i += k + 1) out.push(points.slice(i, i + k + 1));
  return out;
}

describe('Morris design', () => {
  it('makes r(k + 1) points, for several k', () => {
    for (const k of [1, 2, 4, 9]) {
      for (const samples of [1, 3, 10]) {
        const ranges = makeRanges(k);
        expect(designPoints('morris', ranges, { samples, seed: 1 })).toHaveLength(samples * (k + 1));
        expect(expectedPointCount('morris', ranges, { samples, seed: 1 })).toBe(samples * (k + 1));
      }
    }
  });

  it('uses Δ = p / (2(p − 1))', () => {
    expect(morrisDelta(4)).toBeCloseTo(2 / 3, 15);
    expect(morrisDelta(2)).toBe(1);
    expect(morrisDelta(6)).toBeCloseTo(0.6, 15);
  });

  for (const levels of [2, 4, 6, 8]) {
    it(`changes one parameter per step by ±Δ(max − min), each exactly once, on the ${levels}-level grid`, () => {
      const delta = morrisDelta(levels);
      for (const k of [1, 2, 3, 6]) {
        const ranges = makeRanges(k);
        const points = morrisPoints(ranges, { samples: 12, seed: 9, levels });
        for (const [t, trajectory] of trajectories(points, k).entries()) {
          expect(trajectory[0].role).toEqual({ trajectory: t, step: 0, changed: '', delta: 0 });
          const changedOnce = new Set<string>();
          for (let s = 1; s <= k; s++) {
            const [before, after] = [trajectory[s - 1], trajectory[s]];
            const moved = ranges.filter((r) => before.values[r.path] !== after.values[r.path]);
            expect(moved).toHaveLength(1);
            const range = moved[0];
            expect(after.role.changed).toBe(range.path);
            expect(after.role.trajectory).toBe(t);
            expect(after.role.step).toBe(s);
            const signed = after.role.delta as number;
            expect(Math.abs(signed)).toBeCloseTo(delta, 10);
            expect(after.values[range.path] - before.values[range.path]).toBeCloseTo(signed * (range.max - range.min), 9);
            changedOnce.add(range.path);
          }
          expect([...changedOnce].sort()).toEqual(ranges.map((r) => r.path).sort());
        }
        for (const point of points) {
          for (const range of ranges) {
            const v = point.values[range.path];
            expect(v).toBeGreaterThanOrEqual(range.min);
            expect(v).toBeLessThanOrEqual(range.max);
            const level = unit(v, range) * (levels - 1);
            expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-9);
          }
        }
      }
    });
  }

  it('starts trajectories at every level and changes parameters in random orders', () => {
    const ranges = makeRanges(3);
    const points = morrisPoints(ranges, { samples: 200, seed: 1 });
    const starts = new Set(points.filter((p) => p.role.step === 0).map((p) => Math.round(unit(p.values[ranges[0].path], ranges[0]) * 3)));
    expect([...starts].sort()).toEqual([0, 1, 2, 3]);
    const orders = new Set(trajectories(points, 3).map((t) => t.slice(1).map((p) => p.role.changed).join(',')));
    expect(orders.size).toBe(6);
  });

  it('gives other points for another seed, and more trajectories extend fewer', () => {
    const ranges = makeRanges(4);
    const a = morrisPoints(ranges, { samples: 5, seed: 1 });
    expect(morrisPoints(ranges, { samples: 5, seed: 2 })).not.toEqual(a);
    expect(morrisPoints(ranges, { samples: 8, seed: 1 }).slice(0, a.length)).toEqual(a);
  });

  it('refuses fewer than 2 levels and odd levels', () => {
    const ranges = makeRanges(2);
    expect(() => morrisPoints(ranges, { samples: 2, seed: 1, levels: 1 })).toThrow(/morris design: levels must be an integer of at least 2, got 1/);
    expect(() => morrisPoints(ranges, { samples: 2, seed: 1, levels: 0 })).toThrow(/levels must be an integer of at least 2/);
    expect(() => morrisPoints(ranges, { samples: 2, seed: 1, levels: 3 })).toThrow(/morris design: levels must be even/);
  });
});
