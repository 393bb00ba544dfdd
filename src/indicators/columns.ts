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
} as const satisfies Partial<Record<keyof typeof TIMESERIES_COLUMNS, string>>;

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
