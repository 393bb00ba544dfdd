/**
 * Submodel 7.7 of the ODD (docs/ODD.md), responsibilisation. R in [0, 1] is a slow variable. It rises,
 * with room (1 - R), through exposure to the technologies of agency (attending
 * dialogue, a signed declaration, a co-owned migration profile), of performance
 * (being monitored, ranked, trained) and through peer pressure; it erodes with
 * resistance, with adoption cost while engaged and, when crowding-out is on (classic
 * conditionality), with the share of conduct bought by explicit rewards. Sovereignty-
 * sensitive governments internalise external norms less (damping k_S):
 *
 *   dR = (1 - R)(1 - k_S * S)(r_a * agency + r_p * performance + r_s * P) - R(e_z * Z + e_c * C * engaged + e_x * rewardShare)
 */
import { clamp01, courtingDestination, isEngaged, type StateAgent, type World } from '../world/world.js';

/** Exposure to technologies of agency this step, in [0, 2.5]. */
export function agencyExposure(world: World, state: StateAgent): number {
  const w = world.params.responsibilisation.exposure;
  const declaration = state.status === 'partner' ? w.partnerDeclaration : state.status === 'candidate' || state.status === 'agenda' ? w.candidateDeclaration : 0;
  return (state.attended ? w.attended : 0) + declaration + (state.profiled ? w.profiled : 0);
}

/** Exposure to technologies of performance this step, in [0, 1.5]. */
export function performanceExposure(world: World, state: StateAgent): number {
  const w = world.params.responsibilisation.exposure;
  return (state.monitored ? w.monitored : 0) + (state.ranked ? w.ranked : 0) + (state.trained ? w.trained : 0);
}

export function internaliseNorms(world: World): void {
  const p = world.params.responsibilisation;
  for (const i of world.partners) {
    const state = world.states[i];
    const R = state.responsibilisation;
    const engaged = isEngaged(state.status) ? 1 : 0;
    const full = courtingDestination(world, state).fullValue;
    const rewardShare = full > 0 ? clamp01(state.incentives / full) : 0;
    const damping = 1 - p.sovereigntyDamping * state.sovereigntySensitivity;
    const growth = damping * (p.agencyRate * agencyExposure(world, state) + p.performanceRate * performanceExposure(world, state) + p.pressureRate * state.pressure);
    const erosion = p.resistanceErosion * state.resistance + p.costErosion * state.adoptionCost * engaged + p.crowdingOut * rewardShare;
    state.responsibilisation = clamp01(R + (1 - R) * growth - R * erosion);
  }
}
