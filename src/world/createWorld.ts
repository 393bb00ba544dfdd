/**
 * createWorld(scenario, seed): builds the World from a validated scenario. All
 * randomness of the initial state comes from the `world` and `migrants` streams.
 */
import { variantSpec } from '../variants/index.js';
import { MigrantStatusCode, PILLARS } from '../domain/vocabulary.js';
import { createStreams, type RandomStream } from '../engine/random.js';
import { signPartnership } from '../processes/concludePartnership.js';
import type { DestinationSpec, ExpertSpec, ForumSpec, RouteSpec, StateSpec } from '../scenario/entities.js';
import type { Params } from '../scenario/params.js';
import { compileInterventions } from './interventionPlan.js';
import type { Scenario } from '../scenario/schema.js';
import { createMigrantTable, MIGRANT_BYTES, type MigrantTable } from './migrants.js';
import { generateStylisedWorld } from './stylised.js';
import { MAX_INSTITUTIONS, clamp01, type DestinationAgent, type Route, type StateAgent, type World } from './world.js';

/** Value of full-partner rewards (quota and aid) in utility units. */
export function fullRewardValue(spec: DestinationSpec, params: Params): number {
  const p = params.partnership;
  return (spec.mobilityQuota * p.mobilityMultiplier) / p.slotsPerUtility + spec.developmentFunds * p.aidMultiplier * p.fundsValue;
}

function createDestination(spec: DestinationSpec, params: Params): DestinationAgent {
  const unconditional = params.eligibility.unconditional;
  const policing = clamp01(spec.policing + params.destination.policingBoost);
  return {
    spec,
    credibility: clamp01(spec.credibility * params.destination.credibilityMultiplier),
    policing,
    policing0: policing,
    entryThreshold: unconditional ? 0 : spec.entryThreshold,
    entryThreshold0: unconditional ? 0 : spec.entryThreshold,
    exitThreshold: unconditional ? 0 : Math.min(spec.exitThreshold, spec.entryThreshold),
    agendaThreshold: unconditional ? 0 : spec.agendaThreshold,
    preparatoryPeriod: unconditional ? 0 : spec.preparatoryPeriod,
    outreachBonus: 0,
    arrivalsHistory: [],
    fullValue: fullRewardValue(spec, params),
    fundsPaid: 0,
  };
}

/** The attributes perturbed by the scenario's `uncertainty` (each clamped to its range). */
export const UNCERTAIN_ATTRIBUTES = [
  'capacity',
  'willingness',
  'trust',
  'sovereigntySensitivity',
  'adoptionCost',
  'aidDependence',
  'noAgreementCost',
  'dataQuality',
] as const;

/** One plausible world: every origin and transit state's uncertain attributes perturbed by N(0, sd). */
export function perturbStates(specs: StateSpec[], sd: number, rng: RandomStream): StateSpec[] {
  if (sd <= 0) return specs;
  return specs.map((spec) => {
    if (spec.roles.length === 1 && spec.roles[0] === 'destination') return spec;
    const out = { ...spec };
    for (const key of UNCERTAIN_ATTRIBUTES) out[key] = clamp01(spec[key] + sd * rng.normal());
    return out;
  });
}

