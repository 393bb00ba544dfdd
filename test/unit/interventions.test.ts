/**
 * Timed and targeted interventions (verification): the step a date resolves to, the
 * first step an intervention acts, the states it touches, and common random numbers
 * (every row before the intervention's step is the baseline's, byte for byte).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../../src/indicators/columns.js';
import { formatCsvRow } from '../../src/io/csv.js';
import { whenStep } from '../../src/scenario/interventions.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Policy } from '../../src/scenario/policies.js';
import { parseScenario } from '../../src/scenario/validate.js';
import { testScenarioInput } from '../helpers/world.js';

const RUN = { seed: 7, runId: 'r', scenarioName: 's', policy: 'p' };

function policy(interventions: NonNullable<Policy['override']['interventions']>): Policy {
  return { name: 'test', description: 'test', contrast: 'test', override: { interventions } };
}

async function rows(p: Policy | undefined) {
  const loaded = await loadScenario('eu-mobility-partnerships', { policy: p, migrants: 3000, steps: 40 });
  const result = simulate(loaded.scenario, RUN);
  return {
    timeseries: result.timeseries.map((r) => formatCsvRow(TIMESERIES_COLUMNS, r)),
    states: result.states.map((r) => ({ step: r.step, state: r.state, line: formatCsvRow(STATE_COLUMNS, r) })),
  };
}

describe('dates of interventions', () => {
  const calendar = { start: { year: 2005, quarter: 1 }, stepsPerYear: 4, steps: 64 };
  it('a quarter is its offset from the start in quarters at quarterly steps', () => {
    expect(whenStep('2005Q1', calendar)).toBe(0);
    expect(whenStep('2011Q2', calendar)).toBe(25);
    expect(whenStep('2014Q2', calendar)).toBe(37);
    expect(whenStep('2012', calendar)).toBe(28);
    expect(whenStep(12, calendar)).toBe(12);
    expect(whenStep({ share: 0.375 }, calendar)).toBe(24);
  });
  it('follows the start quarter and the steps per year', () => {
    expect(whenStep('2011Q2', { ...calendar, start: { year: 2005, quarter: 3 } })).toBe(23);
    // monthly steps: 2011Q2 begins 6 years and 3 months after 2005Q1
    expect(whenStep('2011Q2', { ...calendar, stepsPerYear: 12 })).toBe(75);
    // yearly steps: the first step at or after the quarter's start
    expect(whenStep('2011Q2', { ...calendar, stepsPerYear: 1 })).toBe(7);
  });
  it('a date before the start, an until not after at, an unknown state: one line naming the field', () => {
    const input = { ...testScenarioInput(), start: { year: 2005, quarter: 1 } };
    expect(() => parseScenario({ ...input, interventions: [{ at: '2004Q4', incentives: 'stop' }] }, { file: 's.ts' })).toThrow(
      /^s\.ts: interventions\[0\]\.at: "2004Q4" is before the scenario's start \(2005Q1\)$/,
    );
    expect(() => parseScenario({ ...input, interventions: [{ at: '2006Q1', until: '2006Q1', incentives: 'stop' }] }, { file: 's.ts' })).toThrow(/interventions\[0\]\.until: "2006Q1" is not after at/);
    expect(() => parseScenario({ ...input, interventions: [{ at: 3, states: ['NOPE'], state: { trust: 1 } }] }, { file: 's.ts' })).toThrow(/interventions\[0\]\.states\[0\]: unknown state "NOPE"/);
    expect(() => parseScenario({ ...input, interventions: [{ at: '2011q2', incentives: 'stop' }] }, { file: 's.ts' })).toThrow(/interventions\[0\]\.at: expected a date such as "2011Q2"/);
    expect(() => parseScenario({ ...input, interventions: [{ at: 3, params: { monitoring: { scoreboard: 'secret' } } }] }, { file: 's.ts' })).toThrow(
      /interventions\[0\]\.params\.monitoring\.scoreboard: expected one of public, private, got "secret"/,
    );
    expect(() => parseScenario({ ...input, interventions: [{ at: 3, states: ['DST'], params: { monitoring: { scoreboard: 'private' } } }] }, { file: 's.ts' })).toThrow(
      /interventions\[0\]\.states: params are the same for every state/,
    );
    expect(() => parseScenario({ ...input, interventions: [{ at: 3 }] }, { file: 's.ts' })).toThrow(/interventions\[0\]: expected at least one of params, state, destination, incentives/);
  });
});

describe('an intervention at step t', () => {
  const T = 20; // 2010Q1
  it('leaves every row before t byte-identical to the baseline, and acts first at t, only on the named state', async () => {
    const base = await rows(undefined);
    const deal = await rows(policy([{ at: '2010Q1', states: ['LBY'], state: { detentionCapacity: 0.9, emigrationRestriction: 0.7 } }]));
    expect(deal.timeseries.slice(0, T)).toEqual(base.timeseries.slice(0, T));
    const before = (r: typeof base) => r.states.filter((s) => s.step < T).map((s) => s.line);
    expect(before(deal)).toEqual(before(base));
    // At t: Libya's row differs; it is the only state whose exit restriction and detention capacity changed.
    const at = (r: typeof base, id: string) => r.states.find((s) => s.step === T && s.state === id)!.line;
    expect(at(deal, 'LBY')).not.toEqual(at(base, 'LBY'));
    const cols = Object.keys(STATE_COLUMNS);
    const field = (line: string, name: string) => Number(line.trimEnd().split(',')[cols.indexOf(name)]);
    expect(field(at(deal, 'LBY'), 'detention_capacity')).toBeGreaterThan(field(at(base, 'LBY'), 'detention_capacity') + 0.3);
    for (const id of ['MDA', 'GEO', 'MAR', 'TUN', 'SEN']) {
      expect(field(at(deal, id), 'detention_capacity')).toBe(field(at(base, id), 'detention_capacity'));
      expect(field(at(deal, id), 'emigration_restriction')).toBe(field(at(base, id), 'emigration_restriction'));
    }
    // The timeseries changes from t on (mean exit restriction counts Libya).
    expect(deal.timeseries[T]).not.toEqual(base.timeseries[T]);
  });

  it('a params intervention acts from its step and stops at until', async () => {
    const base = await rows(undefined);
    const window = await rows(policy([{ at: T, until: T + 4, params: { monitoring: { scoreboard: 'private' } } }]));
    expect(window.timeseries.slice(0, T)).toEqual(base.timeseries.slice(0, T));
    expect(window.timeseries.slice(T)).not.toEqual(base.timeseries.slice(T));
    const loaded = await loadScenario('eu-mobility-partnerships', { policy: policy([{ at: T, until: T + 4, params: { monitoring: { scoreboard: 'private' } } }]), migrants: 500, steps: 30 });
    const boards: string[] = [];
    simulate(loaded.scenario, { ...RUN, onStep: (world) => boards.push(world.params.monitoring.scoreboard) });
    expect(boards.map((b, t) => (b === 'private' ? t : -1)).filter((t) => t >= 0)).toEqual([T, T + 1, T + 2, T + 3]);
  });

  it('the dated credibility shock and withdrawal give the built-ins\' rows exactly (same step, same change)', async () => {
    const builtIn = async (name: 'credibility-shock' | 'withdrawal') => {
      const loaded = await loadScenario('eu-mobility-partnerships', { policy: name, migrants: 3000 });
      return simulate(loaded.scenario, RUN).timeseries.map((r) => formatCsvRow(TIMESERIES_COLUMNS, r));
    };
    const dated = async (p: Policy) => {
      const loaded = await loadScenario('eu-mobility-partnerships', { policy: p, migrants: 3000 });
      return simulate(loaded.scenario, RUN).timeseries.map((r) => formatCsvRow(TIMESERIES_COLUMNS, r));
    };
    expect(await dated(policy([{ at: '2011Q1', destination: { credibility: { times: 0.3 } } }]))).toEqual(await builtIn('credibility-shock'));
    expect(await dated(policy([{ at: '2013Q1', incentives: 'stop' }]))).toEqual(await builtIn('withdrawal'));
  });
});

describe('targeting is checked against roles', () => {
  it('destination attributes for a state without the destination role: one line naming the state', () => {
    const input = testScenarioInput();
    const origin = input.states!.find((s) => !s.roles.includes('destination'))!.id;
    expect(() => parseScenario({ ...input, interventions: [{ at: 1, states: [origin], destination: { credibility: 0.1 } }] }, { file: 's.ts' })).toThrow(
      new RegExp(`^s\\.ts: interventions\\[0\\]\\.states\\[0\\]: state "${origin}" does not hold the destination role`),
    );
  });
});
