/**
 * The JSON Schema view of the runtime scenario schema, as the parameter table, the
 * swept-parameter paths and the explorer's controls read it: one declaration of the
 * node's shape and one conversion, so that the three readers cannot disagree about it.
 */
import { z } from 'zod';

/** One node of the JSON Schema that zod gives for a scenario schema (the fields read here). */
export interface JsonSchemaNode {
  type?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  unit?: string;
  source?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}

/** The input-side JSON Schema of a zod schema (defaults optional, transforms ignored). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
}
