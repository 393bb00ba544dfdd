/**
 * The output contract: column names of `timeseries.csv` and `states.csv`, in order.
 * Other commands and users' scripts rely on these names: extend, never rename.
 */

/** Columns of `timeseries.csv`, one row per step, with a one-line description each. */
export const TIMESERIES_COLUMNS = {
  run_id: 'identifier of the run',
  scenario: 'scenario name',
  policy: 'policy name',
  seed: 'seed of the run',
  step: 'step index, 0 for the first quarter',
  partners: 'states whose status is partner',
  candidates: 'states in the preparatory phase (candidate)',
  agenda: 'states with a Common Agenda (the lighter tier)',
  refusals: 'states whose status is refused',
  suspensions: 'states whose partnership is suspended',
  mean_effort: 'mean effort (pillar-weighted) of origin and transit states',
  mean_capacity: 'mean capacity of origin and transit states',
  mean_responsibilisation: 'mean responsibilisation of origin and transit states',
  mean_emigration_restriction: "mean restriction on citizens' exit",
  mean_resistance: 'mean domestic resistance',
  irregular_arrivals: 'irregular arrivals at destinations this step',
  regular_arrivals: 'arrivals through regular channels this step',
  returns_forced: 'forced returns (readmissions) this step',
  returns_voluntary: 'assisted voluntary returns this step',
  diaspora_engaged: 'migrants engaged in diaspora programmes',
  trusted_travellers: 'migrants enrolled as trusted travellers',
  migrants_prospective: 'migrants at home who may leave',
  migrants_in_transit: 'migrants on an irregular route',
  migrants_regular: 'migrants abroad with a regular status',
  migrants_irregular: 'migrants abroad without a regular status',
  migrants_returned: 'migrants returned to their state of origin',
  expert_authority: 'mean authority of expert organisations (empty without experts)',
  welfare_destination: 'welfare of destinations this step (utility units)',
  welfare_origin: 'mean welfare of origin and transit states this step (utility units)',
  welfare_migrants: 'mean utility of migrants this step',
  benefit_gini: 'Gini coefficient of cumulative incentives among partners (empty with fewer than two partners)',
  expert_services: 'services delivered by expert organisations this step',
  mean_institutions: 'mean migration institutions and laws (share of the maximum)',
  mean_trust: 'mean trust of origin and transit states',
  mean_pressure: 'mean peer pressure from public benchmarking',
  exits_blocked: "irregular departures stopped by exit controls on citizens this step",
  destination_policing: 'policing intensity of the destinations that court states (mean over them)',
  destination_entry_threshold: 'readiness a state needs to be offered candidacy (mean over courting destinations; rises with excess arrivals, bounded, and loosens)',
  destination_credibility: 'probability that a courting destination keeps a promise this step (mean over them)',
  destination_funds: 'rewards paid to courted states this step, summed over destinations (utility units; sanctions not counted)',
  mean_delivered_share: "mean over courted states owed anything so far of the share of what the destination owed them (rewards due and committed projects) that it delivered (empty when none was owed anything)",
  mean_credibility_seen: "mean credibility of the courting destination as origin and transit states see it, learnt from promises kept and broken",
  mean_commitment_kept: 'mean over partners of the pillar-weighted share of their own commitments they keep this step (empty without partners)',
  expert_beyond_mandate: 'share of the services expert organisations delivered since the start that lie outside their formal mandates (empty before any service)',
  temporary_workers: 'migrants abroad on a temporary work scheme',
  border_checks: 'border inspections of regular migrants crossing this step',
  refused_entry: 'regular migrants refused entry at an inspection this step (sent home; the refusal goes on their record)',
  regular_share_partner_origins: 'share of the nationals abroad of partner states (status partner) who hold a regular status (empty when none abroad)',
  regular_share_other_origins: 'share of the nationals abroad of the other origin states who hold a regular status (empty when none abroad)',
  regular_channel_rate_partner_origins: 'regular arrivals this step per 1,000 migrants of partner states (empty without any)',
  regular_channel_rate_other_origins: 'regular arrivals this step per 1,000 migrants of the other origin states (empty without any)',
  forced_return_rate_partner_origins: 'forced returns this step per 1,000 nationals of partner states abroad or in transit (empty when none)',
  forced_return_rate_other_origins: 'forced returns this step per 1,000 nationals of the other origin states abroad or in transit (empty when none)',
  voluntary_return_rate_partner_origins: 'assisted voluntary returns this step per 1,000 irregular nationals of partner states abroad or in transit (empty when none)',
  voluntary_return_rate_other_origins: 'assisted voluntary returns this step per 1,000 irregular nationals of the other origin states abroad or in transit (empty when none)',
  trusted_share_partner_origins: 'share of the regular nationals abroad of partner states enrolled as trusted travellers (empty when none)',
  trusted_share_other_origins: 'share of the regular nationals abroad of the other origin states enrolled as trusted travellers (empty when none)',
  date: "calendar quarter in which the step begins, e.g. 2011Q2 (from the scenario's start and steps per year)",
} as const;

