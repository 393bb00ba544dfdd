/**
 * A stylised Trafficking in Persons report: one destination grading about 180 states
 * once a year on absolute criteria, the way the US State Department's TIP report has
 * rated governments since 2001 (Tier 1, Tier 2, Watch List, Tier 3). It exists to
 * check the benchmarking submodel against what is known of scorecard diplomacy
 * (Kelley and Simmons 2015; Kelley 2017): the share of ratings followed by a
 * government reaction, by tier and after a downgrade, per annual report.
 *
 * What is set and why:
 * - 180 generated states (the report rated about 150 to 190 countries a year in its
 *   first decade), courted by the one destination 'DST'; no forums and no expert
 *   organisations, so that the report is the only technology of performance.
 * - The scoreboard grades every courted state (scope 'courted'), on criteria, once a
 *   year (every 4 quarterly steps). The cut-points on observed performance (0.24,
 *   0.01, -0.14: a noisy measurement, which can be negative) are set so that the first reports put about 17%, 47%, 24% and 12% of
 *   the rated states in the four tiers, the report's shares in its first decade
 *   (approximate, from the published tier lists): a calibration of the cut-points to
 *   those shares, not a measurement of the criteria themselves.
 * - Legislation: a reaction is a law (criminalisation of trafficking) with probability
 *   params.benchmarking.reactionLegislation; states.csv's `institutions` column shows
 *   the laws adopted, `grade` and `reported` the grade of each annual report.
 * - Everything else: the schema's defaults and the generator's spread (assumptions).
 */
import { defineScenario } from '../src/scenario/define.js';

export default defineScenario({
  name: 'tip-scorecard',
  description: 'A stylised US Trafficking in Persons report: one destination grades 180 generated states once a year on absolute criteria into four tiers; reactions follow scorecard diplomacy.',
  stepsPerYear: 4,
  steps: 40,
  migrants: 20000,
  generate: {
    states: 180,
    transitShare: 0.3,
    forums: 0,
    experts: 0,
    spread: 0.4,
    destination: {
      scoreboard: { grading: 'criterion', scope: 'courted', every: 4, cutPoints: [0.24, 0.01, -0.14] },
    },
  },
  params: {
    // The report observes every rated country as closely as an engaged one
    // (embassy reporting on each): assumption.
    monitoring: { unengagedNoise: 1 },
  },
});
