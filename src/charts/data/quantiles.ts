/**
 * Quantiles of a stream in bounded memory. Up to `capacity` values a sketch keeps them
 * all and answers exactly (linear interpolation between order statistics, R's type 7);
 * past that it compacts deterministically (sort a full buffer, keep every other value
 * at twice the weight, alternating the offset: Manku, Rajagopalan and Lindsay 1998),
 * so memory grows with log(n) and the rank error stays small (well under 1% of n for
 * the 5th and 95th percentiles at the default capacity). No randomness is involved,
 * so the same table gives the same chart.
 *
 * @example
 * const s = new QuantileSketch();
 * [3, 1, 2].forEach((x) => s.add(x));
 * s.quantile(0.5); // 2
 */

export const DEFAULT_CAPACITY = 1024;

export class QuantileSketch {
  private readonly levels: number[][] = [[]];
  private readonly flips: number[] = [0];
  private n = 0;

  constructor(private readonly capacity = DEFAULT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 2 || capacity % 2 !== 0) throw new RangeError('capacity must be an even integer >= 2');
  }

  /** Number of finite values added (others are ignored). */
  get count(): number {
    return this.n;
  }

  /** True while every value is still kept (answers are exact). */
  get exact(): boolean {
    return this.levels.length === 1;
  }

  add(value: number): void {
    if (!Number.isFinite(value)) return;
    this.n++;
    this.levels[0].push(value);
    if (this.levels[0].length >= this.capacity) this.compact(0);
  }

  private compact(h: number): void {
    const buffer = this.levels[h].sort((a, b) => a - b);
    if (this.levels.length === h + 1) {
      this.levels.push([]);
      this.flips.push(0);
    }
    const offset = this.flips[h]++ % 2;
    for (let k = offset; k < buffer.length; k += 2) this.levels[h + 1].push(buffer[k]);
    this.levels[h] = [];
    if (this.levels[h + 1].length >= this.capacity) this.compact(h + 1);
  }

  /** The p-quantile (0 ≤ p ≤ 1); NaN when no value was added. */
  quantile(p: number): number {
    if (this.n === 0) return NaN;
    if (this.exact) {
      const sorted = [...this.levels[0]].sort((a, b) => a - b);
      const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
      const lo = Math.floor(h);
      return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }
    const items: [number, number][] = [];
    this.levels.forEach((level, h) => level.forEach((v) => items.push([v, 2 ** h])));
    items.sort((a, b) => a[0] - b[0]);
    const total = items.reduce((s, [, w]) => s + w, 0);
    const target = Math.min(1, Math.max(0, p)) * total;
    let cumulative = 0;
    for (const [v, w] of items) {
      cumulative += w;
      if (cumulative >= target) return v;
    }
    return items[items.length - 1][0];
  }
}

/** Exact type-7 quantile of a list (for tests and small groups). */
export function quantileOf(values: readonly number[], p: number): number {
  const s = new QuantileSketch(Math.max(2, values.length + (values.length % 2) + 2));
  values.forEach((v) => s.add(v));
  return s.quantile(p);
}
