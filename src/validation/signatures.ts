/**
 * The signature table: for each origin and transit state of a scenario, over a set of
 * seeds, the share of seeds in which it signs a partnership during the run, the median
 * quarter of signature among those, and the shares of seeds in which it refuses at
 * least once and in which it stalls (at least `STALL_STEPS` steps as a candidate or
 * with a Common Agenda, and no partnership at the end: the definition of the `stalls`
 * pattern). A state that is a partner at step 0 signed before the run and is counted
 * apart (`atStart`). Pure: the runs come in, the table goes out.
 */
import { quarterOfStep, type Calendar } from '../calibration/dates.js';
import type { StateRow } from '../indicators/columns.js';

/** Steps as a candidate or with an agenda, without a partnership at the end, that make a stall (three years of quarters). */
export const STALL_STEPS = 12;

export interface SignatureRow {
  state: string;
  seeds: number;
  /** seeds in which the state is a partner at step 0 (signed before the run) */
  atStart: number;
  /** seeds in which it becomes a partner during the run */
  signed: number;
  /** median quarter of signature over the seeds that sign during the run; null when none does */
  medianDate: string | null;
  /** earliest and latest quarter of signature over those seeds */
  range: [string, string] | null;
  /** seeds with at least one refusal */
  refused: number;
  /** seeds in which it stalls */
  stalled: number;
}

/** The lower median of sorted numbers (a value that occurs, so it is a step). */
function lowerMedian(sorted: readonly number[]): number {
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * The table from each seed's state rows (state id -> rows by step, destinations left
 * out), in the order of `order` (states not listed follow, sorted).
 */
export function signatureTable(runs: readonly ReadonlyMap<string, readonly StateRow[]>[], calendar: Calendar, order: readonly string[] = []): SignatureRow[] {
  const ids = new Set<string>();
  for (const run of runs) for (const id of run.keys()) ids.add(id);
  const listed = order.filter((id) => ids.has(id));
  const rest = [...ids].filter((id) => !order.includes(id)).sort();
  return [...listed, ...rest].map((state) => {
    let atStart = 0;
    let refused = 0;
    let stalled = 0;
    const steps: number[] = [];
    for (const run of runs) {
      const rows = run.get(state) ?? [];
      if (rows.length === 0) continue;
      if (rows[0].status === 'partner') atStart += 1;
      else {
        const first = rows.find((r) => r.status === 'partner');
        if (first) steps.push(first.step);
      }
      if (rows.some((r) => r.status === 'refused')) refused += 1;
      const waiting = rows.filter((r) => r.status === 'candidate' || r.status === 'agenda').length;
      if (waiting >= STALL_STEPS && rows[rows.length - 1].status !== 'partner') stalled += 1;
    }
    steps.sort((a, b) => a - b);
    return {
      state,
      seeds: runs.length,
      atStart,
      signed: steps.length,
      medianDate: steps.length > 0 ? quarterOfStep(lowerMedian(steps), calendar) : null,
      range: steps.length > 0 ? [quarterOfStep(steps[0], calendar), quarterOfStep(steps[steps.length - 1], calendar)] : null,
      refused,
      stalled,
    };
  });
}
