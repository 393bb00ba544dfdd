/**
 * A policy's intervention that sets a swept params path is the same conflict as its
 * override setting it: an input error under `error`, the intervention's value from its
 * step under `policy`, the swept value at every step under `sweep`.
 */
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/scenario/policies.js';
import { checkPrecedence, overridePaths, resolvePoint } from '../../src/scenario/precedence.js';
import { parseScenario } from '../../src/scenario/validate.js';
import { createWorld } from '../../src/world/createWorld.js';
import { testScenarioInput } from '../helpers/world.js';

const PATH = 'params.benchmarking.pressureGain';
const late: Policy = {
  name: 'late-pressure',
  description: 'more pressure from step 5',
  contrast: 'test',
  override: { interventions: [{ at: 5, params: { benchmarking: { pressureGain: 0.9 } } }] },
};

describe('precedence with interventions', () => {
  it('an intervention sets the params paths it overrides', () => {
    expect(overridePaths(late.override)).toEqual([PATH]);
  });

  it('error: naming the path and the policy', () => {
    expect(() => checkPrecedence([PATH], [late], 'error')).toThrow(/^--param params\.benchmarking\.pressureGain: policy late-pressure also sets it \(to 0\.9\)/);
    expect(() => checkPrecedence(['params.benchmarking.decay'], [late], 'error')).not.toThrow();
  });

  it("policy: the intervention's value runs from its step, and is the value recorded", () => {
    const resolved = resolvePoint(testScenarioInput({ steps: 10 }), { [PATH]: 0.2 }, late, 'policy');
    expect(resolved.values[PATH]).toBe(0.9);
    const world = createWorld(parseScenario(resolved.input), 1);
    expect(world.params.benchmarking.pressureGain).toBe(0.2);
    expect([...world.plan.get(5)!].map((c) => (c.kind === 'params' ? c.params.benchmarking.pressureGain : null))).toEqual([0.9]);
  });

  it('sweep: the swept value runs at every step', () => {
    const resolved = resolvePoint(testScenarioInput({ steps: 10 }), { [PATH]: 0.2 }, late, 'sweep');
    const world = createWorld(parseScenario(resolved.input), 1);
    expect(world.params.benchmarking.pressureGain).toBe(0.2);
    expect([...world.plan.get(5)!].map((c) => (c.kind === 'params' ? c.params.benchmarking.pressureGain : null))).toEqual([0.2]);
  });
});
