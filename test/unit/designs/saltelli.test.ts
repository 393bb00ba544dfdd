import { describe, expect, it } from 'vitest';
import { designPoints, expectedPointCount } from '../../../src/experiments/designs/index.js';
import { regroupSaltelliOutputs, SALTELLI_MAX_BASE_ROWS, saltelliPoints } from '../../../src/experiments/designs/saltelli.js';
import type { DesignPoint, ParameterRange } from '../../../src/experiments/designs/types.js';
import { makeRanges, unit } from './ranges.js';

/** The unit coordinates of the rows of matrix A or B, by base row. */
function matrix(points: DesignPoint[], ranges: ParameterRange[], name: 'A' | 'B'): number[][] {
  return points.filter((p) => p.role.matrix === name).map((p) => ranges.map((r) => unit(p.values[r.path], r)));
}

describe('Saltelli design (sobol)', () => {
  it('makes N(k + 2) points, for several k', () => {
    for (const k of [1, 2, 3, 7, 20]) {
      for (const samples of [1, 8, 33]) {
        const ranges = makeRanges(k);
        expect(designPoints('sobol', ranges, { samples, seed: 1 })).toHaveLength(samples * (k + 2));
        expect(expectedPointCount('sobol', ranges, { samples, seed: 1 })).toBe(samples * (k + 2));
      }
    }
  });

  it('orders each base row as A, B, AB^0 … AB^(k−1), with roles', () => {
    const ranges = makeRanges(3);
    const points = saltelliPoints(ranges, { samples: 2, seed: 1 });
    expect(points.map((p) => p.role)).toEqual([
      { matrix: 'A', base: 0 },
      { matrix: 'B', base: 0 },
      { matrix: 'AB', base: 0, column: 0 },
      { matrix: 'AB', base: 0, column: 1 },
      { matrix: 'AB', base: 0, column: 2 },
      { matrix: 'A', base: 1 },
      { matrix: 'B', base: 1 },
      { matrix: 'AB', base: 1, column: 0 },
      { matrix: 'AB', base: 1, column: 1 },
      { matrix: 'AB', base: 1, column: 2 },
    ]);
    expect(points.map((p) => p.index)).toEqual(points.map((_, i) => i));
  });

  it('builds AB_i from A with column i taken from B', () => {
    for (const k of [1, 2, 5]) {
      const ranges = makeRanges(k);
      const points = saltelliPoints(ranges, { samples: 16, seed: 1 });
      for (let base = 0; base < 16; base++) {
        const row = points.slice(base * (k + 2), (base + 1) * (k + 2));
        const [a, b, ...ab] = row;
        expect(ab).toHaveLength(k);
        ab.forEach((point, i) => {
          expect(point.role).toEqual({ matrix: 'AB', base, column: i });
          ranges.forEach((range, c) => {
            expect(point.values[range.path]).toBe(c === i ? b.values[range.path] : a.values[range.path]);
          });
        });
      }
    }
  });

  it('draws A and B from the Joe–Kuo Sobol sequence, skipping the origin', () => {
    const ranges = [0, 1].map((i) => ({ path: `u${i}`, min: 0, max: 1 }));
    const points = saltelliPoints(ranges, { samples: 4, seed: 1 });
    expect(matrix(points, ranges, 'A')).toEqual([
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
      [0.375, 0.375],
    ]);
    expect(matrix(points, ranges, 'B')).toEqual([
      [0.5, 0.5],
      [0.25, 0.25],
      [0.75, 0.75],
      [0.625, 0.875],
    ]);
  });

  it('fills each coordinate of A and B one point per 1/2^m interval', () => {
    const m = 5;
    const ranges = makeRanges(4);
    // base rows 0 … 2^(m+1) − 2 are the sequence's points 1 … 2^(m+1) − 1
    const points = saltelliPoints(ranges, { samples: 2 ** (m + 1) - 1, seed: 1 });
    for (const name of ['A', 'B'] as const) {
      const rows = matrix(points, ranges, name);
      for (let c = 0; c < ranges.length; c++) {
        const cells = (from: number, to: number) => rows.slice(from, to).map((row) => Math.floor(row[c] * 2 ** m)).sort((x, y) => x - y);
        // the first 2^m points, the origin (skipped) included: one per interval
        expect([0, ...cells(0, 2 ** m - 1)]).toEqual(Array.from({ length: 2 ** m }, (_, i) => i));
        // the next 2^m points: again one per interval
        expect(cells(2 ** m - 1, 2 ** (m + 1) - 1)).toEqual(Array.from({ length: 2 ** m }, (_, i) => i));
      }
    }
  });

  it('does not depend on the seed, and more base rows extend fewer', () => {
    const ranges = makeRanges(3);
    const small = saltelliPoints(ranges, { samples: 5, seed: 1 });
    const large = saltelliPoints(ranges, { samples: 9, seed: 2 });
    expect(large.slice(0, small.length)).toEqual(small);
  });

  it('keeps values inside [min, max]', () => {
    const ranges = makeRanges(6);
    for (const point of saltelliPoints(ranges, { samples: 64, seed: 1 })) {
      for (const range of ranges) {
        expect(point.values[range.path]).toBeGreaterThanOrEqual(range.min);
        expect(point.values[range.path]).toBeLessThanOrEqual(range.max);
      }
    }
  });

  it('refuses more base rows than the package gives exactly', () => {
    expect(() => expectedPointCount('sobol', makeRanges(1), { samples: SALTELLI_MAX_BASE_ROWS + 1, seed: 1 })).toThrow(
      /sobol design: samples must be at most 1048575 base rows/,
    );
  });
});

describe('regroupSaltelliOutputs', () => {
  it('regroups outputs in design order into A, B and AB by column', () => {
    const k = 2;
    const points = saltelliPoints(makeRanges(k), { samples: 3, seed: 1 });
    const outputs = points.map((p) => p.index * 10);
    expect(regroupSaltelliOutputs(outputs, k)).toEqual({
      A: [0, 40, 80],
      B: [10, 50, 90],
      AB: [
        [20, 60, 100],
        [30, 70, 110],
      ],
    });
    // the regrouping agrees with the roles
    const grouped = regroupSaltelliOutputs(outputs, k);
    for (const p of points) {
      const base = p.role.base as number;
      if (p.role.matrix === 'A') expect(grouped.A[base]).toBe(outputs[p.index]);
      if (p.role.matrix === 'B') expect(grouped.B[base]).toBe(outputs[p.index]);
      if (p.role.matrix === 'AB') expect(grouped.AB[p.role.column as number][base]).toBe(outputs[p.index]);
    }
  });

  it('refuses outputs that are not whole base rows', () => {
    expect(() => regroupSaltelliOutputs([1, 2, 3, 4, 5], 2)).toThrow(/5 outputs are not a whole number of base rows of 4/);
    expect(() => regroupSaltelliOutputs([], 2)).toThrow(/0 outputs/);
    expect(() => regroupSaltelliOutputs([1, 2, 3], 0)).toThrow(/parameterCount must be an integer of at least 1/);
  });
});
