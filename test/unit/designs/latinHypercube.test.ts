import { describe, expect, it } from 'vitest';
import { designPoints, expectedPointCount } from '../../../src/experiments/designs/index.js';
import { latinHypercubePoints } from '../../../src/experiments/designs/latinHypercube.js';
import { makeRanges, unit } from './ranges.js';

describe('Latin hypercube design', () => {
  it('makes samples points, for several k', () => {
    for (const k of [1, 2, 5, 8]) {
      for (const samples of [1, 2, 7, 50]) {
        const ranges = makeRanges(k);
        expect(designPoints('lhs', ranges, { samples, seed: 3 })).toHaveLength(samples);
        expect(expectedPointCount('lhs', ranges, { samples, seed: 3 })).toBe(samples);
      }
    }
  });

  it('puts exactly one point in each stratum of each parameter', () => {
    for (const [k, n] of [
      [1, 10],
      [3, 17],
      [6, 100],
    ]) {
      const ranges = makeRanges(k);
      const points = latinHypercubePoints(ranges, { samples: n, seed: 11 });
      for (const range of ranges) {
        const strata = points.map((p) => Math.floor(unit(p.values[range.path], range) * n)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
  });

  it('keeps every value inside its range and in the order of the ranges', () => {
    const ranges = makeRanges(4);
    for (const point of latinHypercubePoints(ranges, { samples: 30, seed: 5 })) {
      expect(Object.keys(point.values)).toEqual(ranges.map((r) => r.path));
      expect(point.role).toEqual({});
      for (const range of ranges) {
        expect(point.values[range.path]).toBeGreaterThanOrEqual(range.min);
        expect(point.values[range.path]).toBeLessThanOrEqual(range.max);
      }
    }
  });

  it('pairs strata differently across parameters (permuted independently)', () => {
    const ranges = makeRanges(2);
    const n = 40;
    const points = latinHypercubePoints(ranges, { samples: n, seed: 2 });
    const strata = (i: number) => points.map((p) => Math.floor(unit(p.values[ranges[i].path], ranges[i]) * n));
    expect(strata(0)).not.toEqual(strata(1));
  });

  it('gives other points for another seed', () => {
    const ranges = makeRanges(3);
    const a = latinHypercubePoints(ranges, { samples: 20, seed: 1 });
    const b = latinHypercubePoints(ranges, { samples: 20, seed: 2 });
    expect(a).not.toEqual(b);
  });

  it("leaves a parameter's column unchanged when another parameter is added", () => {
    const ranges = makeRanges(3);
    const two = latinHypercubePoints(ranges.slice(0, 2), { samples: 15, seed: 4 });
    const three = latinHypercubePoints(ranges, { samples: 15, seed: 4 });
    for (const range of ranges.slice(0, 2)) {
      expect(three.map((p) => p.values[range.path])).toEqual(two.map((p) => p.values[range.path]));
    }
  });
});
