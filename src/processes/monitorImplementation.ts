/**
 * Monitoring and evaluation, a technology of performance (docs/ODD.md §7.4).
 * True performance is produced from capacity and effort, y = K^alpha * a. A partner is
 * judged against the commitments of its quasi-contract as well: with k the
 * pillar-weighted share of its commitments it keeps, k = sum_p w_p min(1, a_p / c_p) / sum_p w_p,
 * y = K^alpha * ((1 - w_c) * a + w_c * k). The monitor
 * sees y plus its political bias plus noise; migration profiles (data quality Q) shrink
 * the noise, and states outside any dialogue are seen less clearly:
 *
 *   y_obs = y + b * bias + sigma * (1 - rho * Q) * m * N(0, 1)
 *
 * The courting destination updates its belief about the state by Normal-Normal
 * updating after slow forgetting (precision shrinks by a share phi each step), so that
 * reputation can be lost: tau' = (1 - phi) tau + 1/s^2, mu' = ((1 - phi) tau mu + y_obs/s^2) / tau'.
 * After a full withdrawal no one is monitored: the draw is made, nothing is observed,
 * the belief and the last observation stay as they were.
 */
import { PILLARS } from '../domain/vocabulary.js';
import { clamp01, courtingDestination, isEngaged, type StateAgent, type World } from '../world/world.js';
import { weightedEffort } from './chooseEffort.js';

/**
 * The pillar-weighted share of its own commitments a state keeps this step: each pillar
 * counts min(1, effort / commitment), a pillar with no commitment counts as kept. NaN
 * unless the state is a partner with a signed partnership.
 */
export function commitmentKept(world: World, state: StateAgent): number {
  if (state.status !== 'partner' || state.partnership < 0) return NaN;
  const c = world.partnerships[state.partnership].commitments;
  const w = courtingDestination(world, state).spec.pillarWeights;
  let total = 0;
  let kept = 0;
  for (const p of PILLARS) {
    // equal weights when the destination weighs no pillar
    const weight = w.mobility + w.development + w.border > 0 ? w[p] : 1;
    total += weight;
    kept += weight * (c[p] > 0 ? Math.min(1, state.effort[p] / c[p]) : 1);
  }
  return total > 0 ? kept / total : 1;
}

export function monitorImplementation(world: World): void {
  const p = world.params.monitoring;
  const rng = world.streams.monitorImplementation;
  for (const i of world.partners) {
    const state = world.states[i];
    const noise = rng.normal();
    const kept = commitmentKept(world, state);
    state.commitmentKept = kept;
    const judged = Number.isNaN(kept) ? weightedEffort(world, state) : (1 - p.commitmentWeight) * weightedEffort(world, state) + p.commitmentWeight * kept;
    state.truePerformance = Math.pow(state.capacity, p.capacityElasticity) * judged;
    if (world.technologiesStopped) {
      state.monitored = false;
      continue;
    }
    const engaged = isEngaged(state.status);
    const sd = Math.max(1e-6, p.noise * (1 - p.profileNoiseReduction * state.dataQuality) * (engaged ? 1 : p.unengagedNoise));
    // A noisy measurement, not clamped: clamping it to [0, 1] before the Normal update
    // would bias the belief about low performers upwards (for y = 0.05 and sd 0.3 the
    // mean clamped observation is about 0.15). The belief's mean is kept in [0, 1].
    const observed = state.truePerformance + p.biasWeight * state.politicalBias + sd * noise;
    state.observedPerformance = observed;
    // Being monitored as a technology of performance: under a partnership framework's scoreboard.
    state.monitored = state.status === 'candidate' || state.status === 'agenda' || state.status === 'partner';
    const prior = (1 - p.forgetting) * state.beliefPrecision;
    const precision = prior + 1 / (sd * sd);
    state.beliefMean = clamp01((prior * state.beliefMean + observed / (sd * sd)) / precision);
    state.beliefPrecision = precision;
  }
}
