/**
 * Submodel 7.7 of the ODD (docs/ODD.md), responsibilisation (governmentality variant;
 * under the incentives and transfer variants R keeps its initial value). R in [0, 1] is
 * a slow variable. It rises, with room (1 - R), through exposure to the technologies of
 * agency (attending dialogue, a signed declaration, a co-owned migration profile), of
 * performance (being monitored, ranked, trained), through peer pressure, through the
 * state's own practice (an engaged state that carries out the partnership's conduct
 * comes to hold its norms: doing feeds believing) and through peer recognition (the
 * top grades of a public table). It erodes with resistance, with adoption cost while
 * engaged and, when crowding-out is on (classic conditionality), with the share of
 * conduct bought by explicit rewards; in a step in which no technology reaches the
 * state it slowly forgets. Sovereignty-sensitive governments internalise external
 * norms less (damping k_S):
 *
 *   dR = (1 - R)(1 - k_S * S)(r_a * agency + r_p * performance + r_s * P + r_d * practice + r_g * recognition)
 *        - R(e_z * Z + e_c * C * engaged + e_x * rewardShare + f * [not exposed])
 */
import { clamp01, courtingDestination, isEngaged, type StateAgent, type World } from '../world/world.js';
import { weightedEffort } from './chooseEffort.js';

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

/** Practice: the pillar-weighted effort of an engaged state, 0 otherwise. */
export function practice(world: World, state: StateAgent): number {
  return isEngaged(state.status) ? weightedEffort(world, state) : 0;
}

/** Peer recognition: 1 at the top grade of a public table, 0.5 at the second, while engaged and ranked. */
export function recognition(state: StateAgent): number {
  if (!state.ranked || !isEngaged(state.status)) return 0;
  return state.grade === 1 ? 1 : state.grade === 2 ? 0.5 : 0;
}

/** Whether a technology reached the state this step (a meeting attended, monitoring, a grade, a service). */
export function exposed(state: StateAgent): boolean {
  return state.attended || state.monitored || state.ranked || state.profiled || state.trained;
}

export function internaliseNorms(world: World): void {
  if (!world.variant.internalises) return;
  const p = world.params.responsibilisation;
  for (const i of world.partners) {
    const state = world.states[i];
    const R = state.responsibilisation;
    const engaged = isEngaged(state.status) ? 1 : 0;
    const full = courtingDestination(world, state).fullValue;
    const rewardShare = full > 0 ? clamp01(state.incentives / full) : 0;
    const damping = 1 - p.sovereigntyDamping * state.sovereigntySensitivity;
    const growth =
      damping *
      (p.agencyRate * agencyExposure(world, state) +
        p.performanceRate * performanceExposure(world, state) +
        p.pressureRate * state.pressure +
        p.practiceRate * practice(world, state) +
        p.recognitionRate * recognition(state));
    const erosion =
      p.resistanceErosion * state.resistance + p.costErosion * state.adoptionCost * engaged + p.crowdingOut * rewardShare + (exposed(state) ? 0 : p.forgetting);
    state.responsibilisation = clamp01(R + (1 - R) * growth - R * erosion);
  }
}
