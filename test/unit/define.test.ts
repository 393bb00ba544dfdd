/**
 * defineScenario gives authors type errors in the editor; `npm run typecheck` (part of
 * `npm test`) fails if any of the @ts-expect-error lines below stops being an error.
 */
import { describe, expect, it } from 'vitest';
import { defineScenario, parseScenario } from '../../src/index.js';

const ok = defineScenario({
  name: 'typed',
  states: [
    { id: 'D', name: 'Destination', roles: ['destination'], source: 'test', emigrationPotential: 0, destination: {} },
    { id: 'A', name: 'Origin', roles: ['origin', 'transit'], source: 'test', capacity: 0.5 },
  ],
});

describe('defineScenario', () => {
  it('returns the config unchanged, and the runtime schema accepts it', () => {
    expect(ok.name).toBe('typed');
    expect(parseScenario(ok).states[1].capacity).toBe(0.5);
  });

  it('rejects at compile time what the runtime schema rejects at load time', () => {
    const wrongType = () =>
      defineScenario({
        name: 'x',
        // @ts-expect-error capacity is a number
        states: [{ id: 'A', name: 'A', roles: ['origin'], source: 's', capacity: 'high' }],
      });
    const wrongRole = () =>
      defineScenario({
        name: 'x',
        // @ts-expect-error 'sender' is not a role
        states: [{ id: 'A', name: 'A', roles: ['sender'], source: 's' }],
      });
    const unknownProcess = () =>
      defineScenario({
        name: 'x',
        // @ts-expect-error no such process
        processes: { negotiate: false },
      });
    for (const make of [wrongType, wrongRole, unknownProcess]) expect(() => parseScenario(make())).toThrow();
  });

  it('rejects a state listed twice on a forum, naming the field', () => {
    const forum = (members: string[], applicants: string[]) => ({
      ...ok,
      states: [...ok.states, { id: 'B', name: 'Other', roles: ['origin' as const], source: 'test' }],
      forums: [{ id: 'F', name: 'Forum', convenor: 'D', members, applicants }],
    });
    expect(() => parseScenario(forum(['A', 'B'], []))).not.toThrow();
    expect(() => parseScenario(forum(['A', 'B', 'A'], []))).toThrow(/forums\[0\]\.members\[2\]: state "A" is already listed among the forum's members or applicants/);
    expect(() => parseScenario(forum(['A'], ['B', 'A']))).toThrow(/forums\[0\]\.applicants\[1\]: state "A" is already listed/);
  });
});
