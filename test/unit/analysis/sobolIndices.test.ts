/**
 * Sobol indices against values computed independently: the Ishigami function's analytic
 * indices (closed form in ishigami.ts), a linear model's closed form, and a base row
 * small enough to compute by hand.
 */
import { describe, expect, it } from 'vitest';
import { sobolIndices } from '../../../src/analysis/sobolIndices.js';
import { designPoints, regroupSaltelliOutputs } from '../../../src/experiments/designs/index.js';
import { createStream } from '../../../src/engine/random.js';
import { ishigami, ISHIGAMI_RANGES, ishigamiIndices } from './ishigami.js';

const boot = (name: string, resamples = 2000) => ({ resamples, level: 0.95, random: createStream(7, name).next });

describe('sobolIndices', () => {
  it('matches the closed form of the Ishigami indices (S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437)', () => {
    const analytic = ishigamiIndices();
    expect(analytic.first.map((x) => Number(x.toFixed(4)))).toEqual([0.3139, 0.4424, 0]);
    expect(analytic.total.map((x) => Number(x.toFixed(4)))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  it('reproduces the Ishigami indices within their bootstrap intervals (4096 base rows)', () => {
    const points = designPoints('sobol', ISHIGAMI_RANGES, { samples: 4096, seed: 1 });
    const outputs = points.map((p) => ishigami(p.values.x1, p.values.x2, p.values.x3));
    const result = sobolIndices(regroupSaltelliOutputs(outputs, 3), boot('ishigami'));
    const analytic = ishigamiIndices();
    expect(result.n).toBe(4096);
    expect(result.variance).toBeCloseTo(analytic.variance, 1);
    for (let i = 0; i < 3; i++) {
      const s = result.firstInterval[i]!;
      const t = result.totalInterval[i]!;
      expect(s.low, `S${i + 1} low`).toBeLessThanOrEqual(analytic.first[i]);
      expect(s.high, `S${i + 1} high`).toBeGreaterThanOrEqual(analytic.first[i]);
      expect(t.low, `ST${i + 1} low`).toBeLessThanOrEqual(analytic.total[i]);
      expect(t.high, `ST${i + 1} high`).toBeGreaterThanOrEqual(analytic.total[i]);
      // and the point estimates are close, the intervals informative
      expect(Math.abs(result.first[i]! - analytic.first[i])).toBeLessThan(0.03);
      expect(Math.abs(result.total[i]! - analytic.total[i])).toBeLessThan(0.03);
      expect(s.high - s.low).toBeLessThan(0.1);
    }
    // the ranking by total index: x1 > x2 > x3
    expect(result.total[0]! > result.total[1]! && result.total[1]! > result.total[2]!).toBe(true);
  });

  it('gives S_i = ST_i = a_i² / Σ a² for an additive linear model (closed form)', () => {
    const ranges = [
      { path: 'x1', min: 0, max: 1 },
      { path: 'x2', min: 0, max: 1 },
    ];
    const points = designPoints('sobol', ranges, { samples: 2048, seed: 1 });
    const outputs = points.map((p) => 2 * p.values.x1 + 1 * p.values.x2);
    const result = sobolIndices(regroupSaltelliOutputs(outputs, 2), boot('linear', 500));
    expect(result.first[0]).toBeCloseTo(0.8, 2);
    expect(result.first[1]).toBeCloseTo(0.2, 2);
    expect(result.total[0]).toBeCloseTo(0.8, 2);
    expect(result.total[1]).toBeCloseTo(0.2, 2);
  });

  it('computes the estimators as written, on a hand-computed case', () => {
    // N = 2, k = 1: A = [1, 3], B = [2, 4], AB^0 = [2, 5]
    // V = population variance of [1, 3, 2, 4] = 1.25
    // S = mean(B (AB - A)) / V = mean(2·1, 4·2) / 1.25 = 5 / 1.25 = 4
    // ST = mean((A - AB)²) / (2V) = mean(1, 4) / 2.5 = 1
    const result = sobolIndices({ A: [1, 3], B: [2, 4], AB: [[2, 5]] }, boot('hand', 10));
    expect(result.variance).toBe(1.25);
    expect(result.first[0]).toBe(4);
    expect(result.total[0]).toBe(1);
  });

  it('leaves the indices undefined when the output does not vary', () => {
    const result = sobolIndices({ A: [1, 1], B: [1, 1], AB: [[1, 1]] }, boot('flat', 10));
    expect(result.first).toEqual([undefined]);
    expect(result.totalInterval).toEqual([undefined]);
  });

  it('gives the same intervals for the same seed', () => {
    const outputs = { A: [1, 3, 2, 5, 4], B: [2, 4, 1, 1, 3], AB: [[2, 5, 1, 2, 3]] };
    expect(sobolIndices(outputs, boot('same', 200))).toEqual(sobolIndices(outputs, boot('same', 200)));
  });

  it('rejects outputs of unequal lengths', () => {
    expect(() => sobolIndices({ A: [1, 2], B: [1], AB: [[1, 2]] }, boot('bad', 10))).toThrow(/one output per base row/);
  });
});
