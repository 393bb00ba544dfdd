/**
 * One paired comparison end to end on hand-made sides: the statistics agree with the
 * functions they are built from (each tested against published or hand-computed values),
 * the interval is R's paired t interval, the pairing drops what has no partner, too few
 * pairs give no verdict, and the gain of common random numbers shows when the two sides
 * share their noise.
 */
import { describe, expect, it } from 'vitest';
import { adjustFamily, comparePaired } from '../../../src/analysis/pairedComparison.js';
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
    expect(c.pAdjusted).toBeCloseTo(0.002833, 6); // a family of one
    expect(c.effectSize).toBeCloseTo(-1.284558, 6);
    // R: t.test(extra ~ group, data = sleep, paired = TRUE)$conf.int
    expect(c.interval!.low).toBeCloseTo(-2.4598858, 6);
    expect(c.interval!.high).toBeCloseTo(-0.7001142, 6);
    expect(c.verdict).toBe('lower');
    // the descriptive bootstrap interval: about the same place, narrower than the t interval at n = 10
    expect(c.bootstrapInterval!.high).toBeLessThan(0);
    expect(c.bootstrapInterval!.high - c.bootstrapInterval!.low).toBeLessThan(c.interval!.high - c.interval!.low);
    // the two groups are strongly correlated (R: cor(group 1, group 2) = 0.7951702): pairing narrows the interval
    expect(c.correlation).toBeCloseTo(0.7951702, 6);
    expect(c.constantSide).toBe(false);
    expect(c.widthRatio).toBeGreaterThan(1.5);
    expect(c.varianceReduction).toBe(c.widthRatio);
  });

  it('cannot narrow the interval when one side does not vary (no correlation, width ratio about 1)', () => {
    const s = createStream(4, 'noise');
    const base = Array.from({ length: 30 }, () => 3 + s.normal());
    const c = comparePaired(sides(base), sides(base.map(() => 0)), options);
    expect(c.constantSide).toBe(true);
    expect(c.correlation).toBeUndefined();
    expect(c.widthRatio).toBeGreaterThan(0.85);
    expect(c.widthRatio).toBeLessThan(1.15);
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
    expect(c.widthRatio).toBeGreaterThan(10);
  });

  it('drops unpaired runs, counts undefined values, and has no statistics below 2 pairs', () => {
    const base = new Map([[pairKey(0, 1), 1], [pairKey(0, 2), 2], [pairKey(0, 3), NaN]]);
    const policy = new Map([[pairKey(0, 1), 1.5], [pairKey(1, 1), 7], [pairKey(0, 3), 4]]);
    const c = comparePaired(base, policy, options);
    expect(c).toEqual({ n: 1, dropped: 3, undefinedValues: 1, meanBaseline: 1, meanPolicy: 1.5, meanDiff: 0.5, verdict: 'insufficient', constantSide: false });
    expect(comparePaired(new Map(), new Map(), options)).toEqual({ n: 0, dropped: 0, undefinedValues: 0, verdict: 'insufficient', constantSide: false });
  });

  it('gives no verdict below the minimum number of pairs, whatever the p-value', () => {
    // 5 pairs, the same difference of 1 every time: p = 0, yet too few pairs for a verdict by default
    const c = comparePaired(sides([1, 2, 3, 4, 5]), sides([2, 3, 4, 5, 6]), options);
    expect(c).toMatchObject({ n: 5, meanDiff: 1, pValue: 0, verdict: 'insufficient' });
    expect(c.pAdjusted).toBeUndefined();
    expect(comparePaired(sides([1, 2, 3, 4, 5]), sides([2, 3, 4, 5, 6]), { ...options, minPairs: 5 }).verdict).toBe('higher');
    expect(() => comparePaired(sides([1, 2]), sides([1, 2]), { ...options, minPairs: 1 })).toThrow(/minPairs/);
  });

  it('gives p = 1, d_z = 0, a zero-width interval and no ratio when nothing differs', () => {
    const c = comparePaired(sides([1, 2, 3]), sides([1, 2, 3]), { ...options, minPairs: 3 });
    expect(c).toMatchObject({ n: 3, meanDiff: 0, pValue: 1, effectSize: 0, interval: { low: 0, high: 0 }, verdict: 'within-band' });
    expect(c.widthRatio).toBeUndefined();
  });

  it('adjusts a family: the verdict follows the adjusted p-value, insufficient rows take no part', () => {
    // sleep data: p = 0.002833 unadjusted; Holm over m = 3 tested rows multiplies the smallest by 3
    const sleep = comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options);
    const s = createStream(2, 'family');
    const noise = () => Array.from({ length: 10 }, () => s.normal());
    const other = [comparePaired(sides(noise()), sides(noise()), options), comparePaired(sides(noise()), sides(noise()), options)];
    const few = comparePaired(sides([1, 2, 3]), sides([2, 3, 4]), options);
    const family = [sleep, ...other, few].map((comparison) => ({ comparison, band: 0 }));
    expect(adjustFamily(family, 'holm', 0.95)).toBe(3);
    expect(sleep.pAdjusted).toBeCloseTo(3 * 0.002833, 5);
    expect(sleep.verdict).toBe('lower');
    expect(few.verdict).toBe('insufficient');
    expect(few.pAdjusted).toBeUndefined();
    // with a band the interval must also clear it
    const banded = comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options);
    adjustFamily([{ comparison: banded, band: 1 }], 'holm', 0.95);
    expect(banded.verdict).toBe('within-band'); // high = -0.70 is not below -1
  });

  it('turns a verdict that the adjustment does not support into within-band (Holm), or keeps it (BH, equal p-values)', () => {
    // 12 differences 0.35 ± 0.5 alternately: s = 0.5·sqrt(12/11) = 0.52223, t = 0.35 / (s/√12) = 2.3217, df 11, p = 0.0405
    const rows = () =>
      Array.from({ length: 20 }, (_, k) => {
        const base = Array.from({ length: 12 }, (_, i) => k + i);
        return comparePaired(sides(base), sides(base.map((x, i) => x + 0.35 + (i % 2 === 0 ? 0.5 : -0.5))), options);
      });
    const holm = rows();
    for (const c of holm) expect(c).toMatchObject({ verdict: 'higher' });
    expect(holm[0].pValue).toBeCloseTo(0.0405, 3);
    adjustFamily(holm.map((comparison) => ({ comparison, band: 0 })), 'holm', 0.95);
    // Holm: the smallest p times 20 is 0.81 and the running maximum keeps every row there or above
    for (const c of holm) expect(c).toMatchObject({ verdict: 'within-band' });
    expect(holm[0].pAdjusted).toBeCloseTo(20 * holm[0].pValue!, 6);
    // BH: 20 equal p-values adjust to 20·p/20 = p, and every verdict stands
    const bh = rows();
    adjustFamily(bh.map((comparison) => ({ comparison, band: 0 })), 'bh', 0.95);
    for (const c of bh) expect(c.verdict).toBe('higher');
    expect(bh[5].pAdjusted).toBeCloseTo(bh[5].pValue!, 12);
  });

  it('is deterministic: the same inputs, seed and stream give the same result', () => {
    const a = comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options);
    expect(comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), options)).toEqual(a);
    expect(comparePaired(sides(SLEEP_GROUP_2), sides(SLEEP_GROUP_1), { ...options, stream: 'other' }).bootstrapInterval).not.toEqual(a.bootstrapInterval);
  });
});
