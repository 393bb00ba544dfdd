/**
 * Property-based invariants of whole runs: over randomly generated small scenarios
 * (random states, roles, forums, experts, routes, process switches, policy, seed),
 * every step of `simulate` keeps migrants conserved, every bounded indicator in [0, 1],
 * every number finite except an indicator of UNDEFINED_INDICATORS exactly when what it
 * needs is absent (then NaN), and the status counts within the number of states.
 *
 * fast-check runs from a fixed seed so the suite is deterministic; set FC_SEED to explore
 * other cases (a failure prints its seed and the shrunk scenario).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PARTNERSHIP_STATUSES, PROCESS_NAMES, ROLES, type ProcessName } from '../../src/domain/vocabulary.js';
import { simulate, type SimulationResult } from '../../src/engine/simulate.js';
import { STATE_COLUMNS, TIMESERIES_COLUMNS, UNDEFINED_INDICATORS, UNDEFINED_STATE_COLUMNS, type TimeseriesRow } from '../../src/indicators/columns.js';
import { gini } from '../../src/indicators/gini.js';
import { paramsSchema } from '../../src/scenario/params.js';
import { POLICY_NAMES, getPolicy, type PolicyName } from '../../src/scenario/policies.js';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.js';
import { parseScenario } from '../../src/scenario/validate.js';

const FC_SEED = Number(process.env.FC_SEED ?? 20250611);

type StateInput = NonNullable<ScenarioInput['states']>[number];
type RouteInput = NonNullable<ScenarioInput['routes']>[number];

/**
 * A number spread evenly over [min, max], with the endpoints themselves now and then.
 * (fc.double is uniform over float representations: 9 draws in 10 of fc.double({min: 0,
 * max: 1}) fall below 0.01, which would leave most of the range untested.)
 */
function between(min: number, max: number): fc.Arbitrary<number> {
  const steps = 2 ** 30;
  return fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: steps }).map((k) => min + ((max - min) * k) / steps), weight: 5 },
    { arbitrary: fc.constantFrom(min, max), weight: 1 },
  );
}

const unit = between(0, 1);

/** Attributes of an origin or transit state, each anywhere in its range. */
const stateAttributes = fc.record({
  capacity: unit,
  willingness: unit,
  trust: unit,
  responsibilisation: unit,
  sovereigntySensitivity: unit,
  adoptionCost: unit,
  aidDependence: unit,
  noAgreementCost: unit,
  dataQuality: unit,
  emigrationRestriction: unit,
  detentionCapacity: unit,
  resistance: unit,
  politicalBias: between(-0.5, 0.5),
  emigrationPotential: between(0, 3),
  diasporaShare: unit,
  status: fc.constantFrom(...PARTNERSHIP_STATUSES),
});

const destinationAttributes = fc.record({
  mobilityQuota: between(0, 300),
  baseQuota: between(0, 100),
  developmentFunds: between(0, 4),
  visaFacilitation: unit,
  credibility: unit,
  entryThreshold: unit,
  exitThreshold: unit,
  agendaThreshold: unit,
  preparatoryPeriod: fc.integer({ min: 0, max: 8 }),
  policing: unit,
  irregularTarget: between(0, 200),
  outreach: fc.integer({ min: 0, max: 3 }),
  returnSupport: unit,
  diasporaProgramme: fc.boolean(),
  pillarWeights: fc.record({ mobility: unit, development: unit, border: unit }),
  trustedTraveller: fc.option(fc.record({ fee: unit, timeSaved: unit, privacyCost: unit, clearance: unit }), { nil: undefined }),
  temporaryWork: fc.option(fc.record({ quota: between(0, 100), duration: fc.integer({ min: 1, max: 20 }) }), { nil: undefined }),
  projects: between(0, 3),
});

const nonOriginRoles = fc.constantFrom<StateInput['roles']>(['origin'], ['transit'], ['origin', 'transit'], ['transit', 'origin']);

const processSwitches = fc.record(Object.fromEntries(PROCESS_NAMES.map((n) => [n, fc.boolean()])) as Record<ProcessName, fc.Arbitrary<boolean>>);

/** Pick a random subset of a list (order kept). */
const subsetOf = <T>(xs: readonly T[]) => fc.subarray([...xs]);

interface Generated {
  input: ScenarioInput;
  policy: PolicyName;
  seed: number;
}

