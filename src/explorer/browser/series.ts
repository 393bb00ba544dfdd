/**
 * Numbers by step, one growable typed array per named series, filled as a side's rows
 * arrive: what the live charts draw, so that a redraw reads arrays and never walks the
 * rows again. A step with no value is NaN (a gap in a line).
 */
export class SeriesStore {
  private arrays = new Map<string, Float64Array>();
  private steps = 0;

  /** Steps held: one past the largest step set. */
  get length(): number {
    return this.steps;
  }

  set(key: string, step: number, value: number): void {
    let array = this.arrays.get(key);
    if (!array || array.length <= step) {
      const grown = new Float64Array(Math.max(64, 2 * step + 2)).fill(NaN);
      if (array) grown.set(array);
      array = grown;
      this.arrays.set(key, array);
    }
    array[step] = value;
    if (step >= this.steps) this.steps = step + 1;
  }

  has(key: string): boolean {
    return this.arrays.has(key);
  }

  /** The series' values at steps 0 to length − 1 (a view, not a copy). */
  get(key: string): Float64Array {
    const array = this.arrays.get(key);
    if (!array) return new Float64Array(this.steps).fill(NaN);
    if (array.length < this.steps) this.set(key, this.steps - 1, array[this.steps - 1] ?? NaN);
    return this.arrays.get(key)!.subarray(0, this.steps);
  }

  keys(): string[] {
    return [...this.arrays.keys()];
  }

  clear(): void {
    this.arrays.clear();
    this.steps = 0;
  }
}