/** Columns of `states.csv`, one row per state and step. */
export const STATE_COLUMNS = {
  run_id: 'identifier of the run',
  step: 'step index',
  state: 'state identifier',
  roles: "roles held, joined by '+'",
  status: 'partnership status',
  effort: 'effort this step, pillar-weighted',
  capacity: 'administrative capacity',
  willingness: 'willingness to cooperate',
  responsibilisation: 'internalised partnership norms',
  emigration_restriction: "restriction on citizens' exit",
  resistance: 'domestic resistance',
  observed_performance: "the monitor's last observation, a noisy measurement that can fall outside [0, 1] (the prior mean before any)",
  rank: 'rank in its public league table (0: not ranked)',
  reputation: "the destination's belief about its reliability",
  incentives: 'incentives delivered this step (utility units)',
  effort_mobility: 'effort on the legal-mobility pillar',
  effort_development: 'effort on the migration-and-development pillar',
  effort_border: 'effort on the border-management pillar',
  institutions: 'migration institutions and laws (share of the maximum)',
  detention_capacity: 'detention capacity',
  pressure: 'peer pressure from public benchmarking',
  trust: 'trust towards the destination and peers',
  grade: 'grade in its league table: 1 good practice to 4 bottom (0: not graded)',
  adoption_cost: 'cost of adopting the demanded policies (as drawn for this run)',
  sovereignty_sensitivity: 'sensitivity to interference in sovereign matters (as drawn for this run)',
  aid_dependence: 'dependence on aid (as drawn for this run)',
  peer_group: "the public league table the rank refers to: a forum's id, or scoreboard-<destination> (empty: not ranked)",
  reported: '1 when a public report graded the state this step (a forum meeting or a scoreboard report), else 0',
  reacted: '1 when the state reacted to a report this step (pressure; with probability reactionLegislation a law), else 0',
  commitment_mobility: 'effort on the legal-mobility pillar the state committed to in its partnership (empty without one)',
  commitment_development: 'effort on the migration-and-development pillar it committed to (empty without a partnership)',
  commitment_border: 'effort on the border-management pillar it committed to (empty without a partnership)',
  commitment_kept: 'pillar-weighted share of its own commitments it keeps this step, as monitoring judges it (empty unless a monitored partner)',
  delivered_share: 'share of what its destination owed it so far (rewards due and committed projects) that the destination delivered (empty when nothing was owed)',
  credibility_seen: "its destination's credibility as the state sees it, learnt from promises kept and broken (empty for destinations)",
  projects_delivered: 'projects (expert services) delivered under its partnership so far (empty without one)',
  projects_due: 'projects its destination committed to under the partnership so far (empty without one)',
  date: "calendar quarter in which the step begins, e.g. 2011Q2 (from the scenario's start and steps per year)",
} as const;