/** A random small scenario; the first origin state always has some migrants (validation requires one). */
function scenarioArbitrary(params: fc.Arbitrary<ScenarioInput['params']> = fc.constant({})): fc.Arbitrary<Generated> {
  return fc
    .record({
      states: fc.array(fc.record({ roles: nonOriginRoles, attributes: stateAttributes }), { minLength: 1, maxLength: 7 }),
      destinations: fc.array(destinationAttributes, { minLength: 1, maxLength: 2 }),
      migrants: fc.integer({ min: 200, max: 3000 }),
      steps: fc.integer({ min: 3, max: 20 }),
      processes: processSwitches,
      policy: fc.constantFrom(...POLICY_NAMES),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      shock: fc.option(
        fc.oneof(
          fc.record({ credibility: fc.record({ atShare: unit, factor: unit }) }),
          fc.record({ withdrawal: fc.record({ atShare: unit }) }),
        ),
        { nil: undefined },
      ),
      params,
      // raw material for forums, experts, routes and courting, resolved against the states below
      courting: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
      forums: fc.array(
        fc.record({
          members: fc.array(fc.nat(), { maxLength: 8 }),
          applicants: fc.array(fc.nat(), { maxLength: 3 }),
          withExpert: fc.boolean(),
          meetEvery: fc.integer({ min: 1, max: 4 }),
          benchmarking: fc.constantFrom('public', 'private', 'none') as fc.Arbitrary<'public' | 'private' | 'none'>,
          admission: fc.constantFrom('open', 'policy-in-place') as fc.Arbitrary<'open' | 'policy-in-place'>,
          admissionThreshold: unit,
        }),
        { maxLength: 2 },
      ),
      experts: fc.array(
        fc.record({
          budget: between(0, 10),
          authority: unit,
          services: fc.subarray(['profile', 'training', 'capacity', 'wishlist', 'standards'] as const, { minLength: 1 }),
        }),
        { maxLength: 2 },
      ),
      routes: fc.array(fc.record({ origin: fc.nat(), via: fc.array(fc.nat(), { maxLength: 3 }), destination: fc.nat() }), { maxLength: 6 }),
    })
    .map((g) => {
      const destinationIds = g.destinations.map((_, k) => (k === 0 ? 'DST' : `DS${k + 1}`));
      const ids = g.states.map((_, k) => `S${k + 1}`);
      const pick = <T>(xs: readonly T[], n: number) => xs[n % xs.length];
      const states: StateInput[] = [
        ...g.destinations.map((d, k) => ({
          id: destinationIds[k],
          name: destinationIds[k],
          roles: ['destination'] as StateInput['roles'],
          source: 'generated',
          emigrationPotential: 0,
          destination: d.trustedTraveller ? d : { ...d, trustedTraveller: undefined },
        })),
        ...g.states.map((s, k) => {
          // the first state is always an origin with some emigration potential
          const roles = k === 0 && !s.roles.includes('origin') ? (['origin', ...s.roles] as StateInput['roles']) : s.roles;
          const emigrationPotential = k === 0 ? Math.max(0.1, s.attributes.emigrationPotential) : s.attributes.emigrationPotential;
          return {
            id: ids[k],
            name: ids[k],
            roles,
            source: 'generated',
            ...s.attributes,
            emigrationPotential,
            courtedBy: pick(destinationIds, g.courting[k]),
          };
        }),
      ];
      const allIds = states.map((s) => s.id);
      const origins = states.filter((s) => s.roles.includes('origin')).map((s) => s.id);
      const transits = states.filter((s) => s.roles.includes('transit')).map((s) => s.id);
      const experts = g.experts.map((e, k) => ({ id: `X${k + 1}`, name: `X${k + 1}`, sponsor: pick(destinationIds, k), mandate: 'generated', ...e, services: [...e.services] }));
      const forums = g.forums.map((f, k) => {
        const members = [...new Set(f.members.map((n) => pick(allIds, n)))];
        const applicants = [...new Set(f.applicants.map((n) => pick(allIds, n)))].filter((a) => !members.includes(a));
        return {
          id: `F${k + 1}`,
          name: `F${k + 1}`,
          convenor: pick(destinationIds, k),
          members,
          applicants,
          experts: f.withExpert && experts.length > 0 ? [experts[k % experts.length].id] : [],
          meetEvery: f.meetEvery,
          benchmarking: f.benchmarking,
          admission: f.admission,
          admissionThreshold: f.admissionThreshold,
        };
      });
      const routes: RouteInput[] = g.routes.map((r) => {
        const origin = pick(origins, r.origin);
        return {
          origin,
          via: transits.length === 0 ? [] : [...new Set(r.via.map((n) => pick(transits, n)))].filter((t) => t !== origin),
          destination: pick(destinationIds, r.destination),
        };
      });
      const input: ScenarioInput = {
        name: 'generated',
        steps: g.steps,
        migrants: g.migrants,
        processes: g.processes,
        states,
        experts,
        forums,
        routes,
        params: g.params,
        shocks: g.shock ?? {},
      };
      return { input, policy: g.policy, seed: g.seed };
    });
}

