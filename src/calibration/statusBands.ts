/**
 * The posterior predictive of each state's status timeline: over the draws of
 * `predict`, how many held each partnership status at each step. Written as
 * predict-states.csv (a row per state, step and status held by at least one draw),
 * which `partnersim chart --kind predictive` draws as bands.
 *
 * @example
 * const bands = new StatusBands(['MDA'], 64);
 * bands.add(summary); // one draw's RunSummary
 * bands.csv(calendar); // 'state,step,quarter,status,draws,share\nMDA,0,2005Q1,none,1,1\n...'
 */
import { PARTNERSHIP_STATUSES } from '../domain/vocabulary.js';
import { formatCsvNumber } from '../io/csv.js';
import { quarterOfStep, type Calendar } from './dates.js';
import type { RunSummary } from './score.js';

export const STATUS_BAND_COLUMNS = {
  state: 'state identifier (origin and transit states, in the scenario\'s order)',
  step: 'step index',
  quarter: 'the step as a quarter of the calendar',
  status: 'partnership status',
  draws: 'posterior draws whose state held the status at the step',
  share: 'draws / all draws',
} as const;

export class StatusBands {
  private readonly counts: Map<string, number[][]>;
  private n = 0;

  constructor(
    readonly states: readonly string[],
    readonly steps: number,
  ) {
    this.counts = new Map(states.map((s) => [s, Array.from({ length: steps }, () => new Array<number>(PARTNERSHIP_STATUSES.length).fill(0))]));
  }

  /** Counts one draw. */
  add(run: RunSummary): void {
    this.n++;
    for (const [state, bySteps] of this.counts) {
      for (let step = 0; step < this.steps; step++) {
        const status = run.statusAt(state, step);
        const k = status === undefined ? -1 : (PARTNERSHIP_STATUSES as readonly string[]).indexOf(status);
        if (k >= 0) bySteps[step][k]++;
      }
    }
  }

  get draws(): number {
    return this.n;
  }

  csv(calendar: Calendar): string {
    const lines = [Object.keys(STATUS_BAND_COLUMNS).join(',')];
    for (const state of this.states) {
      this.counts.get(state)!.forEach((byStatus, step) => {
        byStatus.forEach((count, k) => {
          if (count > 0) lines.push([state, step, quarterOfStep(step, calendar), PARTNERSHIP_STATUSES[k], count, formatCsvNumber(count / this.n)].join(','));
        });
      });
    }
    return lines.join('\n') + '\n';
  }
}
