/**
 * simulate(scenario, options): one run of the model, from a validated scenario and a
 * seed to tidy rows. The engine counts the steps itself (src/engine/runner.ts).
 */
import { stateRows } from '../indicators/collect.js';
import type { StateRow, TimeseriesRow } from '../indicators/columns.js';
import type { Scenario } from '../scenario/schema.js';
import type { World } from '../world/world.js';
import { createRunner } from './runner.js';

export interface SimulationOptions {
  seed: number;
  runId: string;
  scenarioName: string;
  policy: string;
  /** collect states.csv rows (default true) */
  collectStates?: boolean;
  /**
   * stop after this many steps of the scenario's horizon (default: all of them). The
   * horizon still times the shocks given as a share of it, so the first rows are those
   * of the whole run.
   */
  stopAfter?: number;
  /** called after each step with the world, for notebooks and custom reporters */
  onStep?: (world: World) => void;
}

export interface SimulationResult {
  timeseries: TimeseriesRow[];
  states: StateRow[];
}

export function simulate(scenario: Scenario, options: SimulationOptions): SimulationResult {
  const runner = createRunner(scenario, options);
  const last = Math.min(scenario.steps, options.stopAfter ?? scenario.steps);
  const timeseries: TimeseriesRow[] = [];
  const states: StateRow[] = [];
  while (runner.taken < last) {
    timeseries.push(runner.next());
    if (options.collectStates !== false) states.push(...stateRows(runner.world, options.runId));
    options.onStep?.(runner.world);
  }
  return { timeseries, states };
}