// ---------------------------------------------------------------------------------------
// Random parameters, each anywhere in the range the schema accepts, read from the schema.

interface JsonField {
  type?: string;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  properties?: Record<string, JsonField>;
}

/** Upper bounds narrower than the schema's, each naming its reason (none at present). */
const NARROWED: Record<string, number> = {};

function fieldArbitrary(path: string, field: JsonField): fc.Arbitrary<unknown> | null {
  if (field.enum) return fc.constantFrom(...field.enum);
  if (field.type === 'boolean') return fc.boolean();
  if (field.type !== 'number' && field.type !== 'integer') return null;
  const min = field.minimum ?? 0;
  const max = Math.min(NARROWED[path] ?? Infinity, field.maximum ?? min + 100);
  const draw = (lo: number, hi: number) => (field.type === 'integer' ? fc.integer({ min: lo, max: hi }) : between(lo, hi));
  // wide ranges (slopes, weights, costs up to 100 or 1000) mostly from their low end,
  // where the defaults live and where the other parameters still matter
  if (max - min > 20) return fc.oneof({ arbitrary: draw(min, min + 10), weight: 3 }, { arbitrary: draw(min, max), weight: 1 });
  return draw(min, max);
}

function paramsArbitrary(): fc.Arbitrary<ScenarioInput['params']> {
  const root = z.toJSONSchema(paramsSchema, { io: 'input', unrepresentable: 'any' }) as JsonField;
  const groups: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
  for (const [group, node] of Object.entries(root.properties ?? {})) {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const arb = fieldArbitrary(`${group}.${key}`, field);
      if (arb) fields[key] = arb;
    }
    // each parameter is either left to its default or drawn from its range
    groups[group] = fc.record(fields, { requiredKeys: [] });
  }
  return fc.record(groups) as fc.Arbitrary<ScenarioInput['params']>;
}

// ---------------------------------------------------------------------------------------
// The invariants.

const STATE_BOUNDED = [
  'effort',
  'capacity',
  'willingness',
  'responsibilisation',
  'emigration_restriction',
  'resistance',
  'reputation',
  'institutions',
  'detention_capacity',
  'pressure',
  'trust',
  'effort_mobility',
  'effort_development',
  'effort_border',
] as const satisfies readonly (keyof typeof STATE_COLUMNS)[];

const TIMESERIES_BOUNDED = [
  'mean_effort',
  'mean_capacity',
  'mean_responsibilisation',
  'mean_emigration_restriction',
  'mean_resistance',
  'mean_institutions',
  'mean_trust',
  'mean_pressure',
  'expert_authority',
  'benefit_gini',
  'mean_delivered_share',
  'mean_credibility_seen',
  'mean_commitment_kept',
  'expert_beyond_mandate',
  'regular_share_partner_origins',
  'regular_share_other_origins',
  'trusted_share_partner_origins',
  'trusted_share_other_origins',
] as const satisfies readonly (keyof typeof TIMESERIES_COLUMNS)[];

/** Shares of states.csv that are empty when undefined, and in [0, 1] otherwise. */
const STATE_BOUNDED_OR_UNDEFINED = ['commitment_mobility', 'commitment_development', 'commitment_border', 'commitment_kept', 'delivered_share', 'credibility_seen'] as const satisfies readonly (keyof typeof UNDEFINED_STATE_COLUMNS)[];

const MIGRANT_COLUMNS = ['migrants_prospective', 'migrants_in_transit', 'migrants_regular', 'migrants_irregular', 'migrants_returned'] as const;
const STATUS_COUNTS = ['partners', 'candidates', 'agenda', 'refusals', 'suspensions'] as const;

/**
 * The indicators whose absence depends on what the row does not show (what was owed,
 * who was monitored, who is abroad): NaN is allowed whenever, and required when the
 * condition named here holds.
 */
