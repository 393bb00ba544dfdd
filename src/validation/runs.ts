/**
 * The runs a validation check looks at: one scenario under one policy over several
 * seeds, in process, with every state's trajectory grouped by state.
 */
import { simulate } from '../engine/simulate.js';
import type { StateRow, TimeseriesRow } from '../indicators/columns.js';
import { loadScenario } from '../scenario/load.js';
import type { PolicyName } from '../scenario/policies.js';
import type { Scenario } from '../scenario/schema.js';

export interface ValidationRun {
  seed: number;
  timeseries: TimeseriesRow[];
  /** state id -> its rows, step by step (destinations left out) */
  states: Map<string, StateRow[]>;
}

export interface RunSet {
  scenario: Scenario;
  policy: PolicyName;
  runs: ValidationRun[];
}

export interface RunSetOptions {
  scenario: string;
  policy: PolicyName;
  seeds: readonly number[];
  migrants: number;
  /** a change to the validated scenario before running (e.g. switching a process off) */
  adjust?: (scenario: Scenario) => void;
}

export async function runSet(options: RunSetOptions): Promise<RunSet> {
  const { scenario, slug } = await loadScenario(options.scenario, { policy: options.policy, migrants: options.migrants });
  options.adjust?.(scenario);
  const runs = options.seeds.map((seed) => {
    const result = simulate(scenario, { seed, runId: `${slug}-${options.policy}-${seed}`, scenarioName: slug, policy: options.policy });
    const states = new Map<string, StateRow[]>();
    for (const row of result.states) {
      if (row.roles === 'destination') continue;
      let rows = states.get(row.state);
      if (!rows) states.set(row.state, (rows = []));
      rows.push(row);
    }
    return { seed, timeseries: result.timeseries, states };
  });
  return { scenario, policy: options.policy, runs };
}

/** First step at which a state has a status (Infinity when never). */
export function firstStep(rows: readonly Pick<StateRow, 'status' | 'step'>[], status: string): number {
  return rows.find((r) => r.status === status)?.step ?? Infinity;
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function share(xs: readonly boolean[]): number {
  return xs.length === 0 ? NaN : xs.filter(Boolean).length / xs.length;
}
