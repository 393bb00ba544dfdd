/**
 * Sequential Monte Carlo approximate Bayesian computation (ABC-SMC), model-agnostic
 * and deterministic.
 *
 * Generation 0 draws N particles from the prior and accepts them all; it fixes each
 * target's scale (the median absolute deviation of its scores, unless given). Each
 * later generation g has a threshold ε_g, the weighted quantile α of the previous
 * generation's distances (Del Moral et al. 2012 adapt it the same way; on a discrete
 * scale that stalls, the next distance below ε_{g−1}: see nextEpsilon), and proposes
 * θ* = θ_j + L z: an ancestor θ_j drawn by weight from the previous population,
 * perturbed by a multivariate normal whose covariance is twice the previous population's
 * weighted covariance (Beaumont et al. 2009), L its Cholesky factor. A proposal is
 * simulated (`replicates` times, its scores averaged) and accepted when its distance
 * d = √(Σ_k w_k (s_k / scale_k)²) is at most ε_g. Accepted particles get importance
 * weights w_i ∝ π(θ_i) / Σ_j W_j K(θ_i | θ_j) (Toni et al. 2009; Beaumont et al. 2009).
 *
 * Determinism: proposal j of generation g draws its ancestor and perturbation from a
 * stream seeded by (seed, g, j) and its simulations get seeds derived from (seed, g, j,
 * replicate). Proposals go to the evaluator in batches whose size depends only on
 * counts already known (never on the number of workers or on timing), and a batch's
 * proposals are accepted in index order once the whole batch is back, never in order of
 * arrival: the output is a function of the settings and the seed alone. Proposal j plays
 * the part of "particle i, attempt a" of the textbook loop: the first N proposals
 * accepted, in index order, are the generation's particles (the tail of the last batch
 * past the N-th acceptance is simulated but not used, and counted).
 *
 * Stopping rules, checked between batches: the final threshold (a generation whose ε is
 * at most `minEpsilon` ends the run), the number of generations, a minimum acceptance
 * rate (a running estimate within the generation, once N proposals were made), a
 * maximum number of simulations (a batch is cut to the budget left, so the count never
 * exceeds it), and an external stop request (the caller's wall-time limit). A stop
 * inside a generation keeps its particles so far, flagged `partial`.
 *
 * References: Toni, Welch, Strelkowa, Ipsen and Stumpf (2009), J. R. Soc. Interface 6:
 * 187–202; Beaumont, Cornuet, Marin and Robert (2009), Biometrika 96: 983–990; Del Moral,
 * Doucet and Jasra (2012), Statistics and Computing 22: 1009–1020.
 */
import { createHash } from 'node:crypto';
import { createStream, type RandomStream } from '../engine/random.js';
import { affine, cholesky, mahalanobis2, weightedCovariance, type Matrix } from './linalg.js';
import { jointDensity, samplePrior, type Prior } from './priors.js';
import { effectiveSampleSize, madScale, normalise, weightedQuantile } from './weighted.js';

export interface AbcSettings {
  /** particles per generation, N */
  particles: number;
  /** generations, generation 0 (the prior) included */
  maxGenerations: number;
  /** ε_g is this weighted quantile of generation g−1's distances (default 0.5) */
  quantile: number;
  /** the final threshold: a generation with ε ≤ minEpsilon is the last (default 0) */
  minEpsilon: number;
  /** stop when the acceptance rate falls below this (default 0: never) */
  minAcceptanceRate: number;
  /** the most simulations to run, replicates counted (default Infinity) */
  maxSimulations: number;
  /** simulations per proposal, scores averaged (default 1) */
  replicates: number;
  /** the calibration's seed */
  seed: number;
  /** the kernel's covariance is this times the weighted covariance (default 2, Beaumont et al. 2009) */
  kernelScale: number;
  /**
   * 'global': one covariance, kernelScale times the population's (Beaumont et al. 2009);
   * 'local': the optimal local covariance of Filippi, Barnes, Cornebise and Stumpf
   * (2013), one per ancestor, from the previous particles within the new threshold
   */
  kernel: 'global' | 'local';
  /** the largest batch of proposals sent to the evaluator at once (default N) */
  maxBatch: number;
  /** the smallest batch (default 16) */
  minBatch: number;
}

