/**
 * Cheap in-process simulators with closed-form posteriors for the checks of ABC-SMC.
 * Each toy's output is a `RunSummary`, scored by the same target code as the model.
 */
import { abcSmc, type AbcResult, type AbcSettings, type BatchEvaluator } from '../../src/calibration/abcSmc.js';
import type { Prior } from '../../src/calibration/priors.js';
import { resolveTargets, scoreRun, type RunSummary } from '../../src/calibration/score.js';
import { parseTargets } from '../../src/calibration/loadTargets.js';
import type { TargetsInput } from '../../src/calibration/targets.js';
import { createStream } from '../../src/engine/random.js';
import { normalCdf } from '../../src/calibration/priors.js';

export const CALENDAR = { start: { year: 2005, quarter: 1 }, stepsPerYear: 4 };

/** A summary whose indicators are given values at step 0 and whose events happen at given times. */
export function toySummary(indicators: Record<string, number>, events: Record<string, number> = {}, steps = 40): RunSummary {
  return {
    steps,
    firstStep: (state, status) => (status === 'partner' && state in events ? events[state] : null),
    statusAt: () => undefined,
    gradeAt: () => 0,
    indicator: (name) => indicators[name] ?? NaN,
  };
}

/** Runs ABC-SMC of a toy: `simulate(theta, seed)` gives the toy's summary. */
export async function runToy(
  config: Omit<TargetsInput, 'parameters'> & { priors: Prior[] },
  simulate: (theta: number[], seed: number) => RunSummary,
  settings: Partial<AbcSettings> & Pick<AbcSettings, 'particles' | 'seed'>,
): Promise<AbcResult> {
  const targets = parseTargets({ name: config.name, parameters: config.priors.map((prior, k) => ({ path: `toy.p${k}`, prior })), targets: config.targets });
  const resolved = resolveTargets(targets, { calendar: CALENDAR, steps: 40, states: ['A', 'B'], allStates: ['A', 'B'] });
  const evaluate: BatchEvaluator = async (proposals) => proposals.map((p) => p.seeds.map((seed) => scoreRun(resolved, simulate(p.theta, seed), CALENDAR)));
  return abcSmc(settings, { priors: config.priors, weights: resolved.map((t) => t.weight), scales: resolved.map((t) => t.scale) }, evaluate);
}

/** The Gaussian toy: y | x ~ N(x, 0.5²), observed through the indicator `partners`. */
export function gaussianToy(theta: number[], seed: number): RunSummary {
  return toySummary({ partners: theta[0] + 0.5 * createStream(seed, 'toy').normal() });
}

/** Weighted mean and sd of the last generation's first parameter. */
export function moments(result: AbcResult, k = 0): { mean: number; sd: number } {
  const last = result.generations[result.generations.length - 1].particles;
  const mean = last.reduce((s, p) => s + p.weight * p.theta[k], 0);
  const v = last.reduce((s, p) => s + p.weight * (p.theta[k] - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(v) };
}

/** The largest gap between the weighted empirical CDF of parameter k and a normal CDF. */
export function cdfGapToNormal(particles: readonly { theta: number[]; weight: number }[], mean: number, sd: number, k = 0): number {
  const sorted = [...particles].sort((a, b) => a.theta[k] - b.theta[k]);
  let cumulative = 0;
  let gap = 0;
  for (const p of sorted) {
    const f = normalCdf((p.theta[k] - mean) / sd);
    gap = Math.max(gap, Math.abs(f - cumulative));
    cumulative += p.weight;
    gap = Math.max(gap, Math.abs(f - cumulative));
  }
  return gap;
}
