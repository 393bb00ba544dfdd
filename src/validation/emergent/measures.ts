/** Small measures on one run's state trajectories that several patterns share. */
import { firstStep } from '../runs.js';
import type { PatternRun, PatternStateRow } from './types.js';

/** The states that ever become partners, in the order of their first signature (ties by state id). */
export function partnerOrder(run: PatternRun): { state: string; step: number }[] {
  return [...run.states.entries()]
    .map(([state, rows]) => ({ state, step: firstStep(rows, 'partner') }))
    .filter((p) => Number.isFinite(p.step))
    .sort((a, b) => a.step - b.step || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
}

/** A state's row at a step (rows are one per step from 0). */
export function rowAt(rows: readonly PatternStateRow[], step: number): PatternStateRow {
  return rows[Math.max(0, Math.min(rows.length - 1, step))];
}

/**
 * The percentile rank of `value` among `values` (which include it): the share below plus
 * half the share tied, so that a value tied with every other ranks 0.5.
 */
export function percentileRank(value: number, values: readonly number[]): number {
  const below = values.filter((v) => v < value).length;
  const tied = values.filter((v) => v === value).length;
  return (below + 0.5 * tied) / values.length;
}
