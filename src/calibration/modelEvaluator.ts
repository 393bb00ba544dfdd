/**
 * ABC-SMC's batch evaluator for the model: each proposal's replicates become
 * experiments of the sweep's evaluators (in process or the worker pool), run with the
 * `partnership` policy at the proposal's parameter values and seeds; each run is
 * summarised and scored against the targets. Results come back in proposal order,
 * whatever the order in which the runs finish.
 */
import { createHash } from 'node:crypto';
import type { Evaluator } from '../experiments/evaluators.js';
import type { Experiment } from '../experiments/experiments.js';
import type { RunOutput } from '../experiments/runExperiment.js';
import type { BatchEvaluator, Proposal } from './abcSmc.js';
import type { Calendar } from './dates.js';
import { summariseCompact, summariseRun } from './runSummary.js';
import { scoreRun, type ResolvedTarget } from './score.js';

export const CALIBRATION_POLICY = 'partnership';

/** The experiment of replicate r of a proposal. */
export function proposalExperiment(proposal: Proposal, replicate: number, paths: readonly string[]): Experiment {
  const values = Object.fromEntries(paths.map((p, k) => [p, proposal.theta[k]]));
  const id = createHash('sha256').update(JSON.stringify(['calibration', proposal.generation, proposal.index, replicate])).digest('hex').slice(0, 16);
  return { id, point: proposal.index, policy: CALIBRATION_POLICY, replicate: replicate + 1, seed: proposal.seeds[replicate], values };
}

/** Scores of one run's output against the targets. */
export function scoreOutput(output: RunOutput, targets: readonly ResolvedTarget[], calendar: Calendar): number[] {
  return scoreRun(targets, output.compact ? summariseCompact(output.compact) : summariseRun(output.states ?? '', output.timeseries), calendar);
}

export function modelBatchEvaluator(evaluator: Evaluator, paths: readonly string[], targets: readonly ResolvedTarget[], calendar: Calendar, signal?: AbortSignal): BatchEvaluator {
  return async (proposals) => {
    const runs = proposals.map((proposal) =>
      Promise.all(proposal.seeds.map((_, r) => evaluator.run(proposalExperiment(proposal, r, paths), signal).then((output) => scoreOutput(output, targets, calendar)))),
    );
    return Promise.all(runs);
  };
}
