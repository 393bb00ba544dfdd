/** Test ranges for the design tests: k parameters with unlike bounds. */
import type { ParameterRange } from '../../../src/experiments/designs/types.js';

export function makeRanges(k: number): ParameterRange[] {
  return Array.from({ length: k }, (_, i) => ({ path: `params.p${i}`, min: -2 + i, max: 3 + 2.5 * i }));
}

/** The unit coordinate of a value in its range. */
export function unit(value: number, range: ParameterRange): number {
  return (value - range.min) / (range.max - range.min);
}
