/**
 * createRunner(scenario, options): one run of the model taken a step at a time, for
 * callers that watch it as it goes (the explorer's worker) as well as for `simulate`,
 * which drives the same runner to the end. The world is built from the seed when the
 * runner is created; each `next()` runs one step and returns its timeseries row.
 *
 * @example
 * const runner = createRunner(scenario, { seed: 1, runId: 'r', scenarioName: 's', policy: 'partnership' });
 * while (!runner.done) rows.push(runner.next());
 */
import { timeseriesRow, type RunLabels } from '../indicators/collect.js';
import type { TimeseriesRow } from '../indicators/columns.js';
import type { Scenario } from '../scenario/schema.js';
import { createWorld } from '../world/createWorld.js';
import type { World } from '../world/world.js';
import { step } from './step.js';

export interface RunnerOptions {
  seed: number;
  runId: string;
  scenarioName: string;
  policy: string;
}

export interface Runner {
  readonly world: World;
  readonly labels: RunLabels;
  /** Steps run so far (the next step's index). */
  readonly taken: number;
  /** Whether the scenario's horizon (`scenario.steps`) is reached. */
  readonly done: boolean;
  /** Runs the next step and returns its row; throws past the horizon. */
  next(): TimeseriesRow;
}

export function createRunner(scenario: Scenario, options: RunnerOptions): Runner {
  const world = createWorld(scenario, options.seed);
  const labels: RunLabels = { runId: options.runId, scenario: options.scenarioName, policy: options.policy, seed: options.seed };
  let taken = 0;
  return {
    world,
    labels,
    get taken() {
      return taken;
    },
    get done() {
      return taken >= scenario.steps;
    },
    next() {
      if (taken >= scenario.steps) throw new Error(`the run has reached its horizon of ${scenario.steps} steps`);
      world.step = taken;
      step(world);
      taken += 1;
      return timeseriesRow(world, labels);
    },
  };
}
