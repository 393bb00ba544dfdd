/**
 * Emergent validation patterns, the kind that `partnersim patterns` scores over the
 * parameter space. A pattern is a function from the runs of one parameter point (every
 * seed, each seed with the worlds and policies the pattern needs) to one verdict per
 * seed: pass or fail, with its statistic. It is emergent: no single equation of the model
 * and no input gives it; each definition states its tolerance and the reason for it.
 * Checks that follow from one equation are verification, in src/validation/verification.ts.
 */
import type { StateRow } from '../../indicators/columns.js';

/**
 * The runs a pattern can ask for at a point and seed:
 * - `partnership`: the scenario under the partnership policy;
 * - `full-withdrawal`: the scenario under full withdrawal (rewards, ranking, monitoring,
 *   forum meetings and expert services stop half-way);
 * - `homogeneous`: the scenario's world with every origin and transit state given the
 *   same attributes (src/validation/homogeneous.ts), under the partnership policy.
 */
/** The columns of states.csv that the patterns read. */
export const PATTERN_STATE_COLUMNS = ['step', 'state', 'status', 'effort', 'responsibilisation', 'grade', 'reported', 'reacted'] as const;
export type PatternStateRow = Pick<StateRow, (typeof PATTERN_STATE_COLUMNS)[number]>;

/** One run as the patterns see it: each origin and transit state's rows, step by step (a ValidationRun of src/validation/runs.ts is one). */
export interface PatternRun {
  seed: number;
  states: Map<string, PatternStateRow[]>;
}

export const RUN_KINDS = ['partnership', 'full-withdrawal', 'homogeneous'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** One seed of a point: its replicate number, its seed and a run of each kind asked for. */
export interface SeedRuns {
  replicate: number;
  seed: number;
  runs: Partial<Record<RunKind, PatternRun>>;
}

/** What a pattern knows of the point beyond the runs. */
export interface PointContext {
  /** the bundled scenario's name (slug) */
  scenario: string;
  steps: number;
  /** the step at which full withdrawal takes effect */
  withdrawalStep: number;
}

export interface PointRuns {
  context: PointContext;
  /** by replicate, from 1 */
  seeds: SeedRuns[];
}

export interface SeedVerdict {
  pass: boolean;
  /** the pattern's statistic at this seed (NaN when undefined: then the seed fails) */
  value: number;
}

/**
 * `validation`: emergent, to be reproduced; `calibration`: a target the model was tuned
 * to on one world (reported, but its passing is not independent evidence).
 */
export type PatternKind = 'validation' | 'calibration';

export interface EmergentPattern {
  id: string;
  title: string;
  kind: PatternKind;
  /** the article's claim or the observation the pattern stands for */
  claim: string;
  statistic: string;
  tolerance: string;
  /** why this definition and this tolerance: the article's line or the literature */
  reason: string;
  /** the bundled scenarios it applies to (their slugs) */
  scenarios: readonly string[];
  needs: readonly RunKind[];
  evaluate(point: PointRuns): SeedVerdict[];
}

/** The run of a kind at a seed, or an error naming what is missing (a bug, not an input error). */
export function runOf(seed: SeedRuns, kind: RunKind): PatternRun {
  const run = seed.runs[kind];
  if (!run) throw new Error(`pattern evaluation: no ${kind} run at replicate ${seed.replicate}`);
  return run;
}
