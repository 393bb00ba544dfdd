/**
 * worldTypedArrayBytes: what createWorld allocates in typed arrays, computed from the
 * validated scenario before allocation, equals the byteLength of every typed array
 * reachable from an allocated world (walked here), for the shipped scenarios (generated
 * and listed states) at several migrant counts, including none.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/load.js';
import { parseScenario } from '../../../src/scenario/validate.js';
import { createWorld, worldTypedArrayBytes } from '../../../src/world/createWorld.js';
import { MIGRANT_BYTES } from '../../../src/world/migrants.js';

/** The sum of byteLength over the distinct typed arrays reachable from `root`. */
function typedArrayBytes(root: unknown): number {
  const seen = new Set<object>();
  let bytes = 0;
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      bytes += value.byteLength;
      return;
    }
    const children = value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Object.values(value);
    for (const child of children) walk(child);
  };
  walk(root);
  return bytes;
}

describe('worldTypedArrayBytes', () => {
  it('a migrant takes 16 bytes in the table', () => {
    expect(MIGRANT_BYTES).toBe(16);
  });

  for (const name of ['stylised', 'eu-mobility-partnerships', 'north-america-rcm']) {
    it(`equals the typed arrays of an allocated world: ${name}`, async () => {
      const loaded = await loadScenario(name);
      for (const migrants of [0, 1, 12_345]) {
        const scenario = parseScenario(loaded.base, { file: loaded.file, migrants });
        const predicted = worldTypedArrayBytes(scenario);
        const world = createWorld(scenario, 3);
        expect(typedArrayBytes(world)).toBe(predicted);
        expect(predicted).toBe(migrants * 16 + world.states.length * 4);
      }
    });
  }
});
