/**
 * Policies in files: the schema (one line naming file, field and problem), the resolver
 * (built-in, file, scenario-declared), and the content hash that keys a file policy's runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/errors.js';
import { BUILTIN_POLICIES, POLICY_NAMES, getPolicy } from '../../src/scenario/policies.js';
import { policyHash } from '../../src/scenario/policyHash.js';
import { policyProblem } from '../../src/scenario/policySchema.js';
import { policyKey, resolvePolicies, resolvePolicy } from '../../src/scenario/resolvePolicy.js';
import { parseScenario } from '../../src/scenario/validate.js';
import { testScenarioInput } from '../helpers/world.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'partnersim-policy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = {
  name: 'pay-on-delivery',
  description: 'rewards only after compliance',
  contrast: 'conditional pay alone, the technologies kept on',
  override: { params: { partnership: { conditional: true } } },
};

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function errorOf(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('the policy schema', () => {
  it('accepts the eleven built-ins, which are written in the file format', () => {
    expect(BUILTIN_POLICIES.map((p) => p.name)).toEqual(POLICY_NAMES);
    for (const policy of BUILTIN_POLICIES) expect(policyProblem(policy)).toBeNull();
  });

  it.each([
    [{ ...GOOD, name: 'Pay On Delivery' }, /^name: expected a policy name of lower-case letters/],
    [{ ...GOOD, description: '' }, /^description: expected a non-empty text/],
    [{ ...GOOD, colour: 'red' }, /^\(root\): unknown field "colour"/],
    [{ ...GOOD, override: { params: { partnership: { sanctions: 2 } } } }, /^override\.params\.partnership\.sanctions: expected a number in \[0, 1\], got 2/],
    [{ ...GOOD, override: { params: { partnership: { sanktions: 0.2 } } } }, /^override\.params\.partnership: unknown field "sanktions"/],
    [{ ...GOOD, override: { processes: { holdDialog: false } } }, /^override\.processes: unknown field "holdDialog"/],
    [{ ...GOOD, override: { interventions: [{ at: 'spring 2011', incentives: 'stop' }] } }, /^override\.interventions\[0\]\.at: expected a date such as "2011Q2"/],
    [{ ...GOOD, override: { interventions: [{ at: 4, state: { charisma: 1 } }] } }, /^override\.interventions\[0\]\.state: unknown field "charisma"/],
    [{ ...GOOD, override: { interventions: [{ at: 4, destination: { credibility: { times: -1 } } }] } }, /^override\.interventions\[0\]\.destination\.credibility\.times: expected a number in \[0, 1\] or \{ times: k \}/],
  ])('rejects a bad input with one line naming the field (%#)', (input, message) => {
    const problem = policyProblem(input);
    expect(problem).toMatch(message);
    expect(problem).not.toContain('\n');
  });
});

describe('resolvePolicy', () => {
  it('a built-in name gives the built-in', async () => {
    expect(await resolvePolicy('conditionality')).toEqual(getPolicy('conditionality'));
  });

  it('a JSON file gives its policy; a bad one fails naming the file and field', async () => {
    const file = write('pay.json', GOOD);
    const policy = await resolvePolicy(file);
    expect(policy).toMatchObject({ ...GOOD, origin: { kind: 'file', file } });
    const bad = write('bad.json', { ...GOOD, override: { params: { partnership: { sanctions: 'lots' } } } });
    const error = await errorOf(() => resolvePolicy(bad));
    expect(error.message).toBe(`${bad}: override.params.partnership.sanctions: expected a number in [0, 1], got "lots"`);
    expect((await errorOf(() => resolvePolicy(write('broken.json', '{ "name": ')))).message).toMatch(/broken\.json: invalid JSON/);
    expect((await errorOf(() => resolvePolicy(path.join(dir, 'missing.json')))).message).toMatch(/missing\.json: no such policy file$/);
  });

  it('a TypeScript file with definePolicy loads like a scenario file', async () => {
    const policy = await resolvePolicy('scenarios/policies/visa-moldova-2014.ts');
    expect(policy.name).toBe('visa-moldova-2014');
    expect(policy.override.interventions?.[0]).toMatchObject({ at: '2014Q2', states: ['MDA'] });
  });

  it('a name the scenario declares, before the built-ins; unknown names list both', async () => {
    const scenario = { policies: [{ ...GOOD, name: 'local' }] };
    expect((await resolvePolicy('local', { scenario, scenarioFile: 's.ts' })).origin).toEqual({ kind: 'scenario', file: 's.ts' });
    const unknown = await errorOf(() => resolvePolicy('nowhere', { scenario, scenarioFile: 's.ts' }));
    expect(unknown.message).toMatch(/^--policy: unknown policy "nowhere" \(known: partnership, .*withdrawal, local; components: conditional-pay, .*no-expert-services; or give a \.ts or \.json policy file\)$/);
    const clash = await errorOf(() => resolvePolicy('withdrawal', { scenario: { policies: [{ ...GOOD, name: 'withdrawal' }] }, scenarioFile: 's.ts' }));
    expect(clash.message).toBe('s.ts: policies[0].name: "withdrawal" is a built-in policy; give the scenario\'s policy another name');
  });

  it('two different policies with one name are an input error; the same content twice is one policy', async () => {
    const a = write('a.json', { ...GOOD, name: 'conditionality' });
    const error = await errorOf(() => resolvePolicies(['conditionality', a]));
    expect(error.message).toMatch(/^--policies: two different policies are named "conditionality" \(the built-in and file .*a\.json\)$/);
    const copy = write('copy.json', GOOD);
    expect(await resolvePolicies([write('orig.json', GOOD), copy])).toHaveLength(1);
  });

  it("a file policy's key in run ids is its name and content hash, not its path", async () => {
    const one = await resolvePolicy(write('one.json', GOOD));
    const two = await resolvePolicy(write('elsewhere.json', GOOD));
    expect(policyKey(one)).toBe(policyKey(two));
    expect(policyKey(one)).toBe(`pay-on-delivery@${policyHash(GOOD).slice(0, 16)}`);
    const changed = await resolvePolicy(write('changed.json', { ...GOOD, override: { params: { partnership: { conditional: false } } } }));
    expect(policyKey(changed)).not.toBe(policyKey(one));
    expect(policyKey(getPolicy('withdrawal'))).toBe('withdrawal');
  });

  it("a policy's interventions must name the scenario's states: the error names the policy", async () => {
    const policy = await resolvePolicy(write('deal.json', { ...GOOD, name: 'deal', override: { interventions: [{ at: 2, states: ['LBY'], state: { detentionCapacity: 0.8 } }] } }));
    expect(() => parseScenario(testScenarioInput(), { file: 't.ts', policy })).toThrow(/^t\.ts: interventions\[0\]\.states\[0\]: unknown state "LBY" \[with policy deal\]$/);
  });
});
