/**
 * The state's decision (docs/ODD.md §7.3). Each origin or transit state chooses its
 * effort per pillar by a noisy, inert best response: a logistic response to the net
 * value of effort, in which what drives conduct depends on the model variant
 * (src/variants/):
 *
 *   drive_p  = (w_p / max w) * (I_w * c * E[r] + P_w * P) + W_w * W + N_w * R * a_int
 *              - C_w * (cost_p * C + Z) - offset                       (governmentality)
 *   drive_p  = (w_p / max w) * I_w * c * E[r] + W_w * W - C_w * (cost_p * C + Z) - offset
 *                                                                     (incentives)
 *   drive_p  = T_w * sigma + W_w * W - C_w * (cost_p * C + Z) - offset  (transfer)
 *   a_int    = norm + (1 - norm) * standard
 *   target_p = logistic(slope * drive_p)
 *   a_p     += adjustment * (target_p - a_p) + noise * N(0, 1)
 *
 * with w_p the destination's pillar weight relative to its largest, E[r] the expected
 * rewards (credibility as the state sees it x value x what the status promises; under conditionality every
 * engaged state is offered full rewards for compliance; none under transfer, whose
 * ladder carries no rewards), c the contingency of rewards on conduct (1 under
 * conditionality, `softContingency` for soft rewards), and cost_p the adoption cost,
 * full on the border pillar and 30% on the others. The internalised norm is one term
 * of the drive, weighed against cost: a responsibilised state can still cut effort
 * when the cost is high, and a state can hold a status with low effort (decoupling).
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

/** Rewards a state expects this step, in utility units (none after withdrawal, nor where the ladder carries no rewards). */
export function expectedReward(world: World, state: StateAgent): number {
  if (world.incentivesStopped || !world.variant.ladderRewards) return 0;
  // the destination's credibility as the state has learnt it (§7.10), not as the destination announces it
  return state.credibilitySeen * courtingDestination(world, state).fullValue * anticipation(world, state.status);
}

/** The drive to effort on one pillar before the logistic (the equations above), without noise. */
export function effortDrive(world: World, state: StateAgent, pillar: (typeof PILLARS)[number]): number {
  const p = world.params.effort;
  const variant = world.variant;
  const cost = p.costWeight * (p.pillarCost[pillar] * state.adoptionCost + state.resistance);
  const base = p.willingnessWeight * state.willingness - cost - p.offset;
  if (variant.effort === 'learnt-practice') return p.practiceWeight * state.standard + base;
  const dest = courtingDestination(world, state);
  const weights = dest.spec.pillarWeights;
  const top = Math.max(weights.mobility, weights.development, weights.border) || 1;
  // Under conditionality the stake of compliance is the reward plus the sanction it avoids
  // (a state below the threshold loses `sanctions` × promised, §7.10), so a threatened
  // sanction raises the drive as a larger reward would; soft rewards depend on conduct
  // only as far as `softContingency` says.
  const pp = world.params.partnership;
  const contingency = pp.conditional ? 1 + pp.sanctions : pp.softContingency;
  const reward = p.incentiveWeight * contingency * expectedReward(world, state) + (variant.pressureInEffort ? p.pressureWeight * state.pressure : 0);
  const extrinsic = (weights[pillar] / top) * reward + base;
  if (variant.effort === 'incentives') return extrinsic;
  const intrinsic = p.intrinsicNorm + (1 - p.intrinsicNorm) * state.standard;
  return extrinsic + p.normWeight * state.responsibilisation * intrinsic;
}

export function chooseEffort(world: World): void {
  const p = world.params.effort;
  const rng = world.streams.chooseEffort;
  for (const i of world.partners) {
    const state = world.states[i];
    for (const pillar of PILLARS) {
      const noise = rng.normal();
      const target = logistic(p.incentiveSlope * effortDrive(world, state, pillar));
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
