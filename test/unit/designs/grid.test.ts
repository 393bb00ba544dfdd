import { describe, expect, it } from 'vitest';
import { gridPoints } from '../../../src/experiments/designs/grid.js';
import { designPoints, expectedPointCount } from '../../../src/experiments/designs/index.js';
import { makeRanges } from './ranges.js';

describe('grid design', () => {
  it('makes the product of the levels, for several k', () => {
    for (const k of [1, 2, 3, 4]) {
      for (const levels of [1, 2, 3, 5]) {
        const ranges = makeRanges(k);
        const points = designPoints('grid', ranges, { samples: 1, seed: 1, levels });
        expect(points).toHaveLength(levels ** k);
        expect(expectedPointCount('grid', ranges, { samples: 1, seed: 1, levels })).toBe(levels ** k);
      }
    }
  });

  it("takes each range's own levels over the default, and 3 when neither is given", () => {
    const ranges = [
      { path: 'a', min: 0, max: 1, levels: 2 },
      { path: 'b', min: 0, max: 1 },
      { path: 'c', min: 0, max: 1, levels: 5 },
    ];
    expect(gridPoints(ranges, { samples: 1, seed: 1 })).toHaveLength(2 * 3 * 5);
    expect(gridPoints(ranges, { samples: 1, seed: 1, levels: 4 })).toHaveLength(2 * 4 * 5);
  });

  it('spaces levels evenly including both ends, first parameter slowest', () => {
    const points = gridPoints(
      [
        { path: 'a', min: 0, max: 1, levels: 2 },
        { path: 'b', min: 0.1, max: 0.3 },
      ],
      { samples: 1, seed: 1 },
    );
    expect(points.map((p) => p.values)).toEqual([
      { a: 0, b: 0.1 },
      { a: 0, b: 0.2 },
      { a: 0, b: 0.3 },
      { a: 1, b: 0.1 },
      { a: 1, b: 0.2 },
      { a: 1, b: 0.3 },
    ]);
    expect(points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(points.every((p) => Object.keys(p.role).length === 0)).toBe(true);
    expect(Object.keys(points[0].values)).toEqual(['a', 'b']);
  });

  it('puts a one-level parameter at its midpoint, even when min equals max', () => {
    const points = gridPoints(
      [
        { path: 'a', min: 2, max: 4, levels: 1 },
        { path: 'b', min: 7, max: 7, levels: 1 },
      ],
      { samples: 1, seed: 1 },
    );
    expect(points.map((p) => p.values)).toEqual([{ a: 3, b: 7 }]);
  });

  it('is one point with no values when there are no ranges', () => {
    expect(gridPoints([], { samples: 1, seed: 1 })).toEqual([{ index: 0, values: {}, role: {} }]);
    expect(expectedPointCount('grid', [], { samples: 1, seed: 1 })).toBe(1);
  });

  it('does not depend on samples or seed', () => {
    const ranges = makeRanges(3);
    expect(gridPoints(ranges, { samples: 1, seed: 1 })).toEqual(gridPoints(ranges, { samples: 9, seed: 2 }));
  });
});
