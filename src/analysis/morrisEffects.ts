/**
 * Morris elementary effects (Morris 1991, Technometrics 33: 161–174) and their summary
 * measures mu, mu* (Campolongo, Cariboni and Saltelli 2007, Environmental Modelling &
 * Software 22: 1509–1518) and sigma, from the trajectories of
 * src/experiments/designs/morris.ts.
 *
 * Along a trajectory, step s changes one parameter i by the signed step Δ (in unit-cube
 * terms, as design.csv's `delta`), so its elementary effect is
 * EE_i = (f(x_s) − f(x_{s−1})) / Δ: the change of the output per unit of the
 * parameter's range. Per parameter, over its r effects:
 *
 * - mu = mean EE (signed: effects of opposite sign cancel);
 * - mu* = mean |EE| (the usual importance measure);
 * - sigma = sample standard deviation of EE (n − 1 in the denominator, as SALib), a
 *   sign of interactions or non-linearity; undefined with r < 2;
 * - a percentile-bootstrap interval of mu*, resampling the parameter's effects.
 *
 * An effect whose two outputs are not both finite (a failed run) is left out; r counts
 * those that remain. For integer parameters the design's Δ is only approximately the
 * step that ran, and the effects inherit that approximation.
 *
 * @example
 * morrisIndices([[{ changed: '', delta: 0, output: 1 }, { changed: 'x', delta: 0.5, output: 2 }]], ['x'], options);
 * // [{ parameter: 'x', r: 1, mu: 2, muStar: 2, sigma: undefined, ... }]
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { bootstrapInterval, type BootstrapOptions, type Interval } from './bootstrap.js';

/** One point of a trajectory: the parameter changed to reach it ('' at step 0), the signed unit step, the output. */
export interface MorrisStep {
  changed: string;
  delta: number;
  output: number;
}

export interface MorrisIndex {
  parameter: string;
  /** number of elementary effects */
  r: number;
  mu?: number;
  muStar?: number;
  sigma?: number;
  muStarInterval?: Interval;
}

/** The elementary effects of one trajectory (steps in order), by parameter changed. */
export function elementaryEffects(trajectory: readonly MorrisStep[]): { parameter: string; effect: number }[] {
  const effects: { parameter: string; effect: number }[] = [];
  for (let s = 1; s < trajectory.length; s++) {
    const { changed, delta, output } = trajectory[s];
    const before = trajectory[s - 1].output;
    if (!changed || delta === 0 || !Number.isFinite(output) || !Number.isFinite(before)) continue;
    effects.push({ parameter: changed, effect: (output - before) / delta });
  }
  return effects;
}

/** mu, mu*, sigma and an interval of mu* per parameter, in the order of `parameters`. */
export function morrisIndices(trajectories: readonly (readonly MorrisStep[])[], parameters: readonly string[], options: BootstrapOptions): MorrisIndex[] {
  const byParameter = new Map<string, number[]>(parameters.map((p) => [p, []]));
  for (const trajectory of trajectories) {
    for (const { parameter, effect } of elementaryEffects(trajectory)) {
      const list = byParameter.get(parameter);
      if (!list) throw new Error(`morris indices: a trajectory changes "${parameter}", which is not among the parameters`);
      list.push(effect);
    }
  }
  return parameters.map((parameter) => {
    const ee = byParameter.get(parameter)!;
    const r = ee.length;
    if (r === 0) return { parameter, r };
    const abs = ee.map(Math.abs);
    return {
      parameter,
      r,
      mu: mean(ee),
      muStar: mean(abs),
      sigma: r >= 2 ? sampleStandardDeviation(ee) : undefined,
      muStarInterval: r >= 2 ? bootstrapInterval(r, (idx) => mean(idx.map((i) => abs[i])), options) : undefined,
    };
  });
}
