/**
 * The calendar of instruments (verification): an event's first effective step (a tier
 * closed until its date is held by no state before it, in any seed), processes made
 * available by date under the scenario's switch, forums convened and joined by date,
 * and the `date` column against the closed form of the scenario's calendar.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import type { StateRow } from '../../src/indicators/columns.js';
import type { InterventionInput } from '../../src/scenario/interventions.js';
import { parseScenario } from '../../src/scenario/validate.js';
import { testScenarioInput, type TestWorldSpec } from '../helpers/world.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Two willing, capable origins in one forum that meets every step; a destination that offers everything. */
function toy(interventions: InterventionInput[], extra: Partial<TestWorldSpec> = {}) {
  const input = testScenarioInput({
    steps: 16,
    migrants: 200,
    states: [
      { id: 'ORG', capacity: 0.9, willingness: 0.9, trust: 0.9, sovereigntySensitivity: 0, adoptionCost: 0, noAgreementCost: 1 },
      { id: 'OTH', capacity: 0.9, willingness: 0.9, trust: 0.9, sovereigntySensitivity: 0, adoptionCost: 0, noAgreementCost: 1 },
      { id: 'LATE', capacity: 0.9, willingness: 0.9, trust: 0.9, sovereigntySensitivity: 0, adoptionCost: 0, noAgreementCost: 1 },
    ],
    destination: { entryThreshold: 0.2, exitThreshold: 0.1, agendaThreshold: 0.1, preparatoryPeriod: 2, outreach: 0, irregularTarget: 1e9 },
    forums: [{ id: 'F', members: ['ORG', 'OTH'] }],
    ...extra,
  });
  return parseScenario({ ...input, interventions }, { file: 'calendar-toy' });
}

function rowsBy(scenario: ReturnType<typeof toy>, seed: number): Map<string, StateRow[]> {
  const out = new Map<string, StateRow[]>();
  for (const row of simulate(scenario, { seed, runId: 'r', scenarioName: 'toy', policy: 'partnership' }).states) {
    if (!out.has(row.state)) out.set(row.state, []);
    out.get(row.state)!.push(row);
  }
  return out;
}

const firstStep = (rows: readonly StateRow[], status: string) => rows.find((r) => r.status === status)?.step ?? Infinity;
/** First step with any status (rows hold the status at the end of a step, so a state can pass through dialogue unseen). */
const engaged = (rows: readonly StateRow[]) => rows.find((r) => r.status !== 'none')?.step ?? Infinity;

describe('status tiers by date', () => {
  it('a tier closed until step 6 is held by no state before step 6 in any seed, and is taken up at step 6', () => {
    const open = toy([]);
    const closed = toy([
      { at: 0, tiers: { candidate: 'closed', agenda: 'closed' } },
      { at: 6, tiers: { candidate: 'open' } },
    ]);
    // without the calendar the ready state is a candidate early: the test can fail
    expect(SEEDS.some((seed) => firstStep(rowsBy(open, seed).get('ORG')!, 'candidate') < 6)).toBe(true);
    const firsts = SEEDS.map((seed) => firstStep(rowsBy(closed, seed).get('ORG')!, 'candidate'));
    for (const f of firsts) expect(f).toBeGreaterThanOrEqual(6);
    expect(firsts).toContain(6);
    for (const seed of SEEDS) {
      for (const rows of rowsBy(closed, seed).values()) {
        expect(rows.filter((r) => r.step < 6 && ['candidate', 'agenda', 'partner'].includes(r.status))).toEqual([]);
        // the agenda tier never opens: no state ever holds it
        expect(rows.some((r) => r.status === 'agenda')).toBe(false);
      }
    }
  });

  it('with candidacy closed, a ready state is offered the Common Agenda instead', () => {
    const scenario = toy([{ at: 0, tiers: { candidate: 'closed' } }]);
    const states = SEEDS.map((seed) => rowsBy(scenario, seed).get('ORG')!);
    expect(states.some((rows) => rows.some((r) => r.status === 'agenda'))).toBe(true);
    for (const rows of states) expect(rows.some((r) => r.status === 'candidate' || r.status === 'partner')).toBe(false);
  });

  it('a tier opened for named states stays closed to the others', () => {
    const scenario = toy([
      { at: 0, tiers: { candidate: 'closed', agenda: 'closed' } },
      { at: 2, states: ['ORG'], tiers: { candidate: 'open' } },
    ]);
    for (const seed of SEEDS) {
      const rows = rowsBy(scenario, seed);
      expect(rows.get('OTH')!.some((r) => ['candidate', 'agenda', 'partner'].includes(r.status))).toBe(false);
    }
    expect(SEEDS.some((seed) => rowsBy(scenario, seed).get('ORG')!.some((r) => r.status === 'partner'))).toBe(true);
  });

  it('a closed dialogue tier stops the destination inviting states with no status', () => {
    // no forum: only the destination's outreach brings a state into dialogue
    const invite = { forums: [], destination: { entryThreshold: 0.2, exitThreshold: 0.1, agendaThreshold: 0.1, preparatoryPeriod: 2, outreach: 3, irregularTarget: 1e9 } };
    const open = toy([], invite);
    const closed = toy([{ at: 0, tiers: { dialogue: 'closed' } }, { at: 5, tiers: { dialogue: 'open' } }], invite);
    expect(SEEDS.some((seed) => engaged(rowsBy(open, seed).get('ORG')!) < 5)).toBe(true);
    for (const seed of SEEDS) for (const rows of rowsBy(closed, seed).values()) expect(rows.filter((r) => r.step < 5 && r.status !== 'none')).toEqual([]);
  });
});

