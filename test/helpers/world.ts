/**
 * Builders of small, explicit test worlds.
 *
 * `buildScenario(spec)` returns a validated Scenario (through `parseScenario`, so the
 * runtime schema checks what the test wrote) with one destination `DST` and the origin
 * and transit states the test lists; `makeWorld(spec, seed)` returns `createWorld(...)`
 * of it.
 *
 * Every state and destination attribute is written out here with a fixed test value,
 * so a test world never depends on the schema's defaults (which are being calibrated).
 * Model parameters are NOT filled in: a test passes, in `params`, every parameter its
 * assertion depends on.
 */
import type { ProcessName } from '../../src/domain/vocabulary.js';
import { PROCESS_NAMES } from '../../src/domain/vocabulary.js';
import { deepMerge } from '../../src/scenario/policies.js';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.js';
import { parseScenario } from '../../src/scenario/validate.js';
import { createWorld } from '../../src/world/createWorld.js';
import type { DestinationAgent, ExpertAgent, Forum, StateAgent, World } from '../../src/world/world.js';

type StateInput = NonNullable<ScenarioInput['states']>[number];
type DestinationInput = NonNullable<StateInput['destination']>;
type ForumInput = NonNullable<ScenarioInput['forums']>[number];
type ExpertInput = NonNullable<ScenarioInput['experts']>[number];
type RouteInput = NonNullable<ScenarioInput['routes']>[number];

/** An origin or transit state: its id, and any attribute the test sets. */
export type TestState = Partial<Omit<StateInput, 'destination'>> & { id: string };
/** A forum: its id and members; the rest is filled with explicit test values. */
export type TestForum = Partial<ForumInput> & { id: string; members: string[] };
/** An expert organisation: its id and service menu; the rest is filled in. */
export type TestExpert = Partial<ExpertInput> & { id: string; services: ExpertInput['services'] };

export interface TestWorldSpec {
  /** Origin and transit states (default: one origin state `ORG`). */
  states?: TestState[];
  /** Attributes of the destination `DST`. */
  destination?: Partial<DestinationInput>;
  forums?: TestForum[];
  experts?: TestExpert[];
  routes?: RouteInput[];
  /** Parameter overrides: set every parameter the test depends on. */
  params?: ScenarioInput['params'];
  /** Process switches (all on unless switched off here). */
  processes?: Partial<Record<ProcessName, boolean>>;
  shocks?: ScenarioInput['shocks'];
  /** Migrant agents (default 1000). */
  migrants?: number;
  /** Steps (default 20). */
  steps?: number;
}

/** The destination id of every test world. */
export const DST = 'DST';

/** Explicit attributes of every test state (independent of the schema's defaults). */
export const TEST_STATE: Omit<StateInput, 'id' | 'name' | 'destination'> = {
  roles: ['origin'],
  source: 'test',
  capacity: 0.5,
  willingness: 0.5,
  trust: 0.5,
  responsibilisation: 0,
  sovereigntySensitivity: 0.3,
  adoptionCost: 0.3,
  aidDependence: 0.5,
  noAgreementCost: 0.2,
  dataQuality: 0.5,
  emigrationRestriction: 0,
  detentionCapacity: 0,
  resistance: 0,
  politicalBias: 0,
  emigrationPotential: 1,
  diasporaShare: 0,
  status: 'none',
};

/** Explicit attributes of the test destination (independent of the schema's defaults). */
export const TEST_DESTINATION: DestinationInput = {
  mobilityQuota: 50,
  baseQuota: 0,
  developmentFunds: 1,
  visaFacilitation: 0.3,
  credibility: 0.7,
  entryThreshold: 0.5,
  exitThreshold: 0.35,
  agendaThreshold: 0.4,
  preparatoryPeriod: 4,
  policing: 0.4,
  irregularTarget: 40,
  outreach: 0,
  returnSupport: 0.3,
  diasporaProgramme: true,
  pillarWeights: { mobility: 0.2, development: 0.2, border: 0.6 },
  projects: 0,
};

/** The scenario input of a test world (not yet validated). */
export function testScenarioInput(spec: TestWorldSpec = {}): ScenarioInput {
  const states: StateInput[] = [
    {
      ...TEST_STATE,
      id: DST,
      name: 'Destination',
      roles: ['destination'],
      emigrationPotential: 0,
      destination: deepMerge(TEST_DESTINATION, spec.destination ?? {}),
    },
    ...(spec.states ?? [{ id: 'ORG' }]).map((s) => ({ ...TEST_STATE, name: s.id, ...s })),
  ];
  const forums: ForumInput[] = (spec.forums ?? []).map((f) => ({
    name: f.id,
    convenor: DST,
    applicants: [],
    experts: [],
    meetEvery: 1,
    benchmarking: 'public',
    admission: 'open',
    admissionThreshold: 0.3,
    ...f,
  }));
  const experts: ExpertInput[] = (spec.experts ?? []).map((e) => ({
    name: e.id,
    sponsor: DST,
    mandate: 'test',
    budget: 1,
    authority: 0.2,
    ...e,
  }));
  return {
    name: 'test-world',
    steps: spec.steps ?? 20,
    migrants: spec.migrants ?? 1000,
    processes: spec.processes ?? {},
    states,
    forums,
    experts,
    routes: spec.routes ?? [],
    params: spec.params ?? {},
    shocks: spec.shocks ?? {},
  };
}

/** A validated test scenario (every default filled in by the runtime schema). */
export function buildScenario(spec: TestWorldSpec = {}): Scenario {
  return parseScenario(testScenarioInput(spec), { file: 'test-world' });
}

/** A test world built by `createWorld` from `buildScenario(spec)`. */
export function makeWorld(spec: TestWorldSpec = {}, seed: number | string = 1): World {
  return createWorld(buildScenario(spec), seed);
}

/** The state with this id. */
export function stateOf(world: World, id: string): StateAgent {
  const state = world.states.find((s) => s.id === id);
  if (!state) throw new Error(`no state "${id}" in the test world`);
  return state;
}

/** The destination agent of `DST`. */
export function destinationOf(world: World): DestinationAgent {
  return stateOf(world, DST).destination as DestinationAgent;
}

export function forumOf(world: World, id: string): Forum {
  const forum = world.forums.find((f) => f.id === id);
  if (!forum) throw new Error(`no forum "${id}" in the test world`);
  return forum;
}

export function expertOf(world: World, id: string): ExpertAgent {
  const expert = world.experts.find((e) => e.id === id);
  if (!expert) throw new Error(`no expert "${id}" in the test world`);
  return expert;
}

/** Process switches with only the named processes on. */
export function onlyProcesses(...names: ProcessName[]): Record<ProcessName, boolean> {
  return Object.fromEntries(PROCESS_NAMES.map((n) => [n, names.includes(n)])) as Record<ProcessName, boolean>;
}

/** Mean of a list of numbers. */
export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Share of `true` in a list. */
export function frequency(xs: readonly boolean[]): number {
  return xs.filter(Boolean).length / xs.length;
}
