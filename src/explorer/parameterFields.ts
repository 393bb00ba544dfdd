/**
 * The fields of the params schema the explorer offers as controls, by group, from the
 * schema itself; nested groups (params.effort.anticipation) give one field per leaf,
 * under a dotted key (`anticipation.none`). No DOM: shared by the page and the tests.
 */
import { jsonSchemaOf, type JsonSchemaNode } from '../scenario/jsonSchema.js';
import { paramsSchema } from '../scenario/params.js';

/** A field of the params schema, as its JSON Schema gives it. */
export type JsonField = JsonSchemaNode;

/** The parameter groups and their fields, from the schema (computed once). */
let groupsCache: [string, [string, JsonField][]][] | undefined;
export function parameterGroups(): [string, [string, JsonField][]][] {
  if (!groupsCache) {
    const root = jsonSchemaOf(paramsSchema);
    // nested groups (params.effort.anticipation.none) become fields with dotted keys
    const leaves = (node: JsonField, prefix: string): [string, JsonField][] =>
      Object.entries(node.properties ?? {}).flatMap(([key, field]): [string, JsonField][] =>
        field.type === 'object' && field.properties ? leaves(field, `${prefix}${key}.`) : [[`${prefix}${key}`, field]],
      );
    groupsCache = Object.entries(root.properties ?? {}).map(([group, node]) => [group, leaves(node, '')]);
  }
  return groupsCache;
}

