/**
 * A `RunSummary` of one model run, read from its output rows (the lines of states.csv
 * and timeseries.csv that the sweep's evaluators return, or their compact form): the
 * first step of each state's statuses, statuses and grades by step, and the indicators
 * by step. Both forms give the same summary of the same run.
 */
import type { CompactRun } from '../experiments/compactRun.js';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import type { RunSummary } from './score.js';

const STATE_KEYS = Object.keys(STATE_COLUMNS);
const SERIES_KEYS = Object.keys(TIMESERIES_COLUMNS);
const S_STEP = STATE_KEYS.indexOf('step');
const S_STATE = STATE_KEYS.indexOf('state');
const S_STATUS = STATE_KEYS.indexOf('status');
const S_GRADE = STATE_KEYS.indexOf('grade');
const T_STEP = SERIES_KEYS.indexOf('step');

function lines(text: string): string[][] {
  // the cells of these tables are numbers and identifiers: never quoted, never holding a comma
  return text.split('\n').filter((l) => l.length > 0).map((l) => l.split(','));
}

/** Summarises one run from its states.csv and timeseries.csv lines (no header). */
export function summariseRun(statesCsv: string, timeseriesCsv: string): RunSummary {
  const status = new Map<string, string[]>();
  const grade = new Map<string, number[]>();
  const first = new Map<string, number>();
  let steps = 0;
  for (const cells of lines(statesCsv)) {
    const step = Number(cells[S_STEP]);
    const state = cells[S_STATE];
    const s = cells[S_STATUS];
    if (!status.has(state)) {
      status.set(state, []);
      grade.set(state, []);
    }
    status.get(state)![step] = s;
    grade.get(state)![step] = Number(cells[S_GRADE]);
    const key = `${state}\u0000${s}`;
    if (!first.has(key) || first.get(key)! > step) first.set(key, step);
    steps = Math.max(steps, step + 1);
  }
  const series = new Map<string, number[]>();
  for (const cells of lines(timeseriesCsv)) {
    const step = Number(cells[T_STEP]);
    SERIES_KEYS.forEach((name, k) => {
      if (!series.has(name)) series.set(name, []);
      // an empty cell is an undefined indicator (a Gini of fewer than two partners): NaN, never 0
      series.get(name)![step] = cells[k] === '' ? NaN : Number(cells[k]);
    });
    steps = Math.max(steps, step + 1);
  }
  return {
    steps,
    firstStep: (state, s) => first.get(`${state}\u0000${s}`) ?? null,
    statusAt: (state, step) => status.get(state)?.[step],
    gradeAt: (state, step) => grade.get(state)?.[step] ?? 0,
    indicator: (name, step) => series.get(name)?.[step] ?? NaN,
  };
}

/** Summarises one run from its compact form (experiments/compactRun.ts): the same as summariseRun of its tables. */
export function summariseCompact(run: CompactRun): RunSummary {
  const first = new Map<string, number>();
  for (const [state, statuses] of Object.entries(run.statuses)) {
    statuses.forEach((s, step) => {
      const key = `${state}\u0000${s}`;
      if (!first.has(key)) first.set(key, step);
    });
  }
  return {
    steps: run.steps,
    firstStep: (state, s) => first.get(`${state}\u0000${s}`) ?? null,
    statusAt: (state, step) => run.statuses[state]?.[step],
    gradeAt: (state, step) => run.grades[state]?.[step] ?? 0,
    indicator: (name, step) => run.indicators[name]?.[step] ?? NaN,
  };
}
