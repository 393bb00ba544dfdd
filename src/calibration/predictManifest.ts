/**
 * predict.json: what a `partnersim predict` folder holds, so that it can be read (and
 * charted) without its calibration folder: the scenario, its calendar, the draws, and
 * the dates the calibration's targets observed (an event's date with its tolerance, a
 * non-event's "not before" date), in steps of the calendar.
 */
import { stepsOfQuarters, type Calendar } from './dates.js';
import type { ResolvedTarget } from './score.js';

export const PREDICT_MANIFEST = 'predict.json';
export const PREDICT_MANIFEST_FORMAT = 'partnersim-predict/1';

/** A date a target observed. */
export interface TargetDate {
  target: string;
  state: string;
  status: string;
  kind: 'event' | 'non-event';
  step: number;
  /** an event's tolerance in steps */
  tolerance?: number;
}

export interface PredictManifest {
  format: typeof PREDICT_MANIFEST_FORMAT;
  /** the calibration folder the draws came from */
  calibration: string;
  scenario: { name: string; slug: string; file: string };
  calendar: Calendar;
  draws: number;
  seed: number;
  steps: number;
  generation: number;
  observed: TargetDate[];
  files: Record<string, unknown>;
}

/** The dates of the event and non-event targets. */
export function observedDates(targets: readonly ResolvedTarget[], calendar: Calendar): TargetDate[] {
  return targets.flatMap((t): TargetDate[] => {
    if (t.target.kind === 'event') return [{ target: t.id, state: t.target.state, status: t.target.status, kind: 'event', step: t.step, tolerance: Math.ceil(stepsOfQuarters(t.target.tolerance, calendar)) }];
    if (t.target.kind === 'non-event') return [{ target: t.id, state: t.target.state, status: t.target.status, kind: 'non-event', step: t.step }];
    return [];
  });
}