function createState(spec: StateSpec, index: number, courtedBy: number, params: Params): StateAgent {
  const initialEffort = params.effort.initialShare * spec.willingness;
  return {
    index,
    id: spec.id,
    name: spec.name,
    roles: spec.roles,
    isOrigin: spec.roles.includes('origin'),
    isTransit: spec.roles.includes('transit'),
    courtedBy,
    destination: spec.destination ? createDestination(spec.destination, params) : null,
    capacity: spec.capacity,
    capacity0: spec.capacity,
    willingness: spec.willingness,
    trust: spec.trust,
    responsibilisation: spec.responsibilisation,
    sovereigntySensitivity: spec.sovereigntySensitivity,
    adoptionCost: spec.adoptionCost,
    aidDependence: spec.aidDependence,
    noAgreementCost: spec.noAgreementCost,
    dataQuality: spec.dataQuality,
    dataQuality0: spec.dataQuality,
    politicalBias: spec.politicalBias,
    emigrationRestriction: spec.emigrationRestriction,
    detentionCapacity: spec.detentionCapacity,
    resistance: spec.resistance,
    institutions: Math.floor(spec.capacity * params.institutions.initialShare * MAX_INSTITUTIONS),
    standard: params.standards.initialShare * spec.capacity,
    effort: Object.fromEntries(PILLARS.map((p) => [p, initialEffort])) as StateAgent['effort'],
    status: spec.status,
    statusSince: 0,
    eligibleSteps: 0,
    partnership: -1,
    visaFacilitated: false,
    truePerformance: 0,
    observedPerformance: params.monitoring.priorMean,
    beliefMean: params.monitoring.priorMean,
    beliefPrecision: params.monitoring.priorPrecision,
    peerGroup: '',
    rank: 0,
    grade: 0,
    pressure: 0,
    promised: 0,
    incentives: 0,
    incentivesTotal: 0,
    expectedRewards: 0,
    unkept: 0,
    slotCarry: 0,
    slots: 0,
    temporaryCarry: 0,
    temporarySlots: 0,
    credibilitySeen: 0,
    owedTotal: 0,
    keptTotal: 0,
    commitmentKept: NaN,
    attended: false,
    monitored: false,
    ranked: false,
    profiled: false,
    trained: false,
    shamed: false,
    reported: false,
    reacted: false,
    migrantsOf: 0,
    readmissions: 0,
    regularAbroad: 0,
    irregularAbroad: 0,
    diasporaEngaged: 0,
    trustedOf: 0,
    regularArrivalsOf: 0,
    voluntaryReturnsOf: 0,
    temporaryOf: 0,
  };
}

/** Splits `total` among weights by largest remainders (deterministic, sums exactly). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length][1]]++;
  return counts;
}

function placeMigrants(world: { states: StateAgent[]; routesByOrigin: readonly (readonly Route[])[] }, size: number, specs: StateSpec[], rng: World['streams']['migrants']): MigrantTable {
  const table = createMigrantTable(size);
  const weights = world.states.map((s, i) => (s.isOrigin ? specs[i].emigrationPotential : 0));
  const counts = apportion(size, weights);
  let m = 0;
  counts.forEach((count, o) => {
    world.states[o].migrantsOf = count;
    const home = world.routesByOrigin[o][0];
    for (let k = 0; k < count; k++, m++) {
      table.origin[m] = o;
      table.resources[m] = rng.next();
      table.network[m] = rng.next();
      if (rng.next() < specs[o].diasporaShare) {
        table.status[m] = MigrantStatusCode.regular;
        table.location[m] = home.destination;
      } else {
        table.status[m] = MigrantStatusCode.prospective;
        table.location[m] = o;
      }
    }
  });
  return table;
}

/** The number of states a world built from the scenario holds: the generated destination and N states, or the scenario's. */
export function worldStateCount(scenario: Pick<Scenario, 'generate' | 'states'>): number {
  return scenario.generate ? scenario.generate.states + 1 : scenario.states.length;
}

/**
 * The bytes createWorld will allocate in typed arrays for this validated scenario,
 * known before anything is allocated: the migrant table (MIGRANT_BYTES a migrant) and
 * the per-state tallies (irregular arrivals, 4 bytes a state). These live outside V8's
 * heap, so a heap limit does not bound them; the sweep counts them against `--memory`.
 * (moveMigrants' per-state scratch, 100 bytes a state, is allocated at the first step
 * and is not counted.)
 */
export function worldTypedArrayBytes(scenario: Pick<Scenario, 'migrants' | 'generate' | 'states'>): number {
  return scenario.migrants * MIGRANT_BYTES + worldStateCount(scenario) * Int32Array.BYTES_PER_ELEMENT;
}

interface Entities {
  states: StateSpec[];
  experts: ExpertSpec[];
  forums: ForumSpec[];
  routes: RouteSpec[];
}