export const DEFAULT_SETTINGS: Omit<AbcSettings, 'particles' | 'seed'> = {
  maxGenerations: 8,
  quantile: 0.5,
  minEpsilon: 0,
  minAcceptanceRate: 0,
  maxSimulations: Infinity,
  replicates: 1,
  kernelScale: 2,
  kernel: 'global',
  maxBatch: 0,
  minBatch: 16,
};

export interface AbcProblem {
  priors: readonly Prior[];
  /** one weight per target */
  weights: readonly number[];
  /** one fixed scale per target, or null for the MAD of generation 0 */
  scales: readonly (number | null)[];
}

export interface Proposal {
  generation: number;
  /** proposal index within its generation */
  index: number;
  theta: number[];
  /** one simulation seed per replicate */
  seeds: number[];
}

/** Simulates a batch: for each proposal, for each replicate, one raw score per target. */
export type BatchEvaluator = (proposals: readonly Proposal[]) => Promise<number[][][]>;

export interface Particle {
  /** the proposal index it came from */
  proposal: number;
  theta: number[];
  /** normalised importance weight */
  weight: number;
  distance: number;
  /** each target's raw score, averaged over replicates */
  scores: number[];
}

export type StopReason = 'final-threshold' | 'max-generations' | 'min-acceptance-rate' | 'max-simulations' | 'stop-requested';

export interface Generation {
  generation: number;
  epsilon: number;
  particles: Particle[];
  /** proposals simulated in this generation */
  proposals: number;
  /** proposals up to and including the last accepted one */
  proposalsUsed: number;
  simulations: number;
  acceptanceRate: number;
  ess: number;
  /** stopped before N particles were accepted */
  partial: boolean;
}

export interface AbcResult {
  generations: Generation[];
  scales: number[];
  stopReason: StopReason;
  simulations: number;
}

export interface BatchInfo {
  generation: number;
  epsilon: number;
  accepted: number;
  proposals: number;
  simulations: number;
}

export interface AbcHooks {
  /** asked between batches; true stops the run, keeping the partial generation */
  stopRequested?: () => boolean;
  onBatch?: (info: BatchInfo) => void;
  onGeneration?: (generation: Generation, result: { scales: number[] }) => void;
}

/**
 * The threshold of the generation after `previous`: the weighted quantile of its
 * distances, never below minEpsilon; when that would not go below previous's own ε
 * (scores on a discrete scale, where more than the quantile's share ties), the largest
 * distance below previous's ε instead, so the schedule keeps falling.
 */
export function nextEpsilon(previous: Generation, settings: Pick<AbcSettings, 'quantile' | 'minEpsilon'>): number {
  const distances = previous.particles.map((p) => p.distance);
  let epsilon = weightedQuantile(distances, previous.particles.map((p) => p.weight), settings.quantile);
  if (epsilon >= previous.epsilon) {
    const below = distances.filter((d) => d < previous.epsilon);
    epsilon = below.length > 0 ? Math.max(...below) : previous.epsilon;
  }
  return Math.max(settings.minEpsilon, epsilon);
}

function digest(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The random stream of proposal j of generation g. */
export function proposalStream(seed: number, generation: number, index: number): RandomStream {
  return createStream(digest(['abc-proposal', seed, generation, index]).slice(0, 32), 'proposal');
}

/** The simulation seed of replicate r of proposal j of generation g, in [0, 2^32). */
export function simulationSeed(seed: number, generation: number, index: number, replicate: number): number {
  return parseInt(digest(['abc-simulation', seed, generation, index, replicate]).slice(0, 8), 16);
}

/** The combined distance of scaled, weighted scores. */
export function combinedDistance(scores: readonly number[], scales: readonly number[], weights: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < scores.length; k++) {
    const v = scores[k] / scales[k];
    s += weights[k] * v * v;
  }
  return Math.sqrt(s);
}

function meanScores(replicates: readonly (readonly number[])[]): number[] {
  const out = new Array<number>(replicates[0].length).fill(0);
  for (const r of replicates) for (let k = 0; k < out.length; k++) out[k] += r[k] / replicates.length;
  return out;
}

