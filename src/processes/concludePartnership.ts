/**
 * Submodel 7.10 of the ODD (docs/ODD.md), quasi-contracts, and the flow of rewards they promise.
 *
 * A candidate that has stayed ready for the preparatory period signs a partnership:
 * mutual, non-binding commitments per pillar. The state commits to its current effort
 * plus a margin on each pillar (monitoring judges it against them, §7.4); the
 * destination commits to a legal-mobility quota, development funds, visa facilitation
 * after `visaAfter` steps of a reliable record, and `projects` expert services a step.
 * Nothing enforces them but monitoring and reputation.
 *
 * Each step the courting destination promises each state the share of full-partner
 * rewards its status carries (partner 1, agenda and candidate less; legal-mobility
 * slots and development funds), and keeps the promise with probability equal to its
 * credibility. Under conditionality every engaged state is promised full rewards, paid
 * only when its observed performance reaches the compliance threshold, and a share of them is withheld as a sanction
 * otherwise. A partner reliable enough for long enough obtains visa facilitation. From
 * the withdrawal shock on, nothing is promised or paid, and under the transfer variant
 * the ladder carries no rewards at all. The destination's delivery is
 * tracked: what it owed the state this step (the rewards due, plus `projectValue` per
 * committed project) against what it gave (the rewards paid, plus the committed
 * projects its experts delivered). The state learns the destination's credibility from
 * it, kappa += lambda * (kept / owed - kappa), and its expectation adapts to what is
 * promised times that credibility; what it expected but did not receive, and the value
 * of committed projects not delivered, are unkept promises (they feed resistance).
 *
 * The mobility pillar opens legal channels beyond its weight in performance: the
 * quota kept accrues slots to the state's migrants, and a destination's temporary work
 * scheme opens quota × multiplier × (effort on the mobility pillar) slots a step to a
 * partner's migrants, with return built in (moveMigrants).
 */
import { PILLARS } from '../domain/vocabulary.js';
import { clamp01, courtingDestination, isEngaged, type DestinationCommitments, type StateAgent, type World } from '../world/world.js';

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

/** What the destination that courts a state commits to when it signs with it. */
export function destinationCommitments(world: World, state: StateAgent): DestinationCommitments {
  const p = world.params.partnership;
  const spec = courtingDestination(world, state).spec;
  return { quota: spec.mobilityQuota * p.mobilityMultiplier, funds: spec.developmentFunds * p.aidMultiplier, visaAfter: p.visaAfter, projects: spec.projects };
}

/** Signs a partnership between a state and the destination that courts it. */
export function signPartnership(world: World, state: StateAgent): void {
  const margin = world.params.partnership.commitmentMargin;
  const commitments = Object.fromEntries(PILLARS.map((p) => [p, clamp01(state.effort[p] + margin)])) as StateAgent['effort'];
  state.partnership = world.partnerships.length;
  world.partnerships.push({
    index: state.partnership,
    destination: state.courtedBy,
    state: state.index,
    start: world.step,
    commitments,
    offer: destinationCommitments(world, state),
    projects: 0,
    projectsCounted: 0,
    projectsDue: 0,
  });
  state.status = 'partner';
  state.statusSince = world.step;
  state.eligibleSteps = 0;
}

/** Committed projects due to a state this step and, of them, those delivered since the last step. */
function projectsThisStep(world: World, state: StateAgent): { due: number; kept: number } {
  if (state.partnership < 0) return { due: 0, kept: 0 };
  const deal = world.partnerships[state.partnership];
  const fresh = deal.projects - deal.projectsCounted;
  deal.projectsCounted = deal.projects;
  if (state.status !== 'partner' || world.incentivesStopped) return { due: 0, kept: 0 };
  const due = deal.offer.projects;
  deal.projectsDue += due;
  return { due, kept: Math.min(fresh, due) };
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
    // Under conditionality nothing is owed to a state that does not comply: a sanction is no broken promise.
    const complies = !p.conditional || state.observedPerformance >= p.complianceThreshold;
    if (!complies && promised > 0) delivered = -p.sanctions * promised;
    dest.fundsPaid += Math.max(0, delivered);
    state.promised = promised;
    state.incentives = delivered;
    state.incentivesTotal += delivered;

    const projects = projectsThisStep(world, state);
    const owed = (complies ? promised : 0) + p.projectValue * projects.due;
    const kept = (complies ? Math.max(0, delivered) : 0) + p.projectValue * projects.kept;
    if (owed > 0) {
      state.owedTotal += owed;
      state.keptTotal += kept;
      state.credibilitySeen += p.credibilityLearning * (kept / owed - state.credibilitySeen);
    }
    state.unkept = Math.max(0, state.expectedRewards - Math.max(0, delivered)) + p.projectValue * (projects.due - projects.kept);
    state.expectedRewards += p.expectationAdjustment * (state.credibilitySeen * promised - state.expectedRewards);

    // Legal-mobility slots delivered to its migrants: the share of quota kept this step.
    const quota = dest.spec.mobilityQuota * p.mobilityMultiplier * world.scale;
    const share = promised > 0 && delivered > 0 ? promisedShare(world, state) : 0;
    state.slotCarry += quota * share;
    // The temporary work scheme: slots in proportion to the partner's effort on the mobility pillar.
    const scheme = dest.spec.temporaryWork;
    if (scheme && state.status === 'partner' && !world.incentivesStopped) {
      state.temporaryCarry += scheme.quota * p.mobilityMultiplier * world.scale * state.effort.mobility;
    }
  }
}
