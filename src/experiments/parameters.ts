/**
 * Swept parameters: `--param path=min:max[:levels]` and the scenario's `sweep` section.
 * A path is a dotted path to a numeric field of a scenario, e.g.
 * `params.benchmarking.pressureGain`, `states.MDA.capacity` (an element of states,
 * experts or forums by its id, or by its index) or `generate.states`. An element may
 * also be written in brackets, `states[MDA].capacity` or `states[0].capacity`: the same
 * path as `states.MDA.capacity`.
 */
import { InputError } from '../scenario/errors.js';
import { jsonSchemaOf, type JsonSchemaNode } from '../scenario/jsonSchema.js';
import { setPaths } from '../scenario/paths.js';
import { scenarioSchema, type ScenarioInput } from '../scenario/schema.js';
import type { ParameterRange } from './designs/types.js';

type JsonNode = JsonSchemaNode;

let cachedRoot: JsonNode | undefined;
function schemaRoot(): JsonNode {
  cachedRoot ??= jsonSchemaOf(scenarioSchema);
  return cachedRoot;
}

function objectVariant(node: JsonNode): JsonNode {
  if (node.anyOf) return node.anyOf.find((n) => n.type === 'object' || n.type === 'array') ?? node;
  return node;
}

export interface FieldInfo {
  integer: boolean;
  minimum: number;
  maximum: number;
}

/**
 * The dotted form of a path: `states[MAR].adoptionCost` → `states.MAR.adoptionCost`.
 * Throws an InputError on unbalanced or empty brackets.
 */
export function normalisePath(path: string, label = path): string {
  const dotted = path.replace(/\[([^\[\]]*)\]/g, (_, inner: string) => {
    if (inner.trim() === '') throw new InputError(`${label}: empty brackets in "${path}"`);
    return `.${inner.trim()}`;
  });
  if (/[[\]]/.test(dotted)) throw new InputError(`${label}: unbalanced brackets in "${path}"`);
  if (dotted.split('.').some((segment) => segment === '')) throw new InputError(`${label}: "${path}" has an empty segment`);
  return dotted;
}

/** The numeric field a path names, or an InputError saying what is wrong with the path. */
export function numericField(path: string, label = path): FieldInfo {
  let node: JsonNode | undefined = schemaRoot();
  const segments = normalisePath(path, label).split('.');
  for (const [k, segment] of segments.entries()) {
    node = objectVariant(node);
    if (node.type === 'array' && node.items) node = node.items;
    else if (node.properties) node = node.properties[segment];
    else node = undefined;
    if (!node) throw new InputError(`${label}: "${segments.slice(0, k + 1).join('.')}" is not a field of a scenario`);
    if (node.type === 'array' && k === segments.length - 1) throw new InputError(`${label}: "${path}" is a list, not a number`);
  }
  if (!node || (node.type !== 'number' && node.type !== 'integer')) {
    throw new InputError(`${label}: "${path}" is not a numeric field`);
  }
  return { integer: node.type === 'integer', minimum: node.minimum ?? -Infinity, maximum: node.maximum ?? Infinity };
}

/** Checks a range against its field and returns it with the field's integer flag. */
export function resolveRange(range: ParameterRange, label: string): ParameterRange {
  const field = numericField(range.path, label);
  if (!(range.min <= range.max)) throw new InputError(`${label}: min ${range.min} is greater than max ${range.max}`);
  if (range.min < field.minimum || range.max > field.maximum) {
    const hi = Number.isFinite(field.maximum) ? String(field.maximum) : '∞';
    throw new InputError(`${label}: [${range.min}, ${range.max}] leaves the field's range [${field.minimum}, ${hi}]`);
  }
  return { ...range, integer: field.integer };
}

/** Parses `path=min:max[:levels]`. */
export function parseParamOption(text: string, option = '--param'): ParameterRange {
  const label = `${option} ${text}`;
  const m = /^([A-Za-z0-9_.[\]-]+)=([^:]+):([^:]+)(?::([^:]+))?$/.exec(text.trim());
  if (!m) throw new InputError(`${label}: expected path=min:max or path=min:max:levels`);
  const [, path, a, b, c] = m;
  const min = Number(a);
  const max = Number(b);
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new InputError(`${label}: min and max must be numbers`);
  let levels: number | undefined;
  if (c !== undefined) {
    levels = Number(c);
    if (!Number.isInteger(levels) || levels < 1) throw new InputError(`${label}: levels must be a positive integer, got ${c}`);
  }
  return resolveRange({ path: normalisePath(path, label), min, max, ...(levels !== undefined ? { levels } : {}) }, label);
}

/** A copy of the scenario input with the point's values set at their paths. */
export function applyPoint(input: ScenarioInput, values: Readonly<Record<string, number>>): ScenarioInput {
  // bracket paths (states[MAR].adoptionCost) are the dotted ones (states.MAR.adoptionCost)
  const dotted = Object.fromEntries(Object.entries(values).map(([path, value]) => [normalisePath(path, `sweep parameter ${path}`), value]));
  return setPaths(input, dotted);
}