describe('processes and forums by date', () => {
  it('a process made available at step 5 runs from step 5, and never when the scenario switches it off', () => {
    const events: InterventionInput[] = [{ at: 0, processes: { rankPeers: false } }, { at: 5, processes: { rankPeers: true } }];
    const scenario = toy(events);
    for (const seed of SEEDS.slice(0, 3)) {
      const reported = [...rowsBy(scenario, seed).values()].flat().filter((r) => r.reported === 1).map((r) => r.step);
      expect(reported.length).toBeGreaterThan(0);
      expect(Math.min(...reported)).toBe(5);
    }
    const off = parseScenario({ ...testScenarioInput({ steps: 16, migrants: 200, processes: { rankPeers: false }, states: [{ id: 'ORG' }, { id: 'OTH' }], forums: [{ id: 'F', members: ['ORG', 'OTH'] }] }), interventions: events }, { file: 'calendar-toy' });
    expect([...rowsBy(off, 1).values()].flat().some((r) => r.reported === 1)).toBe(false);
  });

  it('a forum meets only while convened, and a member added at step 3 takes part from step 3', () => {
    const scenario = toy([
      { at: 0, forum: { id: 'F', meets: false } },
      { at: 4, forum: { id: 'F', meets: true } },
      { at: 3, forum: { id: 'F', add: ['LATE'] } },
    ]);
    for (const seed of SEEDS) {
      const rows = rowsBy(scenario, seed);
      for (const id of ['ORG', 'OTH', 'LATE']) expect(engaged(rows.get(id)!), id).toBeGreaterThanOrEqual(4);
    }
    expect(SEEDS.some((seed) => engaged(rowsBy(scenario, seed).get('LATE')!) < 16)).toBe(true);
    // never added: the third state is never in dialogue (no outreach in the toy: no invitations, and arrivals never exceed the target)
    const without = toy([]);
    for (const seed of SEEDS) expect(rowsBy(without, seed).get('LATE')!.every((r) => r.status === 'none')).toBe(true);
  });

  it('rejects a forum event naming an unknown forum or a state already a member', () => {
    expect(() => toy([{ at: 1, forum: { id: 'NOPE', meets: true } }])).toThrow(/interventions\[0\]\.forum\.id: unknown forum "NOPE"/);
    expect(() => toy([{ at: 1, forum: { id: 'F', add: ['ORG'] } }])).toThrow(/interventions\[0\]\.forum\.add\[0\]: state "ORG" is already listed/);
    expect(() => toy([{ at: 1, states: ['ORG'], processes: { rankPeers: false } }])).toThrow(/cannot name states/);
    expect(() => toy([{ at: 1, until: 3, tiers: { agenda: 'closed' } }])).toThrow(/until applies to params and incentives only/);
  });
});

describe('the date column', () => {
  /** Closed form: step s of a calendar starting in year Y, quarter Q, with k steps a year begins in quarter floor(4s/k) after the start. */
  function expected(step: number, start: { year: number; quarter: number }, stepsPerYear: number): string {
    const quarters = start.quarter - 1 + Math.floor((4 * step) / stepsPerYear);
    return `${start.year + Math.floor(quarters / 4)}Q${(quarters % 4) + 1}`;
  }

  it.each([
    [{ year: 2005, quarter: 1 }, 4],
    [{ year: 1995, quarter: 3 }, 4],
    [{ year: 2010, quarter: 2 }, 12],
    [{ year: 2000, quarter: 4 }, 1],
  ])('matches step arithmetic from %o with %i steps a year, in timeseries.csv and states.csv', (start, stepsPerYear) => {
    const scenario = parseScenario({ ...testScenarioInput({ steps: 30, migrants: 100 }), start, stepsPerYear }, { file: 'calendar-toy' });
    const result = simulate(scenario, { seed: 1, runId: 'r', scenarioName: 'toy', policy: 'partnership' });
    for (const row of result.timeseries) expect(row.date).toBe(expected(row.step, start, stepsPerYear));
    for (const row of result.states) expect(row.date).toBe(expected(row.step, start, stepsPerYear));
  });

  it('gives the quarters a user reads off a calendar', () => {
    expect(expected(25, { year: 2005, quarter: 1 }, 4)).toBe('2011Q2');
    const scenario = parseScenario({ ...testScenarioInput({ steps: 26, migrants: 100 }), start: { year: 2005, quarter: 1 }, stepsPerYear: 4 }, { file: 'calendar-toy' });
    const rows = simulate(scenario, { seed: 1, runId: 'r', scenarioName: 'toy', policy: 'partnership' }).timeseries;
    expect(rows[0].date).toBe('2005Q1');
    expect(rows[25].date).toBe('2011Q2');
  });
});
