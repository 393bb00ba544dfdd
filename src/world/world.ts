/**
 * The World: plain data that the processes read and write. States, experts, forums,
 * partnerships, routes and the migrant table, plus the clock and per-step tallies.
 */
import type { BenchmarkingMode, PartnershipStatus, Pillar, ProcessName, Role } from '../domain/vocabulary.js';
import type { Tier } from '../scenario/calendar.js';
import type { RandomStream, StreamName } from '../engine/random.js';
import type { Params } from '../scenario/params.js';
import type { Scenario } from '../scenario/schema.js';
import type { DestinationSpec } from '../scenario/entities.js';
import type { VariantSpec } from '../variants/index.js';
import type { InterventionPlan } from './interventionPlan.js';
import type { MigrantTable } from './migrants.js';

export type PillarValues = Record<Pillar, number>;

/** What a destination state does and holds, beyond what every state has. */
export interface DestinationAgent {
  readonly spec: DestinationSpec;
  credibility: number;
  policing: number;
  readonly policing0: number;
  entryThreshold: number;
  /** the entry threshold at the start: tightening rises at most `maxTightening` above it and loosens back to it */
  readonly entryThreshold0: number;
  exitThreshold: number;
  agendaThreshold: number;
  preparatoryPeriod: number;
  /** extra states invited to dialogue next step (widened outreach) */
  outreachBonus: number;
  /** irregular arrivals of the last `window` steps, newest last */
  readonly arrivalsHistory: number[];
  /** value of full-partner rewards in utility units (quota, aid, visa) */
  fullValue: number;
  /** rewards paid to courted states this step (utility units; sanctions not counted) */
  fundsPaid: number;
}

/** A sovereign state. Origin and transit variables are kept (and stay inert) for destinations. */
export interface StateAgent {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly isOrigin: boolean;
  readonly isTransit: boolean;
  /** index of the destination that courts it; -1 for destinations */
  readonly courtedBy: number;
  readonly destination: DestinationAgent | null;

  // slow attributes
  capacity: number;
  readonly capacity0: number;
  willingness: number;
  trust: number;
  responsibilisation: number;
  readonly sovereigntySensitivity: number;
  readonly adoptionCost: number;
  readonly aidDependence: number;
  readonly noAgreementCost: number;
  dataQuality: number;
  readonly dataQuality0: number;
  readonly politicalBias: number;
  emigrationRestriction: number;
  detentionCapacity: number;
  resistance: number;
  /** migration institutions and laws, 0..MAX_INSTITUTIONS */
  institutions: number;
  /** the best practice the state has adopted, in [0, 1] */
  standard: number;

  // compliance
  effort: PillarValues;

  // partnership
  status: PartnershipStatus;
  /** step at which the status last changed */
  statusSince: number;
  /** consecutive steps of readiness above the entry threshold */
  eligibleSteps: number;
  /** partnership index, -1 without one */
  partnership: number;
  visaFacilitated: boolean;

  // monitoring
  truePerformance: number;
  observedPerformance: number;
  beliefMean: number;
  beliefPrecision: number;

  // benchmarking
  /** the public table the state is ranked in ('' when unranked) */
  peerGroup: string;
  rank: number;
  grade: number;
  pressure: number;

  // incentives
  promised: number;
  incentives: number;
  incentivesTotal: number;
  expectedRewards: number;
  unkept: number;
  /** fractional regular-mobility slots carried over */
  slotCarry: number;
  /** regular-mobility slots open to its migrants this step */
  slots: number;
  /** fractional temporary-work slots carried over (the mobility pillar's scheme) */
  temporaryCarry: number;
  /** temporary-work slots open to its migrants this step */
  temporarySlots: number;
  /** the courting destination's credibility as this state sees it: learnt from what it was promised and given */
  credibilitySeen: number;
  /** what the courting destination owed it so far, rewards and committed projects (utility units) */
  owedTotal: number;
  /** of that, what it delivered (utility units) */
  keptTotal: number;
  /** pillar-weighted share of its own commitments it keeps this step (NaN without a signed partnership) */
  commitmentKept: number;

  // exposure this step (reset at the start of each step)
  attended: boolean;
  monitored: boolean;
  ranked: boolean;
  profiled: boolean;
  trained: boolean;
  shamed: boolean;
  /** graded in a report published this step */
  reported: boolean;
  /** reacted to a report this step */
  reacted: boolean;

  // migrant tallies
  /** migrants of this origin in the table */
  migrantsOf: number;
  /** forced returns of its nationals this step */
  readmissions: number;
  /** its nationals abroad with a regular status (last step) */
  regularAbroad: number;
  /** its nationals abroad without a regular status (last step) */
  irregularAbroad: number;
  /** its nationals engaged by diaspora programmes (last step) */
  diasporaEngaged: number;
  /** its nationals enrolled as trusted travellers (last step) */
  trustedOf: number;
  /** its nationals who arrived through a regular channel this step */
  regularArrivalsOf: number;
  /** its nationals who took assisted voluntary return this step */
  voluntaryReturnsOf: number;
  /** its nationals abroad on a temporary work scheme (last step) */
  temporaryOf: number;
}

