/**
 * The state's decision (docs/ODD.md §7.3). Each origin or transit state sets its
 * effort per pillar by a noisy, inert best response. Effort mixes an intrinsic part,
 * weighted by responsibilisation R, and an extrinsic part driven by incentives,
 * peer pressure and willingness against adoption cost and resistance:
 *
 *   target_p = R * a_int + (1 - R) * a_ext_p
 *   a_ext_p  = logistic(slope * (w_p * (I * c * E[r] + P_w * P) + W_w * W - C_w * (cost_p + Z) - offset))
 *   a_int    = norm + (1 - norm) * standard
 *   a_p     += adjustment * (target_p - a_p) + noise * N(0, 1)
 *
 * with w_p the destination's pillar weight relative to its largest, E[r] the expected
 * rewards (credibility as the state sees it x value x what the status promises; under conditionality every
 * engaged state is offered full rewards for compliance), c the contingency of
 * rewards on conduct (1 under conditionality, `softContingency` for soft rewards), and cost_p the
 * adoption cost, full on the border pillar and 30% on the others. Because effort
 * carries R, conduct persists after incentives stop.
 */
import { PILLARS, type PartnershipStatus } from '../domain/vocabulary.js';
import { clamp01, courtingDestination, isEngaged, logistic, type StateAgent, type World } from '../world/world.js';


/**
 * Share of full-partner rewards a state anticipates. Under conditionality the offer is
 * explicit for every engaged state (comply and be paid), so it anticipates all of it.
 */
export function anticipation(world: World, status: PartnershipStatus): number {
  if (world.params.partnership.conditional) return isEngaged(status) ? 1 : 0;
  return world.params.effort.anticipation[status];
}

/** Rewards a state expects this step, in utility units. */
export function expectedReward(world: World, state: StateAgent): number {
  if (world.incentivesStopped) return 0;
  // the destination's credibility as the state has learnt it (§7.10), not as the destination announces it
  return state.credibilitySeen * courtingDestination(world, state).fullValue * anticipation(world, state.status);
}

export function chooseEffort(world: World): void {
  const p = world.params.effort;
  const contingency = world.params.partnership.conditional ? 1 : world.params.partnership.softContingency;
  const rng = world.streams.chooseEffort;
  for (const i of world.partners) {
    const state = world.states[i];
    const dest = courtingDestination(world, state);
    const weights = dest.spec.pillarWeights;
    const top = Math.max(weights.mobility, weights.development, weights.border) || 1;
    const reward = p.incentiveWeight * contingency * expectedReward(world, state) + p.pressureWeight * state.pressure;
    const intrinsic = p.intrinsicNorm + (1 - p.intrinsicNorm) * state.standard;
    const R = state.responsibilisation;
    for (const pillar of PILLARS) {
      const noise = rng.normal();
      const drive =
        (weights[pillar] / top) * reward +
        p.willingnessWeight * state.willingness -
        p.costWeight * (p.pillarCost[pillar] * state.adoptionCost + state.resistance) -
        p.offset;
      const extrinsic = logistic(p.incentiveSlope * drive);
      const target = R * intrinsic + (1 - R) * extrinsic;
      state.effort[pillar] = clamp01(state.effort[pillar] + p.adjustment * (target - state.effort[pillar]) + p.noise * noise);
    }
  }
}

/** Effort weighted by the courting destination's pillar weights. */
export function weightedEffort(world: World, state: StateAgent): number {
  if (state.courtedBy < 0) return 0;
  const w = courtingDestination(world, state).spec.pillarWeights;
  const total = w.mobility + w.development + w.border;
  if (total <= 0) return (state.effort.mobility + state.effort.development + state.effort.border) / 3;
  return (w.mobility * state.effort.mobility + w.development * state.effort.development + w.border * state.effort.border) / total;
}
