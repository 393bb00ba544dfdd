/**
 * `posterior`: the weighted particles of a calibration's posterior generation.
 *
 * - marginals: one panel per parameter over its prior's support, the posterior weight
 *   in each of `bins` equal bins (on a log axis, with bins equal in log, for a
 *   log-uniform prior) against the prior's mass in the same bins (a grey step), and the
 *   weighted median as a rule;
 * - pairs: the lower triangle of the scatter matrix, each particle a dot whose area is
 *   proportional to its weight, each axis its prior's support.
 *
 * The bins and the prior's masses are computed here, so the spec holds numbers only and
 * the same particles always give the same bytes.
 *
 * @example
 * posteriorMarginalsSpec(particles, [{ path: 'params.eligibility.statusGain', prior: { kind: 'uniform', min: 0, max: 0.4 } }], { time: STEP_AXIS });
 */
import { normalCdf, truncatedMass, type Prior } from '../../calibration/priors.js';
import { weightedQuantile } from '../../calibration/weighted.js';
import type { ChartSpec } from '../compile.js';
import { parameterLabel } from '../labels.js';
import { panelHeight, panelWidth, round6, type ChartContext } from './common.js';

/** A parameter of the calibration and its prior. */
export interface PosteriorParameter {
  path: string;
  prior: Prior;
}

/** A particle of the posterior generation: its values in the parameters' order, and its normalised weight. */
export interface PosteriorParticle {
  theta: readonly number[];
  weight: number;
}

export interface PosteriorOptions {
  /** bins of each marginal (default 20) */
  bins?: number;
  /** the generation drawn, named in the description */
  generation?: number;
}

const INK = '#222222';
const BAR = '#4477AA';
const PRIOR = '#8C8C8C';

const isLog = (prior: Prior) => prior.kind === 'log-uniform';

/** The edges of `bins` equal bins over the prior's support (equal in log for a log-uniform prior). */
export function binEdges(prior: Prior, bins: number): number[] {
  const [lo, hi] = [prior.min, prior.max];
  return Array.from({ length: bins + 1 }, (_, k) => (isLog(prior) ? Math.exp(Math.log(lo) + (Math.log(hi / lo) * k) / bins) : lo + ((hi - lo) * k) / bins));
}

/** The prior's mass between a and b. */
export function priorMass(prior: Prior, a: number, b: number): number {
  switch (prior.kind) {
    case 'uniform':
      return (b - a) / (prior.max - prior.min);
    case 'log-uniform':
      return Math.log(b / a) / Math.log(prior.max / prior.min);
    case 'normal':
      return (normalCdf((b - prior.mean) / prior.sd) - normalCdf((a - prior.mean) / prior.sd)) / truncatedMass(prior);
  }
}

/** The posterior weight in each bin (a value on an inner edge goes to the bin above it; the top edge to the last bin). */
export function binWeights(values: readonly number[], weights: readonly number[], edges: readonly number[]): number[] {
  const out = new Array<number>(edges.length - 1).fill(0);
  values.forEach((v, i) => {
    let k = 0;
    while (k < out.length - 1 && v >= edges[k + 1]) k++;
    out[k] += weights[i];
  });
  return out;
}

function axisFor(parameter: PosteriorParameter, field: string, title = true): Record<string, unknown> {
  return {
    field,
    type: 'quantitative',
    title: title ? parameterLabel(parameter.path) : null,
    scale: { type: isLog(parameter.prior) ? 'log' : 'linear', domain: [round6(parameter.prior.min), round6(parameter.prior.max)], nice: false, ...(isLog(parameter.prior) ? {} : { zero: false }) },
    axis: { format: '.3~g', tickCount: 4, labelFlush: true },
  };
}

