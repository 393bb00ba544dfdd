/**
 * simulate(scenario, options): one run of the model, from a validated scenario and a
 * seed to tidy rows. The engine counts the steps itself.
 */
import { stateRows, timeseriesRow } from '../indicators/collect.js';
import type { StateRow, TimeseriesRow } from '../indicators/columns.js';
import type { Scenario } from '../scenario/schema.js';
import { createWorld } from '../world/createWorld.js';
import type { World } from '../world/world.js';
import { step } from './step.js';

export interface SimulationOptions {
  seed: number;
  runId: string;
  scenarioName: string;
  policy: string;
  /** collect states.csv rows (default true) */
  collectStates?: boolean;
  /** called after each step with the world, for notebooks and custom reporters */
  onStep?: (world: World) => void;
}

export interface SimulationResult {
  timeseries: TimeseriesRow[];
  states: StateRow[];
}

export function simulate(scenario: Scenario, options: SimulationOptions): SimulationResult {
  const world = createWorld(scenario, options.seed);
  const labels = { runId: options.runId, scenario: options.scenarioName, policy: options.policy, seed: options.seed };
  const timeseries: TimeseriesRow[] = [];
  const states: StateRow[] = [];
  for (let t = 0; t < scenario.steps; t++) {
    world.step = t;
    step(world);
    timeseries.push(timeseriesRow(world, labels));
    if (options.collectStates !== false) states.push(...stateRows(world, options.runId));
    options.onStep?.(world);
  }
  return { timeseries, states };
}