const ROW_UNDECIDABLE: Partial<Record<keyof typeof UNDEFINED_INDICATORS, (row: TimeseriesRow, nonDestination: number, experts: number) => boolean>> = {
  mean_delivered_share: (_row, n) => n === 0,
  mean_commitment_kept: (row) => row.partners === 0,
  expert_beyond_mandate: (_row, _n, experts) => experts === 0,
  regular_share_partner_origins: (row) => row.partners === 0,
  regular_share_other_origins: () => false,
  regular_channel_rate_partner_origins: (row) => row.partners === 0,
  regular_channel_rate_other_origins: () => false,
  forced_return_rate_partner_origins: (row) => row.partners === 0,
  forced_return_rate_other_origins: () => false,
  voluntary_return_rate_partner_origins: (row) => row.partners === 0,
  voluntary_return_rate_other_origins: () => false,
  trusted_share_partner_origins: (row) => row.partners === 0,
  trusted_share_other_origins: () => false,
};

/** Whether an indicator must be undefined (NaN) in this row (true), may be (null), or must not be (false). */
function mustBeUndefined(key: keyof typeof UNDEFINED_INDICATORS, row: TimeseriesRow, nonDestination: number, experts: number): boolean | null {
  const undecidable = ROW_UNDECIDABLE[key];
  if (undecidable) return undecidable(row, nonDestination, experts) ? true : null;
  if (key === 'benefit_gini') return row.partners < 2;
  if (key === 'expert_authority') return experts === 0;
  return nonDestination === 0;
}

/** Every violated invariant of a run, as readable lines (empty when all hold). */
function violations(result: SimulationResult, population: number, nonDestination: number, steps: number, experts: number): string[] {
  const out: string[] = [];
  if (result.timeseries.length !== steps) out.push(`expected ${steps} timeseries rows, got ${result.timeseries.length}`);
  for (const row of result.timeseries) {
    const at = `step ${row.step}`;
    for (const [key, value] of Object.entries(row)) {
      if (typeof value !== 'number') continue;
      if (key in UNDEFINED_INDICATORS) {
        const undefinedHere = mustBeUndefined(key as keyof typeof UNDEFINED_INDICATORS, row, nonDestination, experts);
        if (undefinedHere === true && !Number.isNaN(value)) out.push(`${at}: timeseries.${key} = ${value}, expected undefined (NaN): ${UNDEFINED_INDICATORS[key as keyof typeof UNDEFINED_INDICATORS]}`);
        if (undefinedHere === false && !Number.isFinite(value)) out.push(`${at}: timeseries.${key} = ${value}`);
        if (undefinedHere === null && !Number.isNaN(value) && !Number.isFinite(value)) out.push(`${at}: timeseries.${key} = ${value}`);
      } else if (!Number.isFinite(value)) out.push(`${at}: timeseries.${key} = ${value}`);
    }
    const total = MIGRANT_COLUMNS.reduce((a, c) => a + row[c], 0);
    if (total !== population) out.push(`${at}: migrant statuses sum to ${total}, not ${population}`);
    for (const c of MIGRANT_COLUMNS) if (row[c] < 0 || !Number.isInteger(row[c])) out.push(`${at}: ${c} = ${row[c]}`);
    for (const c of TIMESERIES_BOUNDED) {
      if (Number.isNaN(row[c])) continue; // checked above: undefined exactly when it must be
      if (!(row[c] >= 0 && row[c] <= 1)) out.push(`${at}: ${c} = ${row[c]} outside [0, 1]`);
    }
    const engaged = STATUS_COUNTS.reduce((a, c) => a + row[c], 0);
    if (engaged > nonDestination) out.push(`${at}: ${engaged} states with a status, only ${nonDestination} origin/transit states`);
    for (const c of STATUS_COUNTS) if (row[c] < 0) out.push(`${at}: ${c} = ${row[c]}`);
  }
  for (const row of result.states) {
    const at = `step ${row.step} ${row.state}`;
    for (const [key, value] of Object.entries(row)) {
      if (typeof value === 'number' && !Number.isFinite(value) && !(key in UNDEFINED_STATE_COLUMNS && Number.isNaN(value))) out.push(`${at}: ${key} = ${value}`);
    }
    for (const c of STATE_BOUNDED) if (!(row[c] >= 0 && row[c] <= 1)) out.push(`${at}: ${c} = ${row[c]} outside [0, 1]`);
    for (const c of STATE_BOUNDED_OR_UNDEFINED) if (!Number.isNaN(row[c]) && !(row[c] >= 0 && row[c] <= 1)) out.push(`${at}: ${c} = ${row[c]} outside [0, 1]`);
    if (row.roles.includes('origin') || row.roles.includes('transit')) {
      if (row.roles !== 'destination' && Number.isNaN(row.credibility_seen) && !row.roles.includes('destination')) out.push(`${at}: credibility_seen undefined for a courted state`);
    }
    if (!PARTNERSHIP_STATUSES.includes(row.status as never)) out.push(`${at}: status ${row.status}`);
    if (!(Number.isInteger(row.grade) && row.grade >= 0 && row.grade <= 4)) out.push(`${at}: grade ${row.grade}`);
    if (!(Number.isInteger(row.rank) && row.rank >= 0 && row.rank <= nonDestination)) out.push(`${at}: rank ${row.rank}`);
  }
  return out;
}

