/**
 * Axis titles with units for every indicator and state column, and readable names for
 * policies, statuses and parameters. Counts per step say "per quarter" when the
 * scenario's calendar is known to be quarterly.
 *
 * @example
 * indicatorTitle('mean_effort');                      // 'Mean effort (index, 0–1)'
 * indicatorTitle('irregular_arrivals', 'quarter');    // 'Irregular arrivals (migrants per quarter)'
 */
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../indicators/columns.js';

const INDEX = 'index, 0–1';

/** [label, unit]; a unit containing `{per}` is a flow per time step. */
const TITLES: Record<string, [string, string]> = {
  partners: ['Partners', 'states'],
  candidates: ['Candidates', 'states'],
  agenda: ['States with a Common Agenda', 'states'],
  refusals: ['Refusals', 'states'],
  suspensions: ['Suspended partnerships', 'states'],
  mean_effort: ['Mean effort', INDEX],
  mean_capacity: ['Mean capacity', INDEX],
  mean_responsibilisation: ['Mean responsibilisation', INDEX],
  mean_emigration_restriction: ['Mean emigration restriction', INDEX],
  mean_resistance: ['Mean resistance', INDEX],
  irregular_arrivals: ['Irregular arrivals', 'migrants {per}'],
  regular_arrivals: ['Regular arrivals', 'migrants {per}'],
  returns_forced: ['Forced returns', 'migrants {per}'],
  returns_voluntary: ['Voluntary returns', 'migrants {per}'],
  diaspora_engaged: ['Diaspora engaged', 'migrants'],
  trusted_travellers: ['Trusted travellers', 'migrants'],
  migrants_prospective: ['Prospective migrants', 'migrants'],
  migrants_in_transit: ['Migrants in transit', 'migrants'],
  migrants_regular: ['Regular migrants', 'migrants'],
  migrants_irregular: ['Irregular migrants', 'migrants'],
  migrants_returned: ['Returned migrants', 'migrants'],
  expert_authority: ['Expert authority', INDEX],
  welfare_destination: ['Destination welfare', 'utility {per}'],
  welfare_origin: ['Origin and transit welfare', 'mean utility {per}'],
  welfare_migrants: ['Migrant welfare', 'mean utility {per}'],
  benefit_gini: ['Gini of incentives', '0–1'],
  expert_services: ['Expert services', 'services {per}'],
  mean_institutions: ['Mean institutions', 'share of maximum'],
  mean_trust: ['Mean trust', INDEX],
  mean_pressure: ['Mean peer pressure', INDEX],
  exits_blocked: ['Exits blocked', 'migrants {per}'],
  destination_policing: ['Destination policing', INDEX],
  destination_entry_threshold: ['Entry threshold of candidacy', 'readiness, 0–1'],
  destination_credibility: ['Destination credibility', 'probability a promise is kept'],
  destination_funds: ['Rewards paid', 'utility {per}'],
  mean_delivered_share: ['Share of promises delivered', 'mean share, 0–1'],
  mean_credibility_seen: ['Credibility seen by courted states', 'mean, 0–1'],
  mean_commitment_kept: ["Share of partners' commitments kept", 'mean share, 0–1'],
  expert_beyond_mandate: ['Expert services beyond the mandate', 'share since the start, 0–1'],
  temporary_workers: ['Temporary workers', 'migrants'],
  border_checks: ['Border inspections', 'migrants {per}'],
  refused_entry: ['Refused entry', 'migrants {per}'],
  regular_share_partner_origins: ['Regular share, partner nationals', 'share abroad, 0–1'],
  regular_share_other_origins: ['Regular share, other nationals', 'share abroad, 0–1'],
  regular_channel_rate_partner_origins: ['Regular arrivals, partner nationals', 'per 1,000 migrants {per}'],
  regular_channel_rate_other_origins: ['Regular arrivals, other nationals', 'per 1,000 migrants {per}'],
  forced_return_rate_partner_origins: ['Forced returns, partner nationals', 'per 1,000 abroad {per}'],
  forced_return_rate_other_origins: ['Forced returns, other nationals', 'per 1,000 abroad {per}'],
  voluntary_return_rate_partner_origins: ['Voluntary returns, partner nationals', 'per 1,000 irregular {per}'],
  voluntary_return_rate_other_origins: ['Voluntary returns, other nationals', 'per 1,000 irregular {per}'],
  trusted_share_partner_origins: ['Trusted travellers, partner nationals', 'share of regular, 0–1'],
  trusted_share_other_origins: ['Trusted travellers, other nationals', 'share of regular, 0–1'],
  // states.csv
  effort: ['Effort', INDEX],
  capacity: ['Capacity', INDEX],
  willingness: ['Willingness', INDEX],
  responsibilisation: ['Responsibilisation', INDEX],
  emigration_restriction: ['Emigration restriction', INDEX],
  resistance: ['Resistance', INDEX],
  observed_performance: ['Observed performance', 'measurement, can leave 0–1'],
  rank: ['Rank', '1 = top'],
  reputation: ['Reputation', INDEX],
  incentives: ['Incentives', 'utility {per}'],
  effort_mobility: ['Effort on legal mobility', INDEX],
  effort_development: ['Effort on development', INDEX],
  effort_border: ['Effort on border management', INDEX],
  institutions: ['Institutions', 'share of maximum'],
  detention_capacity: ['Detention capacity', INDEX],
  pressure: ['Peer pressure', INDEX],
  trust: ['Trust', INDEX],
  grade: ['Grade', '1 good practice to 4 bottom tier'],
  reported: ['Graded in a report', '1 = yes'],
  reacted: ['Reacted to a report', '1 = yes'],
  commitment_mobility: ['Commitment on legal mobility', INDEX],
  commitment_development: ['Commitment on development', INDEX],
  commitment_border: ['Commitment on border management', INDEX],
  commitment_kept: ['Share of own commitments kept', 'share, 0–1'],
  delivered_share: ['Share of promises delivered to it', 'share, 0–1'],
  credibility_seen: ['Credibility it sees', '0–1'],
  projects_delivered: ['Projects delivered', 'projects'],
  projects_due: ['Projects committed', 'projects'],
};

/** `mean_effort` → `Mean effort`. */
export function humanise(name: string): string {
  const text = name.replace(/[_.]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The name of an indicator or state column, without its unit. */
export function indicatorLabel(name: string): string {
  return TITLES[name]?.[0] ?? humanise(name);
}

/** The unit of an indicator ('' when unknown); `step` is the calendar's step ('quarter', 'year', or 'step'). */
export function indicatorUnit(name: string, step = 'step'): string {
  const unit = TITLES[name]?.[1];
  return unit === undefined ? '' : unit.replace('{per}', `per ${step}`);
}

/** `Label (unit)`, for an axis title. */
export function indicatorTitle(name: string, step = 'step'): string {
  const unit = indicatorUnit(name, step);
  return unit ? `${indicatorLabel(name)} (${unit})` : indicatorLabel(name);
}

/** What the column means (from the output contract), for tooltips and descriptions. */
export function indicatorDescription(name: string): string {
  return (TIMESERIES_COLUMNS as Record<string, string>)[name] ?? (STATE_COLUMNS as Record<string, string>)[name] ?? name;
}

/** A migrant or partnership status as a legend label: `in_transit` → `In transit`. */
export function statusLabel(status: string): string {
  return humanise(status);
}

/** A swept parameter path without its `params.` prefix: `params.benchmarking.pressureGain` → `benchmarking.pressureGain`. */
export function parameterLabel(path: string): string {
  return path.replace(/^params\./, '');
}
