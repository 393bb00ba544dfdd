/**
 * Dotted paths into a scenario: `params.benchmarking.pressureGain`, `states.MDA.capacity`
 * (an element of a list by its id, or by its index), `generate.states`. Swept
 * parameters and policy overrides are both values at such paths.
 */
import { InputError } from './errors.js';
import type { ScenarioInput } from './schema.js';

function child(container: unknown, segment: string): unknown {
  if (Array.isArray(container)) return /^\d+$/.test(segment) ? container[Number(segment)] : container.find((e) => (e as { id?: string })?.id === segment);
  if (container && typeof container === 'object') return (container as Record<string, unknown>)[segment];
  return undefined;
}

/** The value at a path, or undefined when the path leads nowhere. */
export function readPath(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split('.')) {
    node = child(node, segment);
    if (node === undefined || node === null) return undefined;
  }
  return node;
}

/** A copy of the scenario input with each value set at its path (missing objects are created). */
export function setPaths(input: ScenarioInput, values: Readonly<Record<string, unknown>>): ScenarioInput {
  const root = structuredClone(input) as Record<string, unknown>;
  for (const [path, value] of Object.entries(values)) {
    const segments = path.split('.');
    let node: unknown = root;
    for (let k = 0; k < segments.length - 1; k++) {
      const segment = segments[k];
      const container = node as Record<string, unknown> | unknown[];
      let next: unknown;
      if (Array.isArray(container)) {
        next = child(container, segment);
        if (next === undefined) throw new InputError(`sweep parameter ${path}: no element "${segment}" in ${segments.slice(0, k).join('.')}`);
      } else {
        next = container[segment];
        if (next === undefined || next === null) {
          next = {};
          container[segment] = next;
        }
      }
      node = next;
    }
    (node as Record<string, unknown>)[segments[segments.length - 1]] = value;
  }
  return root as ScenarioInput;
}
