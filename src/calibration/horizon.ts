/**
 * How long a calibration's runs must be: the fewest steps after which every target is
 * decided, met or not, whatever the run does later. A run stopped there (simulate's
 * `stopAfter`, so its rows are the first rows of the full run) gives every target the
 * score of the full run whenever the target is met, and a positive score whenever it is
 * not; only how far a late or missing event is from its date is capped, at the run's end
 * (scores: src/calibration/score.ts). Per kind of target, the steps it needs:
 *
 * - event at step t with a tolerance of k quarters: t + k + 1 (a first occurrence in
 *   steps 0 … t + k is seen; a later one, met or not, scores at least 1 quarter);
 * - non-event before step t: t (reached before t or not);
 * - indicator and share over steps t … u: u + 1;
 * - ordering: the whole horizon (no date bounds it).
 *
 * @example
 * targetsHorizon(resolved, { start: { year: 2005, quarter: 1 }, stepsPerYear: 4 }, 64); // 30 for eu-to-2011
 */
import { stepsOfQuarters, type Calendar } from './dates.js';
import type { ResolvedTarget } from './score.js';

/** The steps each target needs, in the order of the targets. */
export function stepsNeeded(targets: readonly ResolvedTarget[], calendar: Calendar, horizon: number): number[] {
  return targets.map(({ target, step, until }) => {
    switch (target.kind) {
      case 'event':
        return step + Math.ceil(stepsOfQuarters(target.tolerance, calendar)) + 1;
      case 'non-event':
        return step;
      case 'indicator':
      case 'share':
        return until + 1;
      case 'ordering':
        return horizon;
    }
  });
}

/** The fewest steps that decide every target, at most the horizon (and at least 1). */
export function targetsHorizon(targets: readonly ResolvedTarget[], calendar: Calendar, horizon: number): number {
  return Math.min(horizon, Math.max(1, ...stepsNeeded(targets, calendar, horizon)));
}
