/**
 * Builders for documented scenario fields. Every number carries its range, unit,
 * description and source, so that validation errors can name the range and the
 * ODD parameter table can be generated from the schema itself.
 */
import { z } from 'zod';

/** Metadata attached to every documented field (read back by `docs/ODD.md`'s generator). */
export interface FieldMeta {
  description: string;
  unit?: string;
  /** Where the default comes from: a citation, or "assumption". */
  source?: string;
  [key: string]: unknown;
}

/** Renders a value the way error messages show it. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function rangeText(min: number, max: number): string {
  return Number.isFinite(max) ? `[${min}, ${max}]` : `>= ${min}`;
}

function realSchema(min: number, max: number, integer: boolean) {
  const what = integer ? 'an integer' : 'a number';
  const message = (iss: { input?: unknown }) => `expected ${what} in ${rangeText(min, max)}, got ${showValue(iss.input)}`;
  let schema = z.number({ error: message });
  if (integer) schema = schema.int({ error: message });
  schema = schema.min(min, { error: message });
  if (Number.isFinite(max)) schema = schema.max(max, { error: message });
  return schema;
}

/** A real number in [min, max] with a default. */
export function num(def: number, min: number, max: number, meta: FieldMeta) {
  return realSchema(min, max, false).default(def).meta({ ...meta, minimum: min, maximum: max });
}

/** An integer in [min, max] with a default. */
export function int(def: number, min: number, max: number, meta: FieldMeta) {
  return realSchema(min, max, true).default(def).meta({ ...meta, minimum: min, maximum: max });
}

/** An optional real number (or integer) in [min, max], with no default. */
export function optionalNumber(min: number, max: number, meta: FieldMeta & { integer?: boolean }) {
  return realSchema(min, max, meta.integer ?? false).optional().meta({ ...meta, minimum: min, maximum: max });
}

/** A share in [0, 1] with a default. */
export function share(def: number, meta: FieldMeta) {
  return num(def, 0, 1, meta);
}

/** A boolean switch with a default. */
export function flag(def: boolean, meta: FieldMeta) {
  return z.boolean({ error: (iss) => `expected true or false, got ${showValue(iss.input)}` }).default(def).meta(meta);
}

/** One of a fixed list of strings. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, def: T[number], meta: FieldMeta) {
  return z
    .enum(values, { error: (iss) => `expected one of ${values.join(', ')}, got ${showValue(iss.input)}` })
    .default(def as never)
    .meta(meta);
}

/** An identifier of a state, expert or forum: capitals, digits, '-' and '_'. */
export const identifier = z
  .string({ error: (iss) => `expected an identifier string, got ${showValue(iss.input)}` })
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: (iss) => `expected an identifier (letters, digits, '-', '_'), got ${showValue(iss.input)}` });

/** A required non-empty text. */
export function text(meta: FieldMeta) {
  return z
    .string({ error: (iss) => `expected a text, got ${showValue(iss.input)}` })
    .min(1, { error: 'expected a non-empty text' })
    .meta(meta);
}
