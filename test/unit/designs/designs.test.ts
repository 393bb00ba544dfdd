import { describe, expect, it } from 'vitest';
import { DESIGN_KINDS, designPoints, expectedPointCount, type DesignKind, type ParameterRange } from '../../../src/experiments/designs/index.js';
import { makeRanges } from './ranges.js';

const OPTIONS = { samples: 6, seed: 42 };

describe('designPoints', () => {
  it('gives the same points byte for byte for the same inputs, whatever ran before', () => {
    const ranges = makeRanges(3);
    const first = DESIGN_KINDS.map((kind) => JSON.stringify(designPoints(kind, ranges, OPTIONS)));
    // other calls in between, in another order
    for (const kind of [...DESIGN_KINDS].reverse()) designPoints(kind, makeRanges(5), { samples: 9, seed: 7 });
    const again = [...DESIGN_KINDS].reverse().map((kind) => JSON.stringify(designPoints(kind, ranges, OPTIONS))).reverse();
    expect(again).toEqual(first);
  });

  it('numbers points from 0 and keeps values in the order of the ranges', () => {
    const ranges = makeRanges(4);
    for (const kind of DESIGN_KINDS) {
      const points = designPoints(kind, ranges, { samples: 3, seed: 1, levels: 2 });
      expect(points.length).toBe(expectedPointCount(kind, ranges, { samples: 3, seed: 1, levels: 2 }));
      points.forEach((p, i) => {
        expect(p.index).toBe(i);
        expect(Object.keys(p.values)).toEqual(ranges.map((r) => r.path));
      });
    }
  });

  it('rounds every value to 12 significant digits', () => {
    const ranges: ParameterRange[] = [
      { path: 'a', min: 0, max: 1 / 3 },
      { path: 'b', min: 1e-7, max: Math.PI },
    ];
    for (const kind of DESIGN_KINDS) {
      for (const point of designPoints(kind, ranges, { samples: 20, seed: 3 })) {
        for (const v of Object.values(point.values)) expect(Number(v.toPrecision(12))).toBe(v);
        for (const v of Object.values(point.role)) if (typeof v === 'number') expect(Number(v.toPrecision(12))).toBe(v);
      }
    }
  });

  it('rounds integer parameters to integers inside [min, max]', () => {
    const ranges: ParameterRange[] = [
      { path: 'generate.states', min: 2, max: 9, integer: true },
      { path: 'odd', min: 0.5, max: 3.5, integer: true },
      { path: 'params.x', min: 0, max: 1 },
    ];
    for (const kind of DESIGN_KINDS) {
      const points = designPoints(kind, ranges, { samples: 30, seed: 5, levels: 4 });
      for (const point of points) {
        expect(Number.isInteger(point.values['generate.states'])).toBe(true);
        expect(point.values['generate.states']).toBeGreaterThanOrEqual(2);
        expect(point.values['generate.states']).toBeLessThanOrEqual(9);
        expect([1, 2, 3]).toContain(point.values.odd);
      }
      // the real parameter is not rounded
      expect(points.some((p) => !Number.isInteger(p.values['params.x']))).toBe(true);
    }
    const grid = designPoints('grid', [{ path: 'n', min: 0, max: 10, levels: 4, integer: true }], OPTIONS);
    expect(grid.map((p) => p.values.n)).toEqual([0, 3, 7, 10]);
  });
});

describe('design errors', () => {
  const sampled: DesignKind[] = ['lhs', 'sobol', 'morris'];

  it('refuses min >= max', () => {
    for (const kind of DESIGN_KINDS) {
      expect(() => designPoints(kind, [{ path: 'params.x', min: 2, max: 1 }], OPTIONS)).toThrow(
        `${kind} design: parameter "params.x": min 2 must be less than max 1`,
      );
      expect(() => expectedPointCount(kind, [{ path: 'params.x', min: 1, max: 1, levels: 3 }], OPTIONS)).toThrow(
        `${kind} design: parameter "params.x": min 1 must be less than max 1`,
      );
    }
    // a one-level grid over a single value is fine
    expect(designPoints('grid', [{ path: 'params.x', min: 1, max: 1, levels: 1 }], OPTIONS)).toHaveLength(1);
  });

  it('refuses samples below 1 or not whole', () => {
    for (const kind of sampled) {
      for (const samples of [0, -3, 2.5, Number.NaN]) {
        expect(() => designPoints(kind, makeRanges(2), { samples, seed: 1 })).toThrow(`${kind} design: samples must be an integer of at least 1, got ${samples}`);
      }
    }
    // the grid ignores samples
    expect(designPoints('grid', makeRanges(2), { samples: 0, seed: 1 })).toHaveLength(9);
  });

  it('refuses a design without ranges, except the grid', () => {
    for (const kind of sampled) {
      expect(() => designPoints(kind, [], OPTIONS)).toThrow(`${kind} design: no parameter ranges given; a ${kind} design needs at least one`);
    }
  });

  it('refuses bad grid levels, duplicate paths, non-finite bounds and integer ranges without integers', () => {
    expect(() => designPoints('grid', makeRanges(1), { ...OPTIONS, levels: 0 })).toThrow('grid design: levels must be an integer of at least 1, got 0');
    expect(() => designPoints('grid', [{ path: 'a', min: 0, max: 1, levels: 1.5 }], OPTIONS)).toThrow('grid design: levels of "a" must be an integer of at least 1, got 1.5');
    expect(() => designPoints('lhs', [makeRanges(1)[0], makeRanges(1)[0]], OPTIONS)).toThrow('lhs design: parameter "params.p0" is given twice');
    expect(() => designPoints('sobol', [{ path: 'a', min: 0, max: Infinity }], OPTIONS)).toThrow('sobol design: parameter "a": min and max must be finite numbers');
    expect(() => designPoints('morris', [{ path: 'a', min: 0.2, max: 0.8, integer: true }], OPTIONS)).toThrow(
      'morris design: parameter "a": an integer parameter, but [0.2, 0.8] contains no integer',
    );
    expect(() => designPoints('lhs', makeRanges(1), { samples: 3, seed: Number.NaN })).toThrow('lhs design: seed must be a finite number');
  });

  it('refuses an unknown kind', () => {
    expect(() => designPoints('factorial' as DesignKind, makeRanges(1), OPTIONS)).toThrow('unknown design "factorial": expected one of grid, lhs, sobol, morris');
  });
});
