/**
 * One paired comparison end to end on hand-made sides: the statistics agree with the
 * functions they are built from (each tested against published or hand-computed values),
 * the pairing drops what has no partner, and the gain of common random numbers shows when
 * the two sides share their noise.
 */
import { describe, expect, it } from 'vitest';
import { comparePaired } from '../../../src/analysis/pairedComparison.js';
import { pairKey } from '../../../src/analysis/pairing.js';
import { createStream } from '../../../src/engine/random.js';
import { SLEEP_GROUP_1, SLEEP_GROUP_2 } from './sleep.js';

const options = { seed: 1, stream: 'test', resamples: 2000, level: 0.95, band: 0 };
const sides = (values: number[]) => new Map(values.map((v, i) => [pairKey(0, i + 1), v]));

describe('comparePaired', () => {
  it('on the sleep data: mean difference −1.58, p = 0.002833, d_z = −1.2846, lower', () => {
    // policy = group 1, baseline = group 2: differences group 1 − group 2
    const c = comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options);
    expect(c.n).toBe(10);
    expect(c.dropped).toBe(0);
    expect(c.meanBaseline).toBeCloseTo(2.33, 12);
    expect(c.meanPolicy).toBeCloseTo(0.75, 12);
    expect(c.meanDiff).toBeCloseTo(-1.58, 12);
    expect(c.pValue).toBeCloseTo(0.002833, 6);
    expect(c.effectSize).toBeCloseTo(-1.284558, 6);
    expect(c.interval!.high).toBeLessThan(0);
    expect(c.interval!.low).toBeLessThan(c.meanDiff!);
    expect(c.verdict).toBe('lower');
    // the two groups are strongly correlated (R: cor(group 1, group 2) = 0.7951702): pairing narrows the interval
    expect(c.correlation).toBeCloseTo(0.7951702, 6);
    expect(c.constantSide).toBe(false);
    expect(c.varianceReduction).toBeGreaterThan(1.5);
  });

  it('cannot narrow the interval when one side does not vary (no correlation, width ratio about 1)', () => {
    const s = createStream(4, 'noise');
    const base = Array.from({ length: 30 }, () => 3 + s.normal());
    const c = comparePaired(sides(base), sides(base.map(() => 0)), options);
    expect(c.constantSide).toBe(true);
    expect(c.correlation).toBeUndefined();
    expect(c.varianceReduction).toBeGreaterThan(0.85);
    expect(c.varianceReduction).toBeLessThan(1.15);
  });

  it('applies the band', () => {
    const c = comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), { ...options, band: 5 });
    expect(c.verdict).toBe('within-band');
  });

  it('shows the gain of common random numbers when the sides share their noise', () => {
    const s = createStream(9, 'noise');
    const shared = Array.from({ length: 30 }, () => s.normal());
    const base = shared.map((x) => 1 + x);
    const policy = shared.map((x) => 1.2 + x + 0.05 * s.normal());
    const c = comparePaired(sides(base), sides(policy), options);
    expect(c.verdict).toBe('higher');
    expect(c.varianceReduction).toBeGreaterThan(10);
  });

  it('drops unpaired runs and has no statistics below 2 pairs', () => {
    const base = new Map([[pairKey(0, 1), 1], [pairKey(0, 2), 2]]);
    const policy = new Map([[pairKey(0, 1), 1.5], [pairKey(1, 1), 7]]);
    const c = comparePaired(base, policy, options);
    expect(c).toEqual({ n: 1, dropped: 2, meanBaseline: 1, meanPolicy: 1.5, meanDiff: 0.5, verdict: 'within-band', constantSide: false });
    expect(comparePaired(new Map(), new Map(), options)).toEqual({ n: 0, dropped: 0, verdict: 'within-band', constantSide: false });
  });

  it('gives p = 1, d_z = 0, a zero-width interval and no ratio when nothing differs', () => {
    const c = comparePaired(sides([1, 2, 3]), sides([1, 2, 3]), options);
    expect(c).toMatchObject({ n: 3, meanDiff: 0, pValue: 1, effectSize: 0, interval: { low: 0, high: 0 }, verdict: 'within-band' });
    expect(c.varianceReduction).toBeUndefined();
  });

  it('is deterministic: the same inputs, seed and stream give the same result', () => {
    const a = comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options);
    expect(comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options)).toEqual(a);
    expect(comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), { ...options, stream: 'other' }).interval).not.toEqual(a.interval);
  });
});
