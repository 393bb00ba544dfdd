/**
 * Verification of two speed-ups of a calibration's runs, against the slow path they
 * replace: (1) scoring a run's compact form gives exactly the scores of its CSV tables
 * read back; (2) a run stopped at the targets' horizon is the start of the full run, and
 * decides every target as the full run does (met or not), with the same score wherever
 * the full run meets it or misses it by less than the cap.
 */
import { describe, expect, it } from 'vitest';
import { stepsNeeded, targetsHorizon } from '../../../src/calibration/horizon.js';
import { loadTargets } from '../../../src/calibration/loadTargets.js';
import { summariseCompact, summariseRun } from '../../../src/calibration/runSummary.js';
import { resolveTargets, scoreRun } from '../../../src/calibration/score.js';
import { parseTargets } from '../../../src/calibration/loadTargets.js';
import { runExperiment, type SweepContext } from '../../../src/experiments/runExperiment.js';
import { loadScenario } from '../../../src/scenario/load.js';

const values = (k: number) => ({ 'params.eligibility.statusGain': 0.05 + 0.03 * k, 'params.eligibility.acceptanceSlope': 4 + 3 * k, 'states.EU.destination.entryThreshold': 0.35 + 0.03 * k });
const experiment = (k: number) => ({ id: `r${k}`, point: k, policy: 'partnership', replicate: 1, seed: 40 + k, values: values(k) });

// every kind of target, an indicator that is undefined in some steps (a Gini of fewer than two partners) and a grade share among them
const allKinds = parseTargets({
  name: 'all-kinds',
  parameters: [{ path: 'params.eligibility.statusGain', prior: { kind: 'uniform', min: 0, max: 0.4 } }],
  targets: [
    { kind: 'event', state: 'MDA', status: 'partner', date: '2008Q2', tolerance: 2 },
    { kind: 'non-event', state: 'EGY', status: 'candidate', before: '2012Q1' },
    { kind: 'ordering', first: 'MDA', then: 'GEO', status: 'partner' },
    { kind: 'indicator', indicator: 'partners', at: '2011Q4', value: 4, sd: 1 },
    { kind: 'indicator', indicator: 'benefit_gini', window: ['2006Q1', '2011Q4'], interval: [0.1, 0.3] },
    { kind: 'indicator', indicator: 'mean_responsibilisation', at: '2010Q2', value: 0.2, sd: 0.05 },
    { kind: 'share', status: 'dialogue', window: ['2007Q1', '2009Q4'], value: 0.3, sd: 0.1 },
    { kind: 'share', grade: 1, at: '2011Q4', interval: [0, 0.2] },
  ],
});

describe('compact runs', () => {
  it('score exactly as the CSV tables of the same run do, for every kind of target', async () => {
    const loaded = await loadScenario('eu-mobility-partnerships', { migrants: 800 });
    const base = loaded.base;
    const calendar = { start: base.start, stepsPerYear: base.stepsPerYear };
    const origins = base.states.filter((s) => !s.roles.includes('destination') || s.roles.length > 1).map((s) => s.id);
    const resolved = resolveTargets(allKinds, { calendar, steps: base.steps, states: origins, allStates: base.states.map((s) => s.id) });
    const tables: SweepContext = { input: base, file: loaded.file, slug: loaded.slug, collectStates: true };
    const compact: SweepContext = { ...tables, compact: { indicators: ['benefit_gini', 'mean_responsibilisation', 'partners'] } };
    let undefinedGini = 0;
    for (let k = 0; k < 4; k++) {
      const a = runExperiment(tables, experiment(k));
      const b = runExperiment(compact, experiment(k));
      expect(b.timeseries).toBe('');
      const fromTables = scoreRun(resolved, summariseRun(a.states!, a.timeseries), calendar);
      const fromCompact = scoreRun(resolved, summariseCompact(b.compact!), calendar);
      expect(fromCompact).toEqual(fromTables);
      undefinedGini += b.compact!.indicators.benefit_gini.filter(Number.isNaN).length;
    }
    // the comparison covered undefined cells (an empty cell is NaN, never 0)
    expect(undefinedGini).toBeGreaterThan(0);
  });
});

describe('the targets horizon', () => {
  it('is 30 steps (2012 Q2) for eu-to-2011: the last signature, 2011 Q4, with its 2 quarters of tolerance', async () => {
    const { targets } = await loadTargets('scenarios/targets/eu-to-2011.ts');
    const loaded = await loadScenario('eu-mobility-partnerships');
    const base = loaded.base;
    const calendar = { start: base.start, stepsPerYear: base.stepsPerYear };
    const origins = base.states.filter((s) => !s.roles.includes('destination') || s.roles.length > 1).map((s) => s.id);
    const resolved = resolveTargets(targets, { calendar, steps: base.steps, states: origins, allStates: base.states.map((s) => s.id) });
    expect(targetsHorizon(resolved, calendar, base.steps)).toBe(30);
    // an ordering has no date: it needs the whole horizon
    const withOrdering = resolveTargets(allKinds, { calendar, steps: base.steps, states: origins, allStates: base.states.map((s) => s.id) });
    expect(stepsNeeded(withOrdering, calendar, base.steps)).toEqual([16, 28, 64, 28, 28, 22, 20, 28]);
  });

  it('a run stopped there is the start of the full run and decides every target as the full run does', async () => {
    const { targets } = await loadTargets('scenarios/targets/eu-to-2011.ts');
    const loaded = await loadScenario('eu-mobility-partnerships', { migrants: 800 });
    const base = loaded.base;
    const calendar = { start: base.start, stepsPerYear: base.stepsPerYear };
    const origins = base.states.filter((s) => !s.roles.includes('destination') || s.roles.length > 1).map((s) => s.id);
    const resolved = resolveTargets(targets, { calendar, steps: base.steps, states: origins, allStates: base.states.map((s) => s.id) });
    const horizon = targetsHorizon(resolved, calendar, base.steps);
    const full: SweepContext = { input: base, file: loaded.file, slug: loaded.slug, collectStates: true };
    const stopped: SweepContext = { ...full, stopAfter: horizon };
    let met = 0;
    let missed = 0;
    for (let k = 0; k < 6; k++) {
      const a = runExperiment(full, experiment(k));
      const b = runExperiment(stopped, experiment(k));
      expect(a.timeseries.startsWith(b.timeseries)).toBe(true);
      expect(a.states!.startsWith(b.states!)).toBe(true);
      expect(b.timeseries.trim().split('\n')).toHaveLength(horizon);
      const sa = scoreRun(resolved, summariseRun(a.states!, a.timeseries), calendar);
      const sb = scoreRun(resolved, summariseRun(b.states!, b.timeseries), calendar);
      sa.forEach((score, t) => {
        expect(sb[t] === 0, `${resolved[t].id}, run ${k}`).toBe(score === 0);
        // a miss is capped at the run's end: the stopped run's score is at most the full run's, and equal below the cap
        expect(sb[t]).toBeLessThanOrEqual(score);
        if (score <= 1) expect(sb[t]).toBe(score);
        if (score === 0) met++;
        else missed++;
      });
    }
    expect(met).toBeGreaterThan(0);
    expect(missed).toBeGreaterThan(0);
  });
});
