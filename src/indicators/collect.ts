/**
 * Named reporters: one tidy timeseries row per step and one row per state and step,
 * with the columns of the output contract (src/indicators/columns.ts). The indicators
 * of UNDEFINED_INDICATORS are NaN (an empty cell) when what they average or compare is
 * absent; every other value is a finite number.
 */
import { MIGRANT_STATUSES, MigrantStatusCode as S } from '../domain/vocabulary.js';
import { weightedEffort } from '../processes/chooseEffort.js';
import { MAX_INSTITUTIONS, type DestinationAgent, type World } from '../world/world.js';
import type { StateRow, TimeseriesRow } from './columns.js';
import { gini } from './gini.js';
import { hierarchy } from './hierarchy.js';
import { countMigrants } from './migrantCounts.js';
import { destinationWelfare, migrantWelfare, originWelfare } from './welfare.js';
import { stepDate } from '../scenario/interventions.js';

export interface RunLabels {
  runId: string;
  scenario: string;
  policy: string;
  seed: number;
}

/** The mean over the origin and transit states; undefined (NaN) when there are none. */
function meanOver(world: World, value: (i: number) => number): number {
  const n = world.partners.length;
  if (n === 0) return NaN;
  let sum = 0;
  for (const i of world.partners) sum += value(i);
  return sum / n;
}

/** The destinations that court at least one state, in index order. */
function courtingDestinations(world: World): DestinationAgent[] {
  const courting = new Set(world.partners.map((i) => world.states[i].courtedBy));
  return world.destinations.filter((d) => courting.has(d)).map((d) => world.states[d].destination).filter((d): d is DestinationAgent => d !== null);
}

