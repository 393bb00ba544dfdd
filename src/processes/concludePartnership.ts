/**
 * Submodel 7.10 of the ODD (docs/ODD.md), quasi-contracts, and the flow of rewards they promise.
 *
 * A candidate that has stayed ready for the preparatory period signs a partnership:
 * mutual, non-binding commitments per pillar (the state's current effort plus a
 * margin). Nothing enforces them but monitoring and reputation.
 *
 * Each step the courting destination promises each state the share of full-partner
 * rewards its status carries (partner 1, agenda and candidate less; legal-mobility
 * slots and development funds), and keeps the promise with probability equal to its
 * credibility. Under conditionality every engaged state is promised full rewards, paid
 * only when its observed performance reaches the compliance threshold, and a share of them is withheld as a sanction
 * otherwise. A partner reliable enough for long enough obtains visa facilitation. From
 * the withdrawal shock on, nothing is promised or paid, and under the transfer variant
 * the ladder carries no rewards at all. The state's expectation adapts
 * to what is promised times credibility; what it expected but did not receive is an
 * unkept promise (it feeds resistance).
 */
import { PILLARS } from '../domain/vocabulary.js';
import { clamp01, courtingDestination, isEngaged, type StateAgent, type World } from '../world/world.js';

/** Share of full-partner rewards promised to each status. */
export function promisedShare(world: World, state: StateAgent): number {
  const p = world.params.partnership;
  // Classic conditionality: every engaged state is promised full rewards, paid on compliance.
  if (p.conditional) return isEngaged(state.status) ? 1 : 0;
  switch (state.status) {
    case 'partner':
      return 1;
    case 'agenda':
      return p.agendaShare;
    case 'candidate':
      return p.candidateShare;
    default:
      return 0;
  }
}

/** Signs a partnership between a state and the destination that courts it. */
export function signPartnership(world: World, state: StateAgent): void {
  const margin = world.params.partnership.commitmentMargin;
  const commitments = Object.fromEntries(PILLARS.map((p) => [p, clamp01(state.effort[p] + margin)])) as StateAgent['effort'];
  state.partnership = world.partnerships.length;
  world.partnerships.push({ index: state.partnership, destination: state.courtedBy, state: state.index, start: world.step, commitments, projects: 0 });
  state.status = 'partner';
  state.statusSince = world.step;
  state.eligibleSteps = 0;
}


export function concludePartnership(world: World): void {
  const p = world.params.partnership;
  const rng = world.streams.concludePartnership;
  for (const i of world.partners) {
    const state = world.states[i];
    const draw = rng.next();
    const dest = courtingDestination(world, state);
    if (state.status === 'candidate' && state.eligibleSteps >= dest.preparatoryPeriod) signPartnership(world, state);

    if (state.status === 'partner' && !state.visaFacilitated && world.step - state.statusSince >= p.visaAfter && state.beliefMean >= p.visaBelief) {
      state.visaFacilitated = true;
    }
    const visa = state.visaFacilitated && state.status === 'partner' ? dest.spec.visaFacilitation : 0;
    const promised = world.incentivesStopped || !world.variant.ladderRewards ? 0 : promisedShare(world, state) * dest.fullValue + visa;
    let delivered = draw < dest.credibility ? promised : 0;
    if (p.conditional && promised > 0 && state.observedPerformance < p.complianceThreshold) delivered = -p.sanctions * promised;
    dest.fundsPaid += Math.max(0, delivered);
    state.promised = promised;
    state.incentives = delivered;
    state.incentivesTotal += delivered;
    state.unkept = Math.max(0, state.expectedRewards - Math.max(0, delivered));
    state.expectedRewards += p.expectationAdjustment * (dest.credibility * promised - state.expectedRewards);

    // Legal-mobility slots delivered to its migrants: the share of quota kept this step.
    const quota = dest.spec.mobilityQuota * p.mobilityMultiplier * world.scale;
    const share = promised > 0 && delivered > 0 ? promisedShare(world, state) : 0;
    state.slotCarry += quota * share;
  }
}