/**
 * The directions the ODD's equations fix, which no clamp to [0, 1] can make true: a
 * state's institutions only ever grow (7.8: a new one with probability h·R·K, none
 * removed); its capacity never falls below its initial value (7.2: training adds
 * g·(1 − K), decay only removes the part above K0); and, with `rising` (every erosion
 * rate 0), its responsibilisation never falls (7.7: dR = (1 − R)(1 − k_S·S)·growth ≥ 0).
 */
function directionViolations(result: SimulationResult, scenario: Scenario, rising: boolean): string[] {
  const out: string[] = [];
  const initialCapacity = new Map(scenario.states.map((s) => [s.id, s.capacity]));
  const last = new Map<string, { institutions: number; responsibilisation: number }>();
  for (const row of result.states) {
    const at = `step ${row.step} ${row.state}`;
    const k0 = initialCapacity.get(row.state);
    if (k0 !== undefined && row.capacity < k0 - 1e-12) out.push(`${at}: capacity ${row.capacity} below its initial ${k0}`);
    const before = last.get(row.state);
    if (before) {
      if (row.institutions < before.institutions) out.push(`${at}: institutions fell from ${before.institutions} to ${row.institutions}`);
      if (rising && row.responsibilisation < before.responsibilisation) {
        out.push(`${at}: responsibilisation fell from ${before.responsibilisation} to ${row.responsibilisation} with every erosion rate 0`);
      }
    }
    last.set(row.state, { institutions: row.institutions, responsibilisation: row.responsibilisation });
  }
  return out;
}

function check({ input, policy, seed }: Generated): void {
  const scenario = parseScenario(input, { policy: getPolicy(policy), file: 'generated' });
  const nonDestination = scenario.states.filter((s) => !(s.roles.length === 1 && s.roles[0] === 'destination')).length;
  // simulate also runs the engine's own invariant checks after every step, which throw
  const result = simulate(scenario, { seed, runId: 'property', scenarioName: 'generated', policy });
  const found = [...violations(result, scenario.migrants, nonDestination, scenario.steps, scenario.experts.length), ...directionViolations(result, scenario, false)];
  expect(found.slice(0, 10)).toEqual([]);
}

/** The same run with every erosion of responsibilisation switched off: R may only rise. */
function checkRising({ input, policy, seed }: Generated): void {
  const scenario = structuredClone(parseScenario(input, { policy: getPolicy(policy), file: 'generated' })) as Scenario;
  Object.assign(scenario.params.responsibilisation, { resistanceErosion: 0, costErosion: 0, crowdingOut: 0, forgetting: 0 });
  const result = simulate(scenario, { seed, runId: 'property', scenarioName: 'generated', policy });
  const found = directionViolations(result, scenario, true);
  expect(found.slice(0, 10)).toEqual([]);
}