export function createWorld(scenario: Scenario, seed: number | string): World {
  const streams = createStreams(seed);
  const generated: Entities = scenario.generate
    ? generateStylisedWorld(scenario.generate, streams.world)
    : { states: scenario.states, experts: scenario.experts, forums: scenario.forums, routes: scenario.routes };
  const entities: Entities = { ...generated, states: perturbStates(generated.states, scenario.uncertainty, streams.world) };
  if (entities.states.length > 65535) throw new Error('at most 65,535 states fit the migrant table');
  const params = scenario.params;
  const indexOf = new Map(entities.states.map((s, i) => [s.id, i]));
  const destinationIds = entities.states.filter((s) => s.roles.includes('destination')).map((s) => s.id);
  const states = entities.states.map((spec, i) => {
    const isDestinationOnly = spec.roles.length === 1 && spec.roles[0] === 'destination';
    const courtedBy = isDestinationOnly ? -1 : (indexOf.get(spec.courtedBy ?? destinationIds.find((d) => d !== spec.id) ?? destinationIds[0]) as number);
    return createState(spec, i, courtedBy, params);
  });
  const destinations = states.filter((s) => s.destination).map((s) => s.index);
  const partners = states.filter((s) => s.courtedBy >= 0).map((s) => s.index);

  const routesByOrigin: Route[][] = states.map(() => []);
  for (const r of entities.routes) {
    const origin = indexOf.get(r.origin) as number;
    routesByOrigin[origin].push({ origin, via: r.via.map((v) => indexOf.get(v) as number), destination: indexOf.get(r.destination) as number });
  }
  routesByOrigin.forEach((routes, o) => {
    if (routes.length === 0) routes.push({ origin: o, via: [], destination: states[o].courtedBy >= 0 ? states[o].courtedBy : o });
  });
  if (routesByOrigin.some((r) => r.length > 255)) throw new Error('at most 255 routes per state of origin');

  const expertIndex = new Map(entities.experts.map((e, i) => [e.id, i]));
  const experts = entities.experts.map((e, i) => ({
    index: i,
    id: e.id,
    name: e.name,
    sponsor: indexOf.get(e.sponsor) as number,
    budget: e.budget,
    services: new Set<string>(e.services),
    mandate: new Set<string>(e.mandateServices ?? e.services),
    authority: e.authority,
    delivered: 0,
    deliveredTotal: 0,
    beyondMandateTotal: 0,
  }));
  // States the calendar adds to a forum draw in dialogue after every listed member (common random numbers).
  const lateMembers = (forumId: string) =>
    [...new Set((scenario.interventions ?? []).flatMap((iv) => (iv.forum?.id === forumId ? (iv.forum.add ?? []) : [])))]
      .map((m) => indexOf.get(m))
      .filter((m): m is number => m !== undefined);
  const forums = entities.forums.map((f, i) => ({
    index: i,
    id: f.id,
    name: f.name,
    convenor: indexOf.get(f.convenor) as number,
    members: f.members.map((m) => indexOf.get(m) as number),
    applicants: f.applicants.map((m) => indexOf.get(m) as number),
    roster: [...f.members, ...f.applicants].map((m) => indexOf.get(m) as number),
    lateRoster: lateMembers(f.id),
    experts: f.experts.map((e) => expertIndex.get(e) as number),
    meetEvery: f.meetEvery,
    convened: true,
    benchmarking: f.benchmarking,
    admission: f.admission,
    admissionThreshold: f.admissionThreshold,
    codified: 0,
    metThisStep: false,
  }));

  const migrants = placeMigrants({ states, routesByOrigin }, scenario.migrants, entities.states, streams.migrants);
  const world: World = {
    scenario,
    params,
    plan: compileInterventions(scenario, states, forums),
    processes: scenario.processes,
    unavailable: new Set(),
    closedTiers: { dialogue: new Set(), candidate: new Set(), agenda: new Set() },
    states,
    destinations,
    partners,
    experts,
    forums,
    partnerships: [],
    routesByOrigin,
    migrants,
    scale: scenario.migrants / 100000,
    streams,
    step: 0,
    variant: variantSpec(scenario.variant),
    incentivesStopped: false,
    technologiesStopped: false,
    tallies: { irregularArrivals: 0, regularArrivals: 0, returnsForced: 0, returnsVoluntary: 0, exitsBlocked: 0, expertServices: 0, borderChecks: 0, refusedEntry: 0, irregularArrivalsAt: new Int32Array(states.length), migrantCounts: null },
  };
  // Each courted state first sees its destination's credibility as the destination's own.
  for (const i of partners) states[i].credibilitySeen = (states[states[i].courtedBy].destination as DestinationAgent).credibility;
  // A state that starts as a partner (or with a suspended partnership) signed its quasi-contract before step 0.
  for (const i of partners) {
    const status = states[i].status;
    if (status === 'partner' || status === 'suspended') {
      signPartnership(world, states[i]);
      states[i].status = status;
    }
  }
  return world;
}
