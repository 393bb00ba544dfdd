/**
 * Policies made of components (src/scenario/components.ts): the combination's override is
 * the merge of its components', a conflict between two components names both, the
 * built-in conditionality is its six components and nothing else.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONALITY_COMPONENTS } from '../../src/scenario/builtinComponents.js';
import { combineOverrides } from '../../src/scenario/components.js';
import { InputError } from '../../src/scenario/errors.js';
import { getPolicy } from '../../src/scenario/policies.js';
import { policyProblem } from '../../src/scenario/policySchema.js';
import { COMPONENT_NAMES, getComponent, resolvePolicy } from '../../src/scenario/resolvePolicy.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'partnersim-components-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

async function message(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('components', () => {
  it('conditionality is the merge of its six components: the override it had when written by hand', () => {
    const policy = getPolicy('conditionality');
    expect(policy.components).toEqual([...CONDITIONALITY_COMPONENTS]);
    // the override of conditionality before it was written as components
    expect(policy.override).toEqual({
      processes: { holdDialogue: false, rankPeers: false, codifyStandards: false, allocateExpertServices: false },
      params: { partnership: { conditional: true, sanctions: 0.5 }, responsibilisation: { crowdingOut: 0.03 } },
    });
    const { origin: _o, ...content } = policy;
    expect(policyProblem(content)).toBeNull();
  });

  it('every built-in component is a valid policy, resolvable by name, and changes one thing', async () => {
    for (const name of COMPONENT_NAMES) {
      const c = getComponent(name)!;
      const { origin: _o, ...content } = c;
      expect(policyProblem(content)).toBeNull();
      expect(Object.keys(c.override)).toHaveLength(1);
      expect((await resolvePolicy(name)).override).toEqual(c.override);
    }
  });

  it('a conflict between two components is an error naming both and the field', () => {
    const a = { name: 'pay', override: { params: { partnership: { conditional: true, sanctions: 0.2 } } } };
    const b = { name: 'stick', override: { params: { partnership: { sanctions: 0.5 } } } };
    expect(() => combineOverrides([a, b], {}, 'mix.json: components')).toThrow('mix.json: components: components pay and stick both set params.partnership.sanctions');
    // a shock replaces its kind whole, so a field of it conflicts too
    const s1 = { name: 's1', override: { shocks: { credibility: { atShare: 0.5, factor: 0.3 } } } };
    const s2 = { name: 's2', override: { shocks: { credibility: { factor: 0.1 } } } };
    expect(() => combineOverrides([s1, s2] as never)).toThrow(/s1 and s2 both set shocks\.credibility/);
  });

  it('the own override goes over the components; interventions are concatenated in order', () => {
    const merged = combineOverrides(
      [
        { name: 'a', override: { params: { partnership: { sanctions: 0.5 } }, interventions: [{ at: 4, params: { destination: { policingBoost: 0.1 } } }] } },
        { name: 'b', override: { processes: { rankPeers: false }, interventions: [{ at: 8, incentives: 'stop' }] } },
      ] as never,
      { params: { partnership: { sanctions: 0.7 } } },
    );
    expect(merged).toEqual({
      params: { partnership: { sanctions: 0.7 } },
      processes: { rankPeers: false },
      interventions: [{ at: 4, params: { destination: { policingBoost: 0.1 } } }, { at: 8, incentives: 'stop' }],
    });
  });

  it('a policy file lists components by name or file; conflicts and cycles are one-line input errors', async () => {
    const pay = write('pay.json', { name: 'pay', description: 'd', contrast: 'c', override: { params: { partnership: { sanctions: 0.3 } } } });
    const combo = write('combo.json', { name: 'combo', description: 'd', contrast: 'c', components: ['conditional-pay', pay, 'no-ranking'] });
    const policy = await resolvePolicy(combo);
    expect(policy.override).toEqual({ params: { partnership: { conditional: true, sanctions: 0.3 } }, processes: { rankPeers: false } });
    expect(policy.components).toEqual(['conditional-pay', pay, 'no-ranking']);
    const clash = write('clash.json', { name: 'clash', description: 'd', contrast: 'c', components: ['sanctions', pay] });
    expect(await message(() => resolvePolicy(clash))).toBe(`${clash}: components: components sanctions and pay both set params.partnership.sanctions; a combination's components must set different fields`);
    const self = path.join(dir, 'self.json');
    write('self.json', { name: 'self', description: 'd', contrast: 'c', components: [self] });
    expect(await message(() => resolvePolicy(self))).toMatch(/self is a component of itself \(self -> self\)/);
    const unknown = write('unknown.json', { name: 'unknown', description: 'd', contrast: 'c', components: ['sanktions'] });
    expect(await message(() => resolvePolicy(unknown))).toMatch(/components: unknown policy "sanktions"/);
  });
});