export interface ExpertAgent {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly sponsor: number;
  readonly budget: number;
  readonly services: ReadonlySet<string>;
  /** the services its formal mandate covers */
  readonly mandate: ReadonlySet<string>;
  authority: number;
  /** services delivered this step */
  delivered: number;
  /** services delivered since the start */
  deliveredTotal: number;
  /** of those, services outside its formal mandate */
  beyondMandateTotal: number;
}

export interface Forum {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly convenor: number;
  /** member state indices (growing as applicants are admitted) */
  readonly members: number[];
  readonly applicants: number[];
  /** members and applicants as listed at the start, in that order: the draws of dialogue follow it */
  readonly roster: readonly number[];
  /** states the calendar adds as members during the run, in the order of its events: they draw after every forum's roster */
  readonly lateRoster: readonly number[];
  readonly experts: readonly number[];
  readonly meetEvery: number;
  /** whether the forum is convened (the calendar launches and suspends forums); it meets only when convened */
  convened: boolean;
  benchmarking: BenchmarkingMode;
  readonly admission: 'open' | 'policy-in-place';
  readonly admissionThreshold: number;
  /** the standard package codified by its experts, in [0, 1] */
  codified: number;
  metThisStep: boolean;
}

/** What the destination commits to in a partnership, per step while it lasts. */
export interface DestinationCommitments {
  /** legal-mobility slots per step, per 100,000 migrants (quota × mobility multiplier) */
  readonly quota: number;
  /** development funds per step, aid units (funds × aid multiplier) */
  readonly funds: number;
  /** steps as partner after which visa facilitation is due (given a reliable enough record) */
  readonly visaAfter: number;
  /** projects per step (expert services to the partner, the annex of the joint declaration) */
  readonly projects: number;
}

/** A quasi-contract: mutual, non-binding commitments per pillar. */
export interface Partnership {
  readonly index: number;
  readonly destination: number;
  readonly state: number;
  readonly start: number;
  /** effort the state committed to per pillar at signature */
  readonly commitments: PillarValues;
  /** what the destination committed to at signature */
  readonly offer: DestinationCommitments;
  /** projects delivered under it (expert services to the state) */
  projects: number;
  /** projects already set against the destination's commitment */
  projectsCounted: number;
  /** projects due under the destination's commitment so far */
  projectsDue: number;
}

export interface Route {
  readonly origin: number;
  readonly via: readonly number[];
  readonly destination: number;
}

/** Tallies of the current step, reset at its start. */
export interface StepTallies {
  irregularArrivals: number;
  regularArrivals: number;
  returnsForced: number;
  returnsVoluntary: number;
  exitsBlocked: number;
  expertServices: number;
  /** border inspections of regular migrants crossing this step */
  borderChecks: number;
  /** regular migrants refused entry at an inspection this step */
  refusedEntry: number;
  /** irregular arrivals at each state (destinations) this step */
  irregularArrivalsAt: Int32Array;
  /** migrants per status code, diaspora-engaged and trusted, as moveMigrants left them at `step` */
  migrantCounts: MigrantCounts | null;
}

export interface MigrantCounts {
  step: number;
  counts: number[];
  diaspora: number;
  trusted: number;
  /** regular migrants on a temporary work scheme */
  temporary: number;
}

export interface World {
  readonly scenario: Scenario;
  /** the params in force this step: the scenario's, or an intervention's from its step on */
  params: Params;
  /** the interventions' changes by step, compiled at creation */
  readonly plan: InterventionPlan;
  readonly processes: Scenario['processes'];
  /** processes the calendar has made unavailable (a process runs when switched on and available) */
  readonly unavailable: Set<ProcessName>;
  /** per tier, the indices of the states to which the calendar has closed it */
  readonly closedTiers: Record<Tier, Set<number>>;
  readonly states: StateAgent[];
  /** indices of destination states */
  readonly destinations: readonly number[];
  /** indices of origin and transit states (everything but pure destinations) */
  readonly partners: readonly number[];
  readonly experts: ExpertAgent[];
  readonly forums: Forum[];
  readonly partnerships: Partnership[];
  /** routes of each state of origin (at least one each) */
  readonly routesByOrigin: readonly (readonly Route[])[];
  readonly migrants: MigrantTable;
  /** migrants per 100,000: quotas and targets in scenarios are per 100,000 */
  readonly scale: number;
  readonly streams: Record<StreamName, RandomStream>;
  step: number;
  /** the model variant's submodels (src/variants/) */
  readonly variant: VariantSpec;
  incentivesStopped: boolean;
  /**
   * full withdrawal (withdrawal shock with scope `all`): from its step no forum meets, no
   * expert serves, no one is monitored or ranked, besides the incentives stopping
   */
  technologiesStopped: boolean;
  readonly tallies: StepTallies;
}

/** The most institutions (laws, agencies) a state can count. */
export const MAX_INSTITUTIONS = 10;

/** Statuses in which a state takes part in the partnership's technologies. */
export function isEngaged(status: PartnershipStatus): boolean {
  return status === 'dialogue' || status === 'candidate' || status === 'agenda' || status === 'partner';
}

/** Whether the courting destination offers the tier to the state at this step (the calendar has not closed it). */
export function tierOpen(world: World, state: StateAgent, tier: Tier): boolean {
  return !world.closedTiers[tier].has(state.index);
}

/** The destination agent that courts a state. */
export function courtingDestination(world: World, state: StateAgent): DestinationAgent {
  return world.states[state.courtedBy].destination as DestinationAgent;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
