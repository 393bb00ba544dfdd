/**
 * Targets files: the schema's one-line errors with field paths, loading TypeScript and
 * JSON, the checks against a scenario, and each kind's score on hand-made runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTargets, parseTargets } from '../../../src/calibration/loadTargets.js';
import { resolveTargets, scoreRun, type RunSummary } from '../../../src/calibration/score.js';
import { InputError } from '../../../src/scenario/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'partnersim-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const minimal = {
  name: 't',
  parameters: [{ path: 'params.eligibility.statusGain', prior: { kind: 'uniform', min: 0, max: 0.4 } }],
  targets: [{ kind: 'event', state: 'MDA', status: 'partner', date: '2008Q2', tolerance: 2 }],
};

function problem(input: unknown): string {
  try {
    parseTargets(input, 'bad.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('the targets schema', () => {
  it('accepts a minimal file and fills defaults', () => {
    const t = parseTargets(minimal);
    expect(t.targets[0]).toMatchObject({ weight: 1, tolerance: 2 });
  });

  it('names the field and the problem in one line', () => {
    expect(problem({ ...minimal, targets: [{ ...minimal.targets[0], date: '2008-06' }] })).toBe('bad.json: targets[0].date: expected a quarter such as 2008Q2, got "2008-06"');
    expect(problem({ ...minimal, targets: [{ ...minimal.targets[0], kind: 'evnt' }] })).toMatch(/^bad\.json: targets\[0\](\.kind)?: expected a target kind: event, non-event, ordering, indicator or share, got "evnt"$/);
    expect(problem({ ...minimal, targets: [{ ...minimal.targets[0], status: 'signed' }] })).toMatch(/^bad\.json: targets\[0\]\.status: expected one of none, dialogue/);
    expect(problem({ ...minimal, targets: [{ ...minimal.targets[0], weigth: 2 }] })).toBe('bad.json: targets[0]: unknown field "weigth"');
    expect(problem({ ...minimal, parameters: [{ path: 'x', prior: { kind: 'uniform', min: 1, max: 0 } }] })).toBe('bad.json: parameters[0].prior: min 1 must be below max 0');
    expect(problem({ ...minimal, parameters: [{ path: 'x', prior: { kind: 'normal', mean: 0, sd: 0.1, min: 5, max: 6 } }] })).toMatch(/truncation keeps less than 1%/);
    expect(problem({ ...minimal, targets: [{ kind: 'indicator', indicator: 'partners', at: '2011Q4', value: 4 }] })).toBe('bad.json: targets[0].sd: expected both value and sd');
    expect(problem({ ...minimal, targets: [{ kind: 'indicator', indicator: 'partners', value: 4, sd: 1 }] })).toMatch(/targets\[0\]\.at: expected either at/);
    expect(problem({ ...minimal, targets: [minimal.targets[0], minimal.targets[0]] })).toMatch(/targets\[1\]\.id: duplicate target id "MDA-partner-2008Q2"/);
    expect(problem({ ...minimal, targets: [] })).toBe('bad.json: targets: expected at least one target');
  });

  it('loads JSON and TypeScript files, with one-line errors for broken ones', async () => {
    const json = path.join(dir, 'ok.json');
    writeFileSync(json, JSON.stringify(minimal));
    expect((await loadTargets(json)).targets.name).toBe('t');
    const ts = path.join(dir, 'ok.ts');
    writeFileSync(ts, `export default ${JSON.stringify(minimal)};\n`);
    expect((await loadTargets(ts)).targets.targets).toHaveLength(1);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"name": ');
    await expect(loadTargets(broken)).rejects.toThrow(/broken\.json: invalid JSON/);
    await expect(loadTargets(path.join(dir, 'none.ts'))).rejects.toThrow(/no such file/);
  });
});

const calendar = { start: { year: 2005, quarter: 1 }, stepsPerYear: 4 };
const facts = { calendar, steps: 28, states: ['A', 'B', 'C', 'D'], allStates: ['EU', 'A', 'B', 'C', 'D'] };

function run(first: Record<string, number>, partners: number[] = []): RunSummary {
  return {
    steps: 28,
    firstStep: (state, status) => (status === 'partner' ? (first[state] ?? null) : null),
    statusAt: (state, step) => (first[state] !== undefined && step >= first[state] ? 'partner' : 'dialogue'),
    gradeAt: () => 0,
    indicator: (name, step) => (name === 'partners' ? (partners[step] ?? 0) : NaN),
  };
}

describe('scores', () => {
  const targets = parseTargets({
    name: 's',
    parameters: minimal.parameters,
    targets: [
      { kind: 'event', state: 'A', status: 'partner', date: '2008Q2', tolerance: 2 },
      { kind: 'non-event', state: 'B', status: 'partner', before: '2012Q1' },
      { kind: 'ordering', first: 'A', then: 'C', status: 'partner' },
      { kind: 'indicator', indicator: 'partners', at: '2006Q1', value: 3, sd: 2 },
      { kind: 'indicator', indicator: 'partners', window: ['2005Q1', '2005Q4'], interval: [1, 2] },
      { kind: 'share', status: 'partner', at: '2009Q1', interval: [0.5, 1] },
    ],
  });
  const resolved = resolveTargets(targets, facts);

  it('turns dates into steps', () => {
    expect(resolved.map((t) => [t.step, t.until])).toEqual([[13, 13], [28, 28], [0, 0], [4, 4], [0, 3], [16, 16]]);
  });

  it('scores each kind as documented', () => {
    // A signs at step 17 (2009Q2): 4 quarters late, 2 tolerated -> 2; B signs at step 20, 8 quarters before 2012Q1;
    // A at 17 after C at 10 -> 7 + 1; partners at step 4: 5 against 3 ± 2 -> 1; mean over steps 0-3 of [0,0,4,4] = 2 -> inside;
    // share at step 16: only C (10) of A, B, C, D -> 0.25, 0.25 below the interval
    expect(scoreRun(resolved, run({ A: 17, B: 20, C: 10 }, [0, 0, 4, 4, 5]), calendar)).toEqual([2, 8, 8, 1, 0, 0.25]);
    // on time, no B, A first: every target met except the share (A and C by step 16 -> 0.5, inside)
    expect(scoreRun(resolved, run({ A: 13, C: 15 }, [2, 2, 1, 1, 3]), calendar)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a status never reached is late by at least the tolerance window, so a short run never meets an event', () => {
    // A never signs in 28 steps: as if at step 28, 15 quarters late, minus 2 tolerated
    expect(scoreRun(resolved, run({ C: 3 }), calendar)[0]).toBe(13);
    const late = resolveTargets(parseTargets({ ...minimal, targets: [{ kind: 'event', state: 'A', status: 'partner', date: '2011Q4', tolerance: 2 }] }), facts);
    expect(scoreRun(late, run({}), calendar)).toEqual([1]);
    // ordering: neither signs -> a tie, 1
    const order = resolveTargets(parseTargets({ ...minimal, targets: [{ kind: 'ordering', first: 'A', then: 'B', status: 'partner' }] }), facts);
    expect(scoreRun(order, run({}), calendar)).toEqual([1]);
  });

  it('an undefined indicator (an empty cell) scores Infinity, never as 0', () => {
    const gini = resolveTargets(parseTargets({ ...minimal, targets: [{ kind: 'indicator', indicator: 'benefit_gini', at: '2006Q1', value: 0, sd: 0.1 }] }), facts);
    expect(scoreRun(gini, run({}), calendar)).toEqual([Infinity]);
  });

  it('checks states and dates against the scenario', () => {
    const bad = (target: object) => () => resolveTargets(parseTargets({ ...minimal, targets: [target] }, 'x.json'), facts, 'x.json');
    expect(bad({ kind: 'event', state: 'ZZZ', status: 'partner', date: '2008Q2' })).toThrow('x.json: targets[0].state: no state "ZZZ" in the scenario');
    expect(bad({ kind: 'event', state: 'A', status: 'partner', date: '2004Q2' })).toThrow("x.json: targets[0].date: 2004Q2 is before the scenario's start");
    expect(bad({ kind: 'indicator', indicator: 'partners', at: '2012Q1', value: 1, sd: 1 })).toThrow(/after the run's last step/);
  });
});