interface Kernel {
  thetas: number[][];
  cumulative: number[];
  weights: number[];
  /** the Cholesky factor of each ancestor's covariance (all the same one for 'global') */
  l: Matrix[];
  /** log |Σ_j| / 2 of each (0 for 'global': a common constant cancels) */
  halfLogDet: number[];
}

function makeKernel(previous: readonly Particle[], settings: AbcSettings, epsilon: number): Kernel {
  const thetas = previous.map((p) => p.theta);
  const weights = previous.map((p) => p.weight);
  const cumulative: number[] = [];
  let c = 0;
  for (const w of weights) cumulative.push((c += w));
  if (settings.kernel === 'global') {
    const l = cholesky(weightedCovariance(thetas, weights).map((row) => row.map((v) => v * settings.kernelScale)));
    return { thetas, cumulative, weights, l: thetas.map(() => l), halfLogDet: thetas.map(() => 0) };
  }
  // Filippi et al. (2013): Σ_j = Σ_k w̃_k (θ_k − θ_j)(θ_k − θ_j)ᵀ over the previous particles
  // already within the new threshold (all of them when none is)
  let near = previous.filter((p) => p.distance <= epsilon);
  if (near.length < 2) near = [...previous];
  const total = near.reduce((s, p) => s + p.weight, 0);
  const d = thetas[0].length;
  const ls = thetas.map((anchor) => {
    const cov: Matrix = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const p of near) {
      for (let a = 0; a < d; a++) for (let b = 0; b <= a; b++) cov[a][b] += (p.weight / total) * (p.theta[a] - anchor[a]) * (p.theta[b] - anchor[b]);
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[b][a] = cov[a][b];
    return cholesky(cov);
  });
  return { thetas, cumulative, weights, l: ls, halfLogDet: ls.map((l) => l.reduce((s, row, i) => s + Math.log(row[i]), 0)) };
}

