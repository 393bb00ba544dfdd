/**
 * Adjusted p-values for a family of tests, as R's `p.adjust`:
 *
 * - `holm` (Holm 1979, Scand. J. Statist. 6: 65–70): with the m p-values sorted
 *   increasingly, p_(i) becomes max over j ≤ i of min(1, (m − j + 1)·p_(j)); it controls
 *   the family-wise error rate (the chance of any false rejection) at α under any
 *   dependence between the tests;
 * - `bh` (Benjamini and Hochberg 1995, JRSS B 57: 289–300): p_(i) becomes min over j ≥ i
 *   of min(1, m·p_(j) / j); it controls the false discovery rate (the expected share of
 *   false rejections among the rejections) at α for independent or positively
 *   dependent tests;
 * - `none`: the p-values as they are.
 *
 * Undefined p-values (comparisons not tested) are left undefined and do not count in m.
 * Ties keep their input order (a stable sort), which does not change the result.
 *
 * @example
 * adjustPValues([0.01, 0.04, 0.03], 'holm'); // [0.03, 0.06, 0.06]
 * adjustPValues([0.01, 0.04, 0.03], 'bh');   // [0.03, 0.04, 0.04]
 */

export const ADJUSTMENTS = ['holm', 'bh', 'none'] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

/** The default adjustment of `partnersim compare`. */
export const DEFAULT_ADJUSTMENT: Adjustment = 'holm';

/** The adjusted p-values, in the input's order (see the module's description). */
export function adjustPValues(pValues: readonly (number | undefined)[], method: Adjustment): (number | undefined)[] {
  const tested = pValues.flatMap((p, i) => (p === undefined ? [] : [{ p, i }]));
  for (const { p } of tested) if (!(p >= 0 && p <= 1)) throw new Error(`adjustPValues: a p-value must lie in [0, 1], got ${p}`);
  const out: (number | undefined)[] = pValues.map(() => undefined);
  const m = tested.length;
  if (m === 0) return out;
  if (method === 'none') {
    for (const { p, i } of tested) out[i] = p;
    return out;
  }
  const sorted = [...tested].sort((a, b) => a.p - b.p || a.i - b.i);
  if (method === 'holm') {
    let running = 0;
    sorted.forEach(({ p, i }, k) => {
      running = Math.max(running, Math.min(1, (m - k) * p));
      out[i] = running;
    });
    return out;
  }
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = sorted[k];
    running = Math.min(running, Math.min(1, (m * p) / (k + 1)));
    out[i] = running;
  }
  return out;
}

/** Checks `--adjust`'s text. */
export function isAdjustment(text: string): text is Adjustment {
  return (ADJUSTMENTS as readonly string[]).includes(text);
}
