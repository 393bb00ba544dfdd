/**
 * Adjusted p-values against R's p.adjust, computed by hand here.
 *
 * p = (0.002, 0.03, 0.01, 0.2, 0.04), m = 5; sorted: 0.002, 0.01, 0.03, 0.04, 0.2.
 *
 * Holm, (m − j + 1)·p_(j) then the running maximum:
 *   5·0.002 = 0.01, 4·0.01 = 0.04, 3·0.03 = 0.09, 2·0.04 = 0.08 → 0.09, 1·0.2 = 0.2;
 *   in input order 0.01, 0.09, 0.04, 0.2, 0.09
 *   (R: p.adjust(c(0.002, 0.03, 0.01, 0.2, 0.04), "holm") gives 0.01 0.09 0.04 0.20 0.09).
 * Benjamini–Hochberg, m·p_(j) / j then the running minimum from the largest:
 *   0.01, 0.025, 0.05, 0.05, 0.2 (already non-decreasing);
 *   in input order 0.01, 0.05, 0.025, 0.2, 0.05
 *   (R: p.adjust(..., "BH") gives 0.010 0.050 0.025 0.200 0.050).
 */
import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../../src/analysis/multiplicity.js';

const P = [0.002, 0.03, 0.01, 0.2, 0.04];
const close = (actual: (number | undefined)[], expected: (number | undefined)[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => (expected[i] === undefined ? expect(a).toBeUndefined() : expect(a).toBeCloseTo(expected[i]!, 12)));
};

describe('adjustPValues', () => {
  it("Holm's step-down adjustment, as R's p.adjust", () => {
    close(adjustPValues(P, 'holm'), [0.01, 0.09, 0.04, 0.2, 0.09]);
  });

  it('the Benjamini–Hochberg adjustment, as R\'s p.adjust', () => {
    close(adjustPValues(P, 'bh'), [0.01, 0.05, 0.025, 0.2, 0.05]);
  });

  it('caps at 1 and keeps the order of the p-values (Holm: 2·0.5 = 1, then max(1, 0.6); BH: min(2·0.5, 0.6))', () => {
    close(adjustPValues([0.5, 0.6], 'holm'), [1, 1]);
    close(adjustPValues([0.5, 0.6], 'bh'), [0.6, 0.6]);
  });

  it('leaves untested comparisons out of m, and none changes nothing', () => {
    // m = 2: Holm 2·0.01 = 0.02, then max(0.02, 0.04)
    close(adjustPValues([undefined, 0.01, 0.04], 'holm'), [undefined, 0.02, 0.04]);
    close(adjustPValues(P, 'none'), P);
    expect(adjustPValues([], 'holm')).toEqual([]);
  });

  it('is the unadjusted p for a family of one', () => {
    close(adjustPValues([0.03], 'holm'), [0.03]);
    close(adjustPValues([0.03], 'bh'), [0.03]);
  });

  it('rejects a p-value outside [0, 1]', () => {
    expect(() => adjustPValues([0.2, 1.5], 'holm')).toThrow(/p-value/);
    expect(() => adjustPValues([NaN], 'bh')).toThrow(/p-value/);
  });
});