function pickAncestor(kernel: Kernel, u: number): number {
  const target = u * kernel.cumulative[kernel.cumulative.length - 1];
  let lo = 0;
  let hi = kernel.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kernel.cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function propose(settings: AbcSettings, problem: AbcProblem, generation: number, index: number, kernel: Kernel | null): Proposal {
  const random = proposalStream(settings.seed, generation, index);
  const d = problem.priors.length;
  let theta: number[] | null = null;
  if (!kernel) {
    theta = problem.priors.map((p) => samplePrior(p, random));
  } else {
    for (let attempt = 0; attempt < 100_000 && !theta; attempt++) {
      const j = pickAncestor(kernel, random.next());
      const z = Array.from({ length: d }, () => random.normal());
      const candidate = affine(kernel.thetas[j], kernel.l[j], z);
      if (jointDensity(problem.priors, candidate) > 0) theta = candidate;
    }
    if (!theta) throw new Error(`generation ${generation}: no perturbed proposal fell inside the prior's support`);
  }
  const seeds = Array.from({ length: settings.replicates }, (_, r) => simulationSeed(settings.seed, generation, index, r));
  return { generation, index, theta, seeds };
}

function importanceWeights(particles: readonly Particle[], problem: AbcProblem, kernel: Kernel | null): number[] {
  if (!kernel) return particles.map(() => 1 / particles.length);
  const raw = particles.map((p) => {
    let denominator = 0;
    for (let j = 0; j < kernel.thetas.length; j++) {
      denominator += kernel.weights[j] * Math.exp(-0.5 * mahalanobis2(p.theta, kernel.thetas[j], kernel.l[j]) - kernel.halfLogDet[j]);
    }
    return jointDensity(problem.priors, p.theta) / denominator;
  });
  return normalise(raw);
}

/** Runs ABC-SMC. `evaluate` simulates batches; `hooks` observe progress and may stop the run. */
export async function abcSmc(settingsIn: Partial<AbcSettings> & Pick<AbcSettings, 'particles' | 'seed'>, problem: AbcProblem, evaluate: BatchEvaluator, hooks: AbcHooks = {}): Promise<AbcResult> {
  const settings: AbcSettings = { ...DEFAULT_SETTINGS, ...settingsIn };
  if (!(settings.maxBatch > 0)) settings.maxBatch = settings.particles;
  const n = settings.particles;
  const targets = problem.weights.length;
  const generations: Generation[] = [];
  let scales: number[] = problem.scales.map((s) => s ?? NaN);
  let simulations = 0;
  let stopReason: StopReason = 'max-generations';
  let previousRate = 1;

  for (let g = 0; g < settings.maxGenerations; g++) {
    const previous = generations[g - 1];
    const epsilon = g === 0 ? Infinity : nextEpsilon(previous, settings);
    const kernel = g === 0 ? null : makeKernel(previous.particles, settings, epsilon);
    // generation 0 keeps raw scores until the scales are known
    const accepted: { proposal: Proposal; scores: number[] }[] = [];
    let proposals = 0;
    let proposalsUsed = 0;
    let generationSimulations = 0;
    let stop: StopReason | null = null;
    while (accepted.length < n) {
      if (hooks.stopRequested?.()) {
        stop = 'stop-requested';
        break;
      }
      const needed = n - accepted.length;
      const rate = proposals > 0 ? (accepted.length + 1) / (proposals + 1) : previousRate;
      let size = g === 0 ? Math.min(needed, settings.maxBatch) : Math.min(settings.maxBatch, Math.max(settings.minBatch, Math.ceil(needed / Math.max(rate, 1e-6))));
      const budget = Math.floor((settings.maxSimulations - simulations) / settings.replicates);
      size = Math.min(size, budget);
      if (size <= 0) {
        stop = 'max-simulations';
        break;
      }
      const batch = Array.from({ length: size }, (_, k) => propose(settings, problem, g, proposals + k, kernel));
      const results = await evaluate(batch);
      if (results.length !== batch.length) throw new Error(`the evaluator returned ${results.length} results for ${batch.length} proposals`);
      proposals += size;
      simulations += size * settings.replicates;
      generationSimulations += size * settings.replicates;
      for (let k = 0; k < batch.length && accepted.length < n; k++) {
        const replicates = results[k];
        if (replicates.length !== settings.replicates || replicates.some((r) => r.length !== targets)) {
          throw new Error(`proposal ${batch[k].index}: expected ${settings.replicates} replicate(s) of ${targets} score(s)`);
        }
        const scores = meanScores(replicates);
        if (g === 0 || combinedDistance(scores, scales, problem.weights) <= epsilon) {
          accepted.push({ proposal: batch[k], scores });
          proposalsUsed = batch[k].index + 1;
        }
      }
      if (accepted.length < n) proposalsUsed = proposals;
      hooks.onBatch?.({ generation: g, epsilon, accepted: accepted.length, proposals, simulations });
      if (accepted.length < n && settings.minAcceptanceRate > 0 && proposals >= n && accepted.length / proposals < settings.minAcceptanceRate) {
        stop = 'min-acceptance-rate';
        break;
      }
    }
    if (g === 0) scales = scales.map((s, k) => (Number.isNaN(s) ? madScale(accepted.map((a) => a.scores[k])) : s));
    const particles: Particle[] = accepted.map((a) => ({
      proposal: a.proposal.index,
      theta: a.proposal.theta,
      weight: 0,
      distance: combinedDistance(a.scores, scales, problem.weights),
      scores: a.scores,
    }));
    const weights = particles.length > 0 ? importanceWeights(particles, problem, kernel) : [];
    particles.forEach((p, i) => (p.weight = weights[i]));
    const acceptanceRate = proposalsUsed > 0 ? particles.length / proposalsUsed : 0;
    const generation: Generation = {
      generation: g,
      epsilon,
      particles,
      proposals,
      proposalsUsed,
      simulations: generationSimulations,
      acceptanceRate,
      ess: effectiveSampleSize(weights),
      partial: particles.length < n,
    };
    generations.push(generation);
    hooks.onGeneration?.(generation, { scales });
    previousRate = Math.max(acceptanceRate, 1e-6);
    if (stop) {
      stopReason = stop;
      break;
    }
    if (epsilon <= settings.minEpsilon) {
      stopReason = 'final-threshold';
      break;
    }
    if (settings.minAcceptanceRate > 0 && acceptanceRate < settings.minAcceptanceRate) {
      stopReason = 'min-acceptance-rate';
      break;
    }
  }
  return { generations, scales, stopReason, simulations };
}
