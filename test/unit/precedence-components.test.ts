/**
 * One precedence for every source of a value (src/scenario/precedence.ts): the scenario <
 * a component < the policy's own override < (the policy or the swept value, by
 * --precedence), for swept parameters, levers and factorial cells alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/errors.js';
import { getPolicy } from '../../src/scenario/policies.js';
import { resolvePoint } from '../../src/scenario/precedence.js';
import { resolvePolicy } from '../../src/scenario/resolvePolicy.js';
import { designOf } from '../helpers/sweep.js';
import { testScenarioInput } from '../helpers/world.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'partnersim-precedence-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SANCTIONS = 'params.partnership.sanctions';
const sanctionsOf = (input: unknown) => (input as { params: { partnership: { sanctions: number } } }).params.partnership.sanctions;

async function inputError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('precedence with components, levers and factorial cells', () => {
  it('the own override goes over a component; a swept value meets the whole policy under --precedence', async () => {
    const file = path.join(dir, 'firm.json');
    writeFileSync(file, JSON.stringify({ name: 'firm', description: 'd', contrast: 'c', components: ['sanctions', 'conditional-pay'], override: { params: { partnership: { sanctions: 0.7 } } } }));
    const firm = await resolvePolicy(file);
    const base = testScenarioInput();
    expect(sanctionsOf(resolvePoint(base, {}, firm, 'error').input)).toBe(0.7);
    expect(() => resolvePoint(base, { [SANCTIONS]: 0.9 }, firm, 'error')).toThrow(/--param params\.partnership\.sanctions: policy firm also sets it \(to 0\.7\)/);
    const byPolicy = resolvePoint(base, { [SANCTIONS]: 0.9 }, firm, 'policy');
    expect(sanctionsOf(byPolicy.input)).toBe(0.7);
    expect(byPolicy.values[SANCTIONS]).toBe(0.7);
    expect(sanctionsOf(resolvePoint(base, { [SANCTIONS]: 0.9 }, firm, 'sweep').input)).toBe(0.9);
    // a path only a component sets conflicts as well: conditionality's sanctions come from its component
    expect(() => resolvePoint(base, { [SANCTIONS]: 0.9 }, getPolicy('conditionality'), 'error')).toThrow(/policy conditionality also sets it \(to 0\.5\)/);
  });

  it('a lever follows the same rule as a swept parameter', async () => {
    const lever = { scenario: 'stylised', policies: 'conditionality', lever: `${SANCTIONS}=0:1:2`, steps: 4, migrants: 100 };
    expect(await inputError(() => designOf(lever, dir))).toMatch(/^--lever params\.partnership\.sanctions: policy conditionality also sets it \(to 0\.5\)/);
    const policy = await designOf({ ...lever, precedence: 'policy' }, dir);
    const sweep = await designOf({ ...lever, precedence: 'sweep' }, dir);
    expect(policy.points.map((p) => p.values[SANCTIONS])).toEqual([0, 1]);
    for (const point of policy.points) {
      expect(sanctionsOf(resolvePoint(policy.context.input, point.values, policy.policies[0], 'policy').input)).toBe(0.5);
      expect(sanctionsOf(resolvePoint(sweep.context.input, point.values, sweep.policies[0], 'sweep').input)).toBe(point.values[SANCTIONS]);
    }
  });

  it('a factorial cell is a policy like any other: a swept path its components set is refused by default', async () => {
    const args = { scenario: 'stylised', factorial: 'sanctions,no-ranking', param: `${SANCTIONS}=0:1:2`, steps: 4, migrants: 100 };
    expect(await inputError(() => designOf(args, dir))).toMatch(/^--param params\.partnership\.sanctions: policy cell-10 also sets it \(to 0\.5\)/);
    const ok = await designOf({ ...args, precedence: 'sweep' }, dir);
    expect(ok.policies.map((p) => p.name)).toEqual(['cell-00', 'cell-01', 'cell-10', 'cell-11']);
    expect(ok.experiments.filter((e) => e.point === 1).map((e) => e.seed)).toEqual(new Array(4).fill(ok.experiments.find((e) => e.point === 1)!.seed));
  });
});
