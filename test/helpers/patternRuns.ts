/**
 * The runs of one parameter point for the emergent patterns, in process: a bundled
 * scenario at its defaults (or changed by `adjust`), each seed run in each world the
 * patterns ask for.
 */
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import type { PatternRun, PointRuns, RunKind, SeedRuns } from '../../src/validation/emergent/types.js';
import { homogeneousWorld } from '../../src/validation/homogeneous.js';
import { shockStep } from '../../src/scenario/schema.js';

export interface PointOptions {
  scenario: string;
  seeds: readonly number[];
  migrants: number;
  kinds: readonly RunKind[];
  /** a change to each world before it runs (a null model) */
  adjust?: (scenario: Scenario, kind: RunKind) => void;
}

function toPatternRun(scenario: Scenario, seed: number, name: string, policy: string): PatternRun {
  const result = simulate(scenario, { seed, runId: `${name}-${seed}`, scenarioName: name, policy });
  const states = new Map<string, PatternRun['states'] extends Map<string, infer R> ? R : never>();
  for (const row of result.states) {
    if (row.roles === 'destination') continue;
    let rows = states.get(row.state);
    if (!rows) states.set(row.state, (rows = []));
    rows.push(row);
  }
  return { seed, states };
}

export async function pointRuns(options: PointOptions): Promise<PointRuns> {
  const worlds: Partial<Record<RunKind, Scenario>> = {};
  let withdrawalStep = 0;
  let steps = 0;
  for (const kind of options.kinds) {
    const policy = kind === 'full-withdrawal' ? 'full-withdrawal' : 'partnership';
    const { scenario } = await loadScenario(options.scenario, { policy, migrants: options.migrants });
    const world = kind === 'homogeneous' ? homogeneousWorld(scenario) : structuredClone(scenario);
    options.adjust?.(world, kind);
    worlds[kind] = world;
    steps = world.steps;
    if (kind === 'full-withdrawal' && world.shocks.withdrawal) withdrawalStep = shockStep(world.shocks.withdrawal, world.steps);
  }
  const seeds: SeedRuns[] = options.seeds.map((seed, k) => ({
    replicate: k + 1,
    seed,
    runs: Object.fromEntries(options.kinds.map((kind) => [kind, toPatternRun(worlds[kind]!, seed, `${options.scenario}-${kind}`, kind === 'full-withdrawal' ? 'full-withdrawal' : 'partnership')])),
  }));
  return { context: { scenario: options.scenario, steps, withdrawalStep }, seeds };
}