describe('invariants of whole runs (property)', () => {
  it('hold at every step over random small scenarios, policies and seeds', () => {
    fc.assert(fc.property(scenarioArbitrary(), check), { numRuns: 150, seed: FC_SEED });
  });

  it('hold at every step when every model parameter is drawn from the range the schema accepts', () => {
    fc.assert(fc.property(scenarioArbitrary(paramsArbitrary()), check), { numRuns: 150, seed: FC_SEED + 1 });
  });

  it('without erosion, responsibilisation never falls, whatever the other parameters (the direction of 7.7, not only its range)', () => {
    fc.assert(fc.property(scenarioArbitrary(paramsArbitrary()), checkRising), { numRuns: 60, seed: FC_SEED + 2 });
  });

  it('the generator covers what it claims (roles, statuses, forums, routes, policies)', () => {
    const sample = fc.sample(scenarioArbitrary(), { numRuns: 200, seed: FC_SEED });
    const roles = new Set(sample.flatMap((g) => (g.input.states ?? []).flatMap((s) => s.roles)));
    expect([...roles].sort()).toEqual([...ROLES].sort());
    const statuses = new Set(sample.flatMap((g) => (g.input.states ?? []).filter((s) => !s.destination).map((s) => s.status)));
    expect([...statuses].sort()).toEqual([...PARTNERSHIP_STATUSES].sort());
    expect(new Set(sample.map((g) => g.policy)).size).toBe(POLICY_NAMES.length);
    expect(sample.some((g) => (g.input.forums ?? []).length > 0)).toBe(true);
    expect(sample.some((g) => (g.input.routes ?? []).some((r) => (r.via ?? []).length > 0))).toBe(true);
    expect(sample.some((g) => (g.input.experts ?? []).length > 0)).toBe(true);
    // every generated scenario is valid
    for (const g of sample.slice(0, 50)) expect(() => parseScenario(g.input, { policy: getPolicy(g.policy) })).not.toThrow();
    // and the runs are not trivial: migrants move, partnerships form
    const finals = sample.slice(0, 40).map((g) => {
      const scenario = parseScenario(g.input, { policy: getPolicy(g.policy) });
      const rows = simulate(scenario, { seed: g.seed, runId: 'r', scenarioName: 'g', policy: g.policy, collectStates: false }).timeseries;
      return { arrivals: rows.reduce((a, r) => a + r.irregular_arrivals + r.regular_arrivals, 0), partners: rows[rows.length - 1].partners };
    });
    expect(finals.filter((f) => f.arrivals > 0).length).toBeGreaterThan(10);
    expect(finals.filter((f) => f.partners > 0).length).toBeGreaterThan(5);
  });

  it('the Gini of equal benefits is 0, never negative', () => {
    expect(gini([0.7, 0.7])).toBe(0);
    for (let n = 2; n <= 7; n++) {
      for (let k = 1; k <= 200; k++) expect(gini(Array(n).fill(k / 37))).toBeCloseTo(0, 12);
    }
  });

  it('the Gini takes its closed-form values (hand-computed)', () => {
    // one of n holds everything: mean absolute difference 2(n−1)·x/n², mean x/n, so G = (n − 1)/n
    for (let n = 2; n <= 9; n++) expect(gini([...Array(n - 1).fill(0), 3.5])).toBeCloseTo((n - 1) / n, 12);
    // [1, 2, 3, 4]: ordered pairs' absolute differences sum to 20, over 16 pairs 1.25, mean 2.5: G = 1.25 / 5 = 0.25
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
    // [1, 3]: differences 0, 2, 2, 0 over 4 pairs = 1, mean 2: G = 1/4
    expect(gini([3, 1])).toBeCloseTo(0.25, 12);
    // negative values count as 0: [0, 1] is one of two holding everything
    expect(gini([-5, 1])).toBeCloseTo(0.5, 12);
    // scale-free
    expect(gini([40, 10, 30, 20])).toBeCloseTo(0.25, 12);
    // two or more partners with nothing each are equal
    expect(gini([0, 0, 0])).toBe(0);
  });

  it('the Gini of fewer than two values is undefined (NaN), not equality', () => {
    expect(gini([])).toBeNaN();
    expect(gini([0.4])).toBeNaN();
  });

  const noOrigin = (migrants: number): ScenarioInput => ({
    name: 'no-origin',
    steps: 3,
    migrants,
    states: [
      { id: 'DST', name: 'D', roles: ['destination'], source: 'test', destination: {} },
      { id: 'TRN', name: 'T', roles: ['transit'], source: 'test' },
    ],
  });

  it('migrants without a state of origin to come from are rejected by validation, naming the field', () => {
    expect(() => parseScenario(noOrigin(100), { file: 'no-origin.json' })).toThrow(
      expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/^no-origin\.json: states: migrants need at least one state with the origin role/) }),
    );
  });

  it('a scenario without a state of origin and without migrants is valid and runs, moving no one', () => {
    const result = simulate(parseScenario(noOrigin(0)), { seed: 1, runId: 'r', scenarioName: 'no-origin', policy: 'partnership' });
    expect(result.timeseries).toHaveLength(3);
    for (const row of result.timeseries) {
      expect(MIGRANT_COLUMNS.map((c) => row[c])).toEqual([0, 0, 0, 0, 0]);
      expect(row.irregular_arrivals + row.regular_arrivals).toBe(0);
    }
  });
});