function meanOf(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export function timeseriesRow(world: World, labels: RunLabels): TimeseriesRow {
  const courting = courtingDestinations(world);
  const states = world.states;
  const count = (status: string) => world.partners.filter((i) => states[i].status === status).length;
  const { counts, diaspora, trusted, temporary } = countMigrants(world);
  const ranks = hierarchy(world);
  const owed = world.partners.filter((i) => states[i].owedTotal > 0);
  const partnersKept = world.partners.filter((i) => states[i].status === 'partner' && !Number.isNaN(states[i].commitmentKept));
  let delivered = 0;
  let beyond = 0;
  for (const e of world.experts) {
    delivered += e.deliveredTotal;
    beyond += e.beyondMandateTotal;
  }
  const partnerIncentives = world.partners.filter((i) => states[i].status === 'partner').map((i) => states[i].incentivesTotal);
  // the mean authority of no experts is undefined (NaN), not 0
  const authority = world.experts.length > 0 ? world.experts.reduce((a, e) => a + e.authority, 0) / world.experts.length : NaN;
  const t = world.tallies;
  if (MIGRANT_STATUSES.length !== counts.length) throw new Error('migrant statuses and counts disagree');
  return {
    run_id: labels.runId,
    scenario: labels.scenario,
    policy: labels.policy,
    seed: labels.seed,
    step: world.step,
    partners: count('partner'),
    candidates: count('candidate'),
    agenda: count('agenda'),
    refusals: count('refused'),
    suspensions: count('suspended'),
    mean_effort: meanOver(world, (i) => weightedEffort(world, states[i])),
    mean_capacity: meanOver(world, (i) => states[i].capacity),
    mean_responsibilisation: meanOver(world, (i) => states[i].responsibilisation),
    mean_emigration_restriction: meanOver(world, (i) => states[i].emigrationRestriction),
    mean_resistance: meanOver(world, (i) => states[i].resistance),
    irregular_arrivals: t.irregularArrivals,
    regular_arrivals: t.regularArrivals,
    returns_forced: t.returnsForced,
    returns_voluntary: t.returnsVoluntary,
    diaspora_engaged: diaspora,
    trusted_travellers: trusted,
    migrants_prospective: counts[S.prospective],
    migrants_in_transit: counts[S.in_transit],
    migrants_regular: counts[S.regular],
    migrants_irregular: counts[S.irregular],
    migrants_returned: counts[S.returned],
    expert_authority: authority,
    welfare_destination: destinationWelfare(world),
    welfare_origin: originWelfare(world),
    welfare_migrants: migrantWelfare(world, counts, trusted),
    benefit_gini: gini(partnerIncentives),
    expert_services: t.expertServices,
    mean_institutions: meanOver(world, (i) => states[i].institutions / MAX_INSTITUTIONS),
    mean_trust: meanOver(world, (i) => states[i].trust),
    mean_pressure: meanOver(world, (i) => states[i].pressure),
    exits_blocked: t.exitsBlocked,
    destination_policing: meanOf(courting.map((d) => d.policing)),
    destination_entry_threshold: meanOf(courting.map((d) => d.entryThreshold)),
    destination_credibility: meanOf(courting.map((d) => d.credibility)),
    destination_funds: courting.reduce((a, d) => a + d.fundsPaid, 0),
    mean_delivered_share: meanOf(owed.map((i) => states[i].keptTotal / states[i].owedTotal)),
    mean_credibility_seen: meanOver(world, (i) => states[i].credibilitySeen),
    mean_commitment_kept: meanOf(partnersKept.map((i) => states[i].commitmentKept)),
    expert_beyond_mandate: delivered > 0 ? beyond / delivered : NaN,
    temporary_workers: temporary,
    border_checks: t.borderChecks,
    refused_entry: t.refusedEntry,
    regular_share_partner_origins: ranks.partner.regularShare,
    regular_share_other_origins: ranks.other.regularShare,
    regular_channel_rate_partner_origins: ranks.partner.regularChannelRate,
    regular_channel_rate_other_origins: ranks.other.regularChannelRate,
    forced_return_rate_partner_origins: ranks.partner.forcedReturnRate,
    forced_return_rate_other_origins: ranks.other.forcedReturnRate,
    voluntary_return_rate_partner_origins: ranks.partner.voluntaryReturnRate,
    voluntary_return_rate_other_origins: ranks.other.voluntaryReturnRate,
    trusted_share_partner_origins: ranks.partner.trustedShare,
    trusted_share_other_origins: ranks.other.trustedShare,
    date: stepDate(world.step, world.scenario),
  };
}

export function stateRows(world: World, runId: string): StateRow[] {
  const date = stepDate(world.step, world.scenario);
  return world.states.map((s) => {
    const deal = s.partnership >= 0 ? world.partnerships[s.partnership] : null;
    return {
      run_id: runId,
      step: world.step,
      state: s.id,
      roles: s.roles.join('+'),
      status: s.destination && s.courtedBy < 0 ? 'none' : s.status,
      effort: weightedEffort(world, s),
      capacity: s.capacity,
      willingness: s.willingness,
      responsibilisation: s.responsibilisation,
      emigration_restriction: s.emigrationRestriction,
      resistance: s.resistance,
      observed_performance: s.observedPerformance,
      rank: s.rank,
      reputation: s.beliefMean,
      incentives: s.incentives,
      effort_mobility: s.effort.mobility,
      effort_development: s.effort.development,
      effort_border: s.effort.border,
      institutions: s.institutions / MAX_INSTITUTIONS,
      detention_capacity: s.detentionCapacity,
      pressure: s.pressure,
      trust: s.trust,
      grade: s.grade,
      adoption_cost: s.adoptionCost,
      sovereignty_sensitivity: s.sovereigntySensitivity,
      aid_dependence: s.aidDependence,
      peer_group: s.peerGroup,
      reported: s.reported ? 1 : 0,
      reacted: s.reacted ? 1 : 0,
      commitment_mobility: deal ? deal.commitments.mobility : NaN,
      commitment_development: deal ? deal.commitments.development : NaN,
      commitment_border: deal ? deal.commitments.border : NaN,
      commitment_kept: s.commitmentKept,
      delivered_share: s.owedTotal > 0 ? s.keptTotal / s.owedTotal : NaN,
      credibility_seen: s.courtedBy >= 0 ? s.credibilitySeen : NaN,
      projects_delivered: deal ? deal.projects : NaN,
      projects_due: deal ? deal.projectsDue : NaN,
      date,
    };
  });
}
