/**
 * The precedence between a policy's override and a swept parameter
 * (src/scenario/precedence.ts): which paths a policy sets, which swept paths conflict,
 * and the input and recorded values under each precedence. The expected values are the
 * policies' own declared numbers (conditionality: sanctions 0.5, crowdingOut 0.03).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/errors.js';
import { readPath } from '../../src/scenario/paths.js';
import { getPolicy } from '../../src/scenario/policies.js';
import { checkPrecedence, conflicts, overridePaths, resolvePoint } from '../../src/scenario/precedence.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';

const SANCTIONS = 'params.partnership.sanctions';
const base = { name: 'x', params: { partnership: { sanctions: 0.1 } }, shocks: { withdrawal: { step: 3 } } } as unknown as ScenarioInput;

describe('the paths a policy sets', () => {
  it('are the leaves of its override, and a whole shock for each shock it sets', () => {
    expect(overridePaths(getPolicy('conditionality').override)).toEqual([
      'params.partnership.conditional',
      'params.partnership.sanctions',
      'params.responsibilisation.crowdingOut',
      'processes.allocateExpertServices',
      'processes.codifyStandards',
      'processes.holdDialogue',
      'processes.rankPeers',
    ]);
    expect(overridePaths(getPolicy('credibility-shock').override)).toEqual(['shocks.credibility']);
    expect(overridePaths(getPolicy('partnership').override)).toEqual([]);
  });

  it('conflict with a swept path that is one of them or lies inside a shock the policy replaces', () => {
    expect(conflicts([SANCTIONS, 'params.benchmarking.pressureGain'], getPolicy('conditionality'))).toEqual([
      { path: SANCTIONS, set: SANCTIONS, policy: 'conditionality', value: 0.5 },
    ]);
    expect(conflicts(['shocks.withdrawal.step'], getPolicy('withdrawal')).map((c) => c.set)).toEqual(['shocks.withdrawal']);
    expect(conflicts(['shocks.withdrawal.step'], getPolicy('credibility-shock'))).toEqual([]);
    expect(conflicts([SANCTIONS], getPolicy('no-benchmarking'))).toEqual([]);
  });
});

describe('resolvePoint', () => {
  it('error: a swept path set by a policy is an input error naming the path and the policy', () => {
    expect(() => resolvePoint(base, { [SANCTIONS]: 0.9 }, getPolicy('conditionality'), 'error')).toThrow(InputError);
    expect(() => checkPrecedence([SANCTIONS], [getPolicy('partnership'), getPolicy('conditionality')], 'error')).toThrow(
      /^--param params\.partnership\.sanctions: policy conditionality also sets it \(to 0\.5\).*--precedence policy.*--precedence sweep/,
    );
    expect(() => checkPrecedence([SANCTIONS], [getPolicy('conditionality')], 'policy')).not.toThrow();
  });

  it("policy: the policy's value runs and is the value recorded", () => {
    const r = resolvePoint(base, { [SANCTIONS]: 0.9, 'params.benchmarking.pressureGain': 0.2 }, getPolicy('conditionality'), 'policy');
    expect(readPath(r.input, SANCTIONS)).toBe(0.5);
    expect(readPath(r.input, 'params.responsibilisation.crowdingOut')).toBe(0.03);
    expect(r.values).toEqual({ [SANCTIONS]: 0.5, 'params.benchmarking.pressureGain': 0.2 });
    expect(r.overridden).toEqual([SANCTIONS]);
  });

  it('sweep: the swept value runs under the policy, and the rest of the policy still applies', () => {
    const r = resolvePoint(base, { [SANCTIONS]: 0.9 }, getPolicy('conditionality'), 'sweep');
    expect(readPath(r.input, SANCTIONS)).toBe(0.9);
    expect(readPath(r.input, 'params.partnership.conditional')).toBe(true);
    expect(readPath(r.input, 'processes.holdDialogue')).toBe(false);
    expect(r.values).toEqual({ [SANCTIONS]: 0.9 });
  });

  it('a shock replaced whole by the policy: under policy precedence the swept field is not given (its default runs)', () => {
    const r = resolvePoint(base, { 'shocks.withdrawal.step': 5 }, getPolicy('withdrawal'), 'policy');
    expect(readPath(r.input, 'shocks.withdrawal')).toEqual({ atShare: 0.5 });
    expect(r.values['shocks.withdrawal.step']).toBeUndefined();
    const s = resolvePoint(base, { 'shocks.withdrawal.step': 5 }, getPolicy('withdrawal'), 'sweep');
    expect(readPath(s.input, 'shocks.withdrawal')).toEqual({ atShare: 0.5, step: 5 });
  });

  it('without a conflict every precedence gives the same input, and the input is never changed', () => {
    const values = { 'params.benchmarking.pressureGain': 0.3 };
    const inputs = (['error', 'policy', 'sweep'] as const).map((p) => resolvePoint(base, values, getPolicy('conditionality'), p).input);
    expect(inputs[1]).toEqual(inputs[0]);
    expect(inputs[2]).toEqual(inputs[0]);
    expect(readPath(base, SANCTIONS)).toBe(0.1);
  });
});
