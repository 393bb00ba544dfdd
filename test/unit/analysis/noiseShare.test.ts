/**
 * noiseShare: the mean squared standard error of the point means over V, against a hand
 * computation, against its expectation on pure noise (about 1: the point means vary only
 * by their noise) and on a noiseless design (0), and undefined (not 0) with one
 * replicate per point.
 */
import { describe, expect, it } from 'vitest';
import { variance } from 'simple-statistics';
import { noiseShare } from '../../../src/analysis/noiseShare.js';
import { createStream } from '../../../src/engine/random.js';

describe('noiseShare', () => {
  it('is the mean of s²/n over the points divided by V (hand-computed)', () => {
    // s² = 2 and 8 (n − 1 = 1), so s²/n = 1 and 4, mean 2.5; V = 10
    expect(noiseShare([[1, 3], [0, 4]], 10)).toBeCloseTo(0.25, 12);
    // non-finite values are left out; a point with fewer than 2 values is not counted
    expect(noiseShare([[1, 3, NaN], [5]], 2)).toBeCloseTo(0.5, 12);
  });

  it('is about 1 when the point means vary only by their noise, and 0 without noise', () => {
    const rng = createStream(5, 'noise-share-test');
    const points = Array.from({ length: 4000 }, () => Array.from({ length: 4 }, () => rng.normal()));
    const means = points.map((p) => p.reduce((a, b) => a + b, 0) / p.length);
    const share = noiseShare(points, variance(means))!;
    // E[s²/n] = 1/4 = Var(point mean); the ratio's sampling error is about 0.03 here
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(1.1);
    const noiseless = Array.from({ length: 50 }, (_, i) => [i, i, i]);
    expect(noiseShare(noiseless, variance(noiseless.map((p) => p[0])))).toBe(0);
  });

  it('is undefined with one replicate per point, or when V is 0', () => {
    expect(noiseShare([[1], [2], [3]], 0.5)).toBeUndefined();
    expect(noiseShare([[1, 2], [1, 2]], 0)).toBeUndefined();
  });
});
