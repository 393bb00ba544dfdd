/**
 * Conditional eligibility, two-sided (docs/ODD.md §7.9).
 *
 * The destination's side: readiness rho = w_b * belief + w_K * K + w_W * W. A state in
 * dialogue or with an agenda whose readiness reaches the entry threshold is offered
 * candidacy; in the middle band (agenda threshold to entry) a state in dialogue is
 * offered the lighter Common Agenda. Declining either offer from dialogue is a refusal. A candidate counts consecutive steps at or above
 * the entry threshold (the preparatory phase): a step between the two thresholds
 * restarts the count, and below the lower exit threshold it falls back to dialogue, so
 * status does not flicker. An agenda state below the exit threshold also falls back. Each step the destination also invites
 * `outreach` states with no status, the most ready first, to dialogue; an invited
 * state accepts with probability logistic(s * (W + T - S)) and otherwise refuses to
 * enter talks (Egypt).
 *
 * The state's side, the External Incentives Model (Schimmelfennig and Sedelmeier): it
 * accepts an offer with probability logistic(s * V), where
 *   V = (1 - k + k T) * kappa * value * share(offer) + statusGain + noAgreementCost - C - o * (Z + S),
 * where kappa is the destination's credibility as the state has learnt it (§7.10) and the
 * trust term discounts rewards promised by a non-binding quasi-contract.
 * (The cost of no agreement is often listed among the costs; since a high cost of no
 * agreement makes a state accept, it enters V with a plus sign.) A refusal lasts a
 * cool-off; then the state has no status again (a forum member re-enters dialogue at
 * its next meeting, others wait for the destination's outreach).
 *
 * The calendar of instruments decides which tiers the destination offers to each state
 * at each step: a closed tier (dialogue invitations, candidacy, the Common Agenda) is
 * not offered. A ready state to which candidacy is closed is offered the Common Agenda
 * when that tier is open (and readiness is above the agenda threshold); with both
 * closed, it stays in dialogue.
 */
import { clamp01, courtingDestination, logistic, tierOpen, type StateAgent, type World } from '../world/world.js';
import { anticipation } from './chooseEffort.js';

export function readiness(world: World, state: StateAgent): number {
  const p = world.params.eligibility;
  return p.beliefWeight * clamp01(state.beliefMean) + p.capacityWeight * state.capacity + p.willingnessWeight * state.willingness;
}

/** The state's net value of accepting an offer of the given status (External Incentives Model). */
export function acceptanceValue(world: World, state: StateAgent, offer: 'candidate' | 'agenda'): number {
  const p = world.params.eligibility;
  const dest = courtingDestination(world, state);
  // The quasi-contract binds no one: the promised rewards are worth what the state trusts them to be.
  const trusted = 1 - p.trustDiscount + p.trustDiscount * state.trust;
  const rewards = world.incentivesStopped || !world.variant.ladderRewards ? 0 : trusted * state.credibilitySeen * dest.fullValue * anticipation(world, offer);
  const opposition = p.oppositionWeight * (state.resistance + state.sovereigntySensitivity);
  return rewards + p.statusGain + state.noAgreementCost - state.adoptionCost - opposition;
}

function setStatus(world: World, state: StateAgent, status: StateAgent['status']): void {
  state.status = status;
  state.statusSince = world.step;
  if (status !== 'candidate') state.eligibleSteps = 0;
}

export function assessEligibility(world: World): void {
  const p = world.params.eligibility;
  const rng = world.streams.assessEligibility;
  const invited = new Map<number, number>();
  for (const d of world.destinations) {
    const dest = world.states[d].destination;
    if (dest) invited.set(d, world.step === 0 ? dest.spec.outreach : dest.spec.outreach + dest.outreachBonus);
  }
  const byReadiness = [...world.partners]
    .filter((i) => world.states[i].status === 'none' && tierOpen(world, world.states[i], 'dialogue'))
    .sort((a, b) => readiness(world, world.states[b]) - readiness(world, world.states[a]) || a - b);
  const inviting = new Set<number>();
  for (const i of byReadiness) {
    const d = world.states[i].courtedBy;
    const left = invited.get(d) ?? 0;
    if (left > 0) {
      inviting.add(i);
      invited.set(d, left - 1);
    }
  }
  for (const i of world.partners) {
    const state = world.states[i];
    const draw = rng.next();
    const dest = courtingDestination(world, state);
    const rho = readiness(world, state);
    const accepts = (offer: 'candidate' | 'agenda') => draw < logistic(p.acceptanceSlope * acceptanceValue(world, state, offer));
    switch (state.status) {
      case 'none':
        if (inviting.has(i)) {
          const accepts = draw < logistic(p.acceptanceSlope * (state.willingness + state.trust - state.sovereigntySensitivity));
          setStatus(world, state, accepts ? 'dialogue' : 'refused');
        }
        break;
      case 'dialogue':
      case 'agenda':
        if (state.status === 'agenda' && rho < dest.exitThreshold) {
          setStatus(world, state, 'dialogue');
        } else if (rho >= dest.entryThreshold && tierOpen(world, state, 'candidate')) {
          if (accepts('candidate')) setStatus(world, state, 'candidate');
          else if (state.status === 'dialogue') setStatus(world, state, 'refused');
        } else if (state.status === 'dialogue' && rho >= dest.agendaThreshold && tierOpen(world, state, 'agenda')) {
          setStatus(world, state, accepts('agenda') ? 'agenda' : 'refused');
        }
        break;
      case 'candidate':
        if (rho >= dest.entryThreshold) state.eligibleSteps += 1;
        else if (rho < dest.exitThreshold) setStatus(world, state, 'dialogue');
        else state.eligibleSteps = 0;
        break;
      case 'refused':
        if (world.step - state.statusSince >= p.refusalCooloff) setStatus(world, state, 'none');
        break;
      default:
        break;
    }
  }
}