export function posteriorMarginalsSpec(particles: readonly PosteriorParticle[], parameters: readonly PosteriorParameter[], context: ChartContext, options: PosteriorOptions = {}): ChartSpec {
  const bins = options.bins ?? 20;
  const weights = particles.map((p) => p.weight);
  const panels = parameters.map((parameter, k) => {
    const values = particles.map((p) => p.theta[k]);
    const edges = binEdges(parameter.prior, bins);
    const posterior = binWeights(values, weights, edges);
    const rows = posterior.map((w, b) => ({ from: round6(edges[b]), to: round6(edges[b + 1]), posterior: round6(w), prior: round6(priorMass(parameter.prior, edges[b], edges[b + 1])) }));
    // the prior as a step: each bin's mass held across the bin, the last edge closing it
    const steps = rows.flatMap((r) => [{ at: r.from, prior: r.prior }, { at: r.to, prior: r.prior }]);
    const median = round6(weightedQuantile(values, weights, 0.5));
    const x = axisFor(parameter, 'from');
    const y = { type: 'quantitative', title: k === 0 ? ['Share of the weight per bin', '(dashed: the prior)'] : null, axis: { format: '.0%', tickCount: 4 } };
    return {
      width: panelWidth(context, 130),
      height: panelHeight(context, 90),
      layer: [
        { data: { values: rows }, mark: { type: 'rect', color: BAR, opacity: 0.85, stroke: 'white', strokeWidth: 0.3 }, encoding: { x, x2: { field: 'to' }, y: { ...y, field: 'posterior' }, y2: { datum: 0 } } },
        { data: { values: steps }, mark: { type: 'line', color: PRIOR, strokeWidth: 1, strokeDash: [3, 2], interpolate: 'linear' }, encoding: { x: { ...x, field: 'at' }, y: { ...y, field: 'prior' }, order: { field: 'at', type: 'quantitative' } } },
        { data: { values: [{ median }] }, mark: { type: 'rule', color: INK, strokeWidth: 1 }, encoding: { x: { ...x, field: 'median' } } },
      ],
    };
  });
  const columns = Math.min(3, parameters.length);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < panels.length; i += columns) rows.push({ hconcat: panels.slice(i, i + columns) });
  return {
    description: `Posterior marginals${options.generation !== undefined ? ` (generation ${options.generation})` : ''}: share of the particles' weight per bin (bars) against the prior's (dashed), the weighted median as a rule`,
    vconcat: rows,
    spacing: 14,
  } as unknown as ChartSpec;
}

export function posteriorPairsSpec(particles: readonly PosteriorParticle[], parameters: readonly PosteriorParameter[], context: ChartContext, options: PosteriorOptions = {}): ChartSpec {
  const values = particles.map((p) => ({ ...Object.fromEntries(p.theta.map((v, k) => [`p${k}`, round6(v)])), weight: round6(p.weight) }));
  const largest = Math.max(...particles.map((p) => p.weight), 1e-12);
  const side = panelWidth(context, 90);
  const rows: Record<string, unknown>[] = [];
  for (let a = 1; a < parameters.length; a++) {
    const cells: Record<string, unknown>[] = [];
    for (let b = 0; b < a; b++) {
      cells.push({
        width: side,
        height: panelHeight(context, side),
        mark: { type: 'circle', color: BAR, opacity: 0.5, strokeWidth: 0 },
        encoding: {
          x: axisFor(parameters[b], `p${b}`, a === parameters.length - 1),
          y: axisFor(parameters[a], `p${a}`, b === 0),
          size: { field: 'weight', type: 'quantitative', scale: { domain: [0, round6(largest)], range: [0, 24] }, legend: null },
        },
      });
    }
    rows.push({ hconcat: cells, spacing: 6 });
  }
  return {
    description: `Posterior pairs${options.generation !== undefined ? ` (generation ${options.generation})` : ''}: every particle in each pair of parameters, its area proportional to its weight`,
    data: { values },
    vconcat: rows,
    spacing: 6,
  } as unknown as ChartSpec;
}
