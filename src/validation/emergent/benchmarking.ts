/**
 * Benchmarking reactions per annual report, on a world graded like the US Trafficking in
 * Persons report (scenarios/tip-scorecard.ts), against Kelley and Simmons ("Politics by
 * Number", AJPS 59(1), 2015; Kelley, Scorecard Diplomacy, 2017): governments reacted to
 * 13%, 17%, 37% and 51% of the ratings at the four tiers, and to 36% of downgrades
 * against 21% of unchanged ratings. The tier rates are marginal rates the submodel holds
 * by construction and the downgrade ratio was calibrated on this world, so this is a
 * calibration check (kind `calibration`); over the parameter space it says where the
 * calibration still holds. test/validation/benchmarking-tip.test.ts checks the same rates
 * at the scenario's defaults, pooled over five seeds.
 */
import type { EmergentPattern, PatternRun, PointRuns, SeedVerdict } from './types.js';
import { runOf } from './types.js';

export const KELLEY_SIMMONS = { tiers: [0.13, 0.17, 0.37, 0.51], downgraded: 0.36, unchanged: 0.21 } as const;
/** the tolerance on each rate */
export const RATE_TOLERANCE = 0.05;

export interface ReactionCounts {
  /** by grade 1..4: [ratings, reactions] */
  tiers: [number, number][];
  downgraded: [number, number];
  unchanged: [number, number];
}

/** Ratings and reactions of one run, per report, by grade and by change of grade since the state's previous report. */
export function reactionCounts(run: PatternRun): ReactionCounts {
  const counts: ReactionCounts = { tiers: [[0, 0], [0, 0], [0, 0], [0, 0]], downgraded: [0, 0], unchanged: [0, 0] };
  for (const rows of run.states.values()) {
    let before: number | undefined;
    for (const row of rows) {
      if (row.reported !== 1 || row.grade < 1) continue;
      const reacted = row.reacted === 1 ? 1 : 0;
      counts.tiers[row.grade - 1][0]++;
      counts.tiers[row.grade - 1][1] += reacted;
      if (before !== undefined && row.grade >= before) {
        const kind = row.grade > before ? counts.downgraded : counts.unchanged;
        kind[0]++;
        kind[1] += reacted;
      }
      before = row.grade;
    }
  }
  return counts;
}

/**
 * The worst excess of a rate over its allowed distance from the target: |rate − target|
 * minus (0.05 + 1.96 standard errors of a binomial share at the target over n), so that
 * a seed is not failed for its sampling noise alone; ≤ 0 passes. Infinity when a class
 * has no ratings.
 */
export function worstExcess(counts: ReactionCounts): number {
  const classes: [[number, number], number][] = [...counts.tiers.map((c, k) => [c, KELLEY_SIMMONS.tiers[k]] as [[number, number], number]), [counts.downgraded, KELLEY_SIMMONS.downgraded], [counts.unchanged, KELLEY_SIMMONS.unchanged]];
  let worst = -Infinity;
  for (const [[n, k], target] of classes) {
    if (n === 0) return Infinity;
    const allowed = RATE_TOLERANCE + 1.96 * Math.sqrt((target * (1 - target)) / n);
    worst = Math.max(worst, Math.abs(k / n - target) - allowed);
  }
  return worst;
}

export const benchmarking: EmergentPattern = {
  id: 'benchmarking',
  title: 'Reactions to scorecards by tier and after downgrades follow Kelley and Simmons',
  kind: 'calibration',
  claim: 'benchmarking makes the low-ranked and the downgraded react most (scorecard diplomacy)',
  statistic: 'largest distance of a reaction rate (per annual report: four tiers, downgraded, unchanged) from Kelley and Simmons beyond its allowance',
  tolerance: '<= 0: each rate within 0.05 of the published one, plus 1.96 binomial standard errors of the seed’s ratings in that class',
  reason:
    'Kelley and Simmons 2015 (13/17/37/51% by tier; 36% of downgrades, 21% of unchanged ratings, per annual report); ±0.05 is the issue’s tolerance, the standard-error allowance keeps one seed’s sampling noise from failing it',
  scenarios: ['tip-scorecard'],
  needs: ['partnership'],
  evaluate(point: PointRuns): SeedVerdict[] {
    return point.seeds.map((s) => {
      const value = worstExcess(reactionCounts(runOf(s, 'partnership')));
      return { pass: value <= 0, value };
    });
  },
};
