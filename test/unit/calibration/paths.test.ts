/**
 * Per-state parameter paths in brackets (`states[MAR].adoptionCost`), as calibration
 * priors and --param name them: the same field as the dotted form.
 */
import { describe, expect, it } from 'vitest';
import { applyPoint, normalisePath, numericField, parseParamOption } from '../../../src/experiments/parameters.js';
import { InputError } from '../../../src/scenario/errors.js';
import { loadScenario } from '../../../src/scenario/load.js';
import { parseScenario } from '../../../src/scenario/validate.js';

describe('bracket paths', () => {
  it('normalise to the dotted form', () => {
    expect(normalisePath('states[MAR].adoptionCost')).toBe('states.MAR.adoptionCost');
    expect(normalisePath('states[0].capacity')).toBe('states.0.capacity');
    expect(normalisePath('params.benchmarking.pressureGain')).toBe('params.benchmarking.pressureGain');
  });

  it('reject empty or unbalanced brackets with one line naming the path', () => {
    expect(() => normalisePath('states[].capacity')).toThrow(/empty brackets/);
    expect(() => normalisePath('states[MAR.capacity')).toThrow(InputError);
    expect(() => normalisePath('states..capacity')).toThrow(/empty segment/);
  });

  it('name the numeric field of a state, with its range', () => {
    expect(numericField('states[MAR].adoptionCost')).toEqual({ integer: false, minimum: 0, maximum: 1 });
    expect(() => numericField('states[MAR].adoptionCots')).toThrow(/not a field of a scenario/);
  });

  it('set the value of that state only, as the dotted path does', async () => {
    const { base } = await loadScenario('eu-mobility-partnerships');
    const bracket = parseScenario(applyPoint(base, { 'states[MAR].adoptionCost': 0.123 }));
    const dotted = parseScenario(applyPoint(base, { 'states.MAR.adoptionCost': 0.123 }));
    expect(bracket).toEqual(dotted);
    const mar = bracket.states.find((s) => s.id === 'MAR')!;
    expect(mar.adoptionCost).toBe(0.123);
    const before = base.states.filter((s) => s.id !== 'MAR').map((s) => s.adoptionCost);
    expect(bracket.states.filter((s) => s.id !== 'MAR').map((s) => s.adoptionCost)).toEqual(before);
    expect(() => applyPoint(base, { 'states[XXX].adoptionCost': 0.1 })).toThrow(/no element "XXX"/);
  });

  it('are accepted by --param', () => {
    expect(parseParamOption('states[MAR].adoptionCost=0.1:0.5')).toMatchObject({ path: 'states.MAR.adoptionCost', min: 0.1, max: 0.5 });
  });
});