/**
 * The indicators that can be undefined, and when: then they are NaN in memory, an empty
 * cell in CSV and a null in Parquet, never 0. Analyses skip them and say how many.
 */
export const UNDEFINED_INDICATORS = {
  benefit_gini: 'fewer than two states whose status is partner',
  mean_effort: 'no origin or transit states',
  mean_capacity: 'no origin or transit states',
  mean_responsibilisation: 'no origin or transit states',
  mean_emigration_restriction: 'no origin or transit states',
  mean_resistance: 'no origin or transit states',
  mean_institutions: 'no origin or transit states',
  mean_trust: 'no origin or transit states',
  mean_pressure: 'no origin or transit states',
  welfare_origin: 'no origin or transit states',
  expert_authority: 'no expert organisations',
  destination_policing: 'no origin or transit states (so no destination courts any)',
  destination_entry_threshold: 'no origin or transit states (so no destination courts any)',
  destination_credibility: 'no origin or transit states (so no destination courts any)',
  mean_delivered_share: 'no courted state was owed anything so far',
  mean_credibility_seen: 'no origin or transit states',
  mean_commitment_kept: 'no monitored partners',
  expert_beyond_mandate: 'no service delivered so far',
  regular_share_partner_origins: 'no nationals of partner states abroad',
  regular_share_other_origins: 'no nationals of other origin states abroad',
  regular_channel_rate_partner_origins: 'no migrants of partner states',
  regular_channel_rate_other_origins: 'no migrants of other origin states',
  forced_return_rate_partner_origins: 'no nationals of partner states abroad or in transit',
  forced_return_rate_other_origins: 'no nationals of other origin states abroad or in transit',
  voluntary_return_rate_partner_origins: 'no irregular nationals of partner states abroad or in transit',
  voluntary_return_rate_other_origins: 'no irregular nationals of other origin states abroad or in transit',
  trusted_share_partner_origins: 'no regular nationals of partner states abroad',
  trusted_share_other_origins: 'no regular nationals of other origin states abroad',
} as const satisfies Partial<Record<keyof typeof TIMESERIES_COLUMNS, string>>;

/** The columns of `states.csv` that can be undefined (an empty cell), and when. */
export const UNDEFINED_STATE_COLUMNS = {
  commitment_mobility: 'no signed partnership',
  commitment_development: 'no signed partnership',
  commitment_border: 'no signed partnership',
  commitment_kept: 'not a partner, or not monitored this step',
  delivered_share: 'nothing owed to the state so far',
  credibility_seen: 'a state that no destination courts (a destination)',
  projects_delivered: 'no signed partnership',
  projects_due: 'no signed partnership',
} as const satisfies Partial<Record<keyof typeof STATE_COLUMNS, string>>;

export type TimeseriesColumn = keyof typeof TIMESERIES_COLUMNS;
export type StateColumn = keyof typeof STATE_COLUMNS;

/** One row of `timeseries.csv`. */
export type TimeseriesRow = { [K in TimeseriesColumn]: K extends 'run_id' | 'scenario' | 'policy' | 'date' ? string : number };
/** One row of `states.csv`. */
export type StateRow = { [K in StateColumn]: K extends 'run_id' | 'state' | 'roles' | 'status' | 'peer_group' | 'date' ? string : number };

/** The indicator columns of a timeseries row (what a sweep reports per run). */
export const INDICATOR_NAMES = (Object.keys(TIMESERIES_COLUMNS) as TimeseriesColumn[]).filter(
  (c) => !['run_id', 'scenario', 'policy', 'seed', 'step', 'date'].includes(c),
) as Exclude<TimeseriesColumn, 'run_id' | 'scenario' | 'policy' | 'seed' | 'step' | 'date'>[];

/** The indicators that `compare` reports and the explorer draws first, unless told otherwise. */
export const MAIN_INDICATORS = ['mean_effort', 'mean_responsibilisation', 'partners', 'irregular_arrivals', 'mean_resistance'] as const;
