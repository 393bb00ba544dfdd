/**
 * Canonical JSON and the content hash of a scenario, in code that runs in Node and in
 * the browser alike (the explorer records the hash of the scenario it ran).
 *
 * @example
 * canonicalJson({ b: 1, a: 2 }); // '{"a":2,"b":1}'
 */
import { sha256Hex } from '../io/sha256.js';

/** A canonical JSON text: object keys sorted, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** SHA-256 of the canonical JSON of a validated scenario: its content hash. */
export function scenarioHash(scenario: unknown): string {
  return sha256Hex(canonicalJson(scenario));
}
