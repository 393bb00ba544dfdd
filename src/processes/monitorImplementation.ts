/**
 * Monitoring and evaluation, a technology of performance (docs/ODD.md §7.4).
 * True performance is produced from capacity and effort, y = K^alpha * a. The monitor
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
import { clamp01, isEngaged, type World } from '../world/world.js';
import { weightedEffort } from './chooseEffort.js';

export function monitorImplementation(world: World): void {
  const p = world.params.monitoring;
  const rng = world.streams.monitorImplementation;
  for (const i of world.partners) {
    const state = world.states[i];
    const noise = rng.normal();
    state.truePerformance = Math.pow(state.capacity, p.capacityElasticity) * weightedEffort(world, state);
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
