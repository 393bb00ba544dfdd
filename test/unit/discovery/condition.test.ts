import { describe, expect, it } from 'vitest';
import { holds, parseCondition } from '../../../src/discovery/condition.js';

const KNOWN = ['mean_effort', 'suspensions'];

describe('--where conditions', () => {
  it('parses each operator and applies it', () => {
    expect(parseCondition('mean_effort < 0.3', KNOWN)).toEqual({ indicator: 'mean_effort', op: '<', value: 0.3 });
    expect(parseCondition('suspensions>=1', KNOWN)).toEqual({ indicator: 'suspensions', op: '>=', value: 1 });
    const at = (text: string, x: number) => holds(parseCondition(text, KNOWN), x);
    expect([at('mean_effort < 1', 1), at('mean_effort <= 1', 1), at('mean_effort > 1', 2), at('mean_effort >= 1', 0), at('mean_effort == 1', 1), at('mean_effort != 1', 1)]).toEqual([false, true, true, false, true, false]);
    expect(at('mean_effort != 1', NaN)).toBe(false);
  });

  it('rejects malformed conditions, non-numbers and unknown indicators in one line', () => {
    expect(() => parseCondition('mean_effort', KNOWN)).toThrow(/^--where: expected "<indicator> <op> <value>"/);
    expect(() => parseCondition('mean_effort = 1', KNOWN)).toThrow(/expected "<indicator> <op> <value>"/);
    expect(() => parseCondition('mean_effort < low', KNOWN)).toThrow(/"low" is not a number/);
    expect(() => parseCondition('effort < 1', KNOWN)).toThrow(/unknown indicator "effort"/);
  });
});
