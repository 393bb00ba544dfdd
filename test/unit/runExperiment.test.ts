import { describe, expect, it } from 'vitest';
import { experimentScenario, runExperiment, type SweepContext } from '../../src/experiments/runExperiment.js';
import type { Experiment } from '../../src/experiments/experiments.js';
import { loadScenario } from '../../src/scenario/load.js';
import { DEFAULT_SCENARIO } from '../../src/scenario/loader.js';

async function context(): Promise<SweepContext> {
  const loaded = await loadScenario(DEFAULT_SCENARIO);
  return { input: loaded.base, file: loaded.file, slug: loaded.slug, steps: 4, migrants: 500, collectStates: true };
}

const experiment = (policy: Experiment['policy'], replicate: number, values: Record<string, number> = {}): Experiment => ({
  id: `${policy}-${replicate}-${JSON.stringify(values)}`,
  point: 0,
  policy,
  replicate,
  seed: 100 + replicate,
  values,
});

describe('experimentScenario: one validated scenario per policy and point', () => {
  it('replicates of a point share it; another policy or point gets its own', async () => {
    const ctx = await context();
    const a = experimentScenario(ctx, experiment('partnership', 1));
    expect(experimentScenario(ctx, experiment('partnership', 2))).toBe(a);
    const other = experimentScenario(ctx, experiment('conditionality', 1));
    expect(other).not.toBe(a);
    expect(other.params).not.toEqual(a.params);
    const point = experimentScenario(ctx, experiment('partnership', 1, { 'params.effort.noise': 0.2 }));
    expect(point.params.effort.noise).toBe(0.2);
    expect(a.params.effort.noise).not.toBe(0.2);
  });

  it('is frozen, so a run cannot change what the next run of the thread reads', async () => {
    const ctx = await context();
    const scenario = experimentScenario(ctx, experiment('partnership', 1));
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.params.effort)).toBe(true);
    expect(() => {
      (scenario.params.effort as { noise: number }).noise = 1;
    }).toThrow(TypeError);
  });

  it('a run from a fresh context and one after other runs of the thread give the same rows', async () => {
    const warm = await context();
    for (const policy of ['partnership', 'conditionality', 'withdrawal'] as const) runExperiment(warm, experiment(policy, 3));
    const again = runExperiment(warm, experiment('conditionality', 7));
    const fresh = runExperiment(await context(), experiment('conditionality', 7));
    expect(again).toEqual(fresh);
  });
});
