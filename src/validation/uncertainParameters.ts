/**
 * The uncertain parameters of a pattern sweep: what the Latin hypercube of
 * `partnersim patterns` varies.
 * - The scenario's own uncertainties, its `sweep.parameters`, with the ranges it gives.
 * - Every numeric model parameter (`params.*`) and every numeric attribute of a
 *   destination (`states[D].destination.*`) whose documented source is exactly
 *   "assumption" (src/scenario/params.ts, src/scenario/entities.ts; the parameter table
 *   of docs/ODD.md), over its value in the scenario ×0.5 to ×1.5, clamped to the field's
 *   range and rounded for integers. Half to one and a half times is itself an
 *   assumption: no source gives these numbers a range, and a factor of three between
 *   the ends spans what a modeller could defend. A parameter at 0 (a lever switched off,
 *   such as sanctions) or a switch is not varied.
 * Not varied: parameters with a source (the Kelley and Simmons reaction rates, the
 * calibrated downgrade ratio, dates), the states' own attributes (the inputs that the
 * homogeneous world sets aside) and `uncertainty`, the per-replicate perturbation of
 * those attributes, which is the noise between seeds, not a mechanism.
 */
import { z } from 'zod';
import { destinationSchema, trustedTravellerSchema } from '../scenario/entities.js';
import { paramsSchema } from '../scenario/params.js';
import { readPath } from '../scenario/paths.js';
import type { Scenario } from '../scenario/schema.js';
import type { ParameterRange } from '../experiments/designs/types.js';
import { resolveRange } from '../experiments/parameters.js';

export const RANGE_FACTOR = { low: 0.5, high: 1.5 } as const;

interface JsonField {
  type?: string;
  minimum?: number;
  maximum?: number;
  source?: string;
  properties?: Record<string, JsonField>;
}

/** Leaf paths (relative) of numeric fields whose source is "assumption", with their bounds. */
function assumedLeaves(schema: z.ZodType): { path: string; integer: boolean; minimum: number; maximum: number }[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonField;
  const out: { path: string; integer: boolean; minimum: number; maximum: number }[] = [];
  const walk = (node: JsonField, prefix: string) => {
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const full = prefix ? `${prefix}.${key}` : key;
      if (field.type === 'object' && field.properties) walk(field, full);
      else if ((field.type === 'number' || field.type === 'integer') && field.source === 'assumption') {
        out.push({ path: full, integer: field.type === 'integer', minimum: field.minimum ?? -Infinity, maximum: field.maximum ?? Infinity });
      }
    }
  };
  walk(root, '');
  return out;
}

function rangeAround(path: string, value: unknown, leaf: { integer: boolean; minimum: number; maximum: number }): ParameterRange | null {
  if (typeof value !== 'number' || !(value > 0)) return null;
  let min = Math.max(leaf.minimum, value * RANGE_FACTOR.low);
  let max = Math.min(leaf.maximum, value * RANGE_FACTOR.high);
  if (leaf.integer) {
    min = Math.ceil(min);
    max = Math.floor(max);
  }
  if (!(max > min)) return null;
  return { path, min, max, ...(leaf.integer ? { integer: true } : {}) };
}

/** The uncertain parameters of a validated scenario, in a stable order (declared first, then by path). */
export function uncertainParameters(scenario: Scenario, file = scenario.name): ParameterRange[] {
  const declared = (scenario.sweep?.parameters ?? []).map((p, k) => resolveRange({ path: p.path, min: p.min, max: p.max }, `${file}: sweep.parameters[${k}]`));
  const taken = new Set(declared.map((r) => r.path));
  const automatic: ParameterRange[] = [];
  for (const leaf of assumedLeaves(paramsSchema)) {
    const path = `params.${leaf.path}`;
    const range = rangeAround(path, readPath(scenario, path), leaf);
    if (range && !taken.has(path)) automatic.push(range);
  }
  for (const state of scenario.states) {
    if (!state.destination) continue;
    const leaves = [...assumedLeaves(destinationSchema).filter((l) => !l.path.startsWith('trustedTraveller.')), ...assumedLeaves(trustedTravellerSchema).map((l) => ({ ...l, path: `trustedTraveller.${l.path}` }))];
    for (const leaf of leaves) {
      const path = `states.${state.id}.destination.${leaf.path}`;
      const range = rangeAround(path, readPath(state.destination, leaf.path), leaf);
      if (range && !taken.has(path)) automatic.push(range);
    }
  }
  automatic.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return [...declared, ...automatic];
}
