/**
 * Markdown tables of every documented scenario field (default, range, unit,
 * description, source), generated from the runtime schema itself so that the
 * parameter table in docs/ODD.md cannot drift from the code.
 */
import type { z } from 'zod';
import { destinationSchema, generatorSchema, stateSchema, trustedTravellerSchema, expertSchema, forumSchema } from '../scenario/entities.js';
import { jsonSchemaOf, type JsonSchemaNode } from '../scenario/jsonSchema.js';
import { paramsSchema } from '../scenario/params.js';

type JsonField = JsonSchemaNode;

function range(field: JsonField): string {
  if (field.enum) return field.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (field.type === 'boolean') return 'true, false';
  if (field.minimum === undefined) return '';
  const max = field.maximum === undefined || field.maximum === null ? '∞' : String(field.maximum);
  return `[${field.minimum}, ${max}]`;
}

function cell(text: unknown): string {
  return String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** One markdown table of the documented leaf fields of an object schema. */
export function fieldTable(schema: z.ZodType, prefix: string): string {
  const root = jsonSchemaOf(schema);
  const rows: string[] = ['| field | default | range | unit | description | source |', '|---|---|---|---|---|---|'];
  const walk = (node: JsonField, path: string) => {
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const full = path ? `${path}.${key}` : key;
      if (field.properties && field.type === 'object') {
        walk(field, full);
        continue;
      }
      if (field.description === undefined) continue;
      const def = field.default === undefined ? '—' : `\`${JSON.stringify(field.default)}\``;
      rows.push(`| \`${full}\` | ${def} | ${cell(range(field))} | ${cell(field.unit)} | ${cell(field.description)} | ${cell(field.source)} |`);
    }
  };
  walk(root, prefix);
  return rows.join('\n');
}

/** Every parameter table of docs/ODD.md, as one markdown text. */
export function parameterTables(): string {
  const groups = Object.keys(paramsSchema.unwrap().shape) as (keyof ReturnType<typeof paramsSchema.unwrap>['shape'])[];
  const parts: string[] = [];
  for (const group of groups) {
    parts.push(`#### \`params.${group}\`\n\n${fieldTable(paramsSchema.unwrap().shape[group], `params.${group}`)}`);
  }
  parts.push(`#### State attributes (\`states[i]\`)\n\n${fieldTable(stateSchema, '')}`);
  parts.push(`#### Destination attributes (\`states[i].destination\`)\n\n${fieldTable(destinationSchema, '')}`);
  parts.push(`#### Trusted-traveller programme (\`states[i].destination.trustedTraveller\`)\n\n${fieldTable(trustedTravellerSchema, '')}`);
  parts.push(`#### Expert organisations (\`experts[i]\`)\n\n${fieldTable(expertSchema, '')}`);
  parts.push(`#### Forums (\`forums[i]\`)\n\n${fieldTable(forumSchema, '')}`);
  parts.push(`#### Stylised world (\`generate\`)\n\n${fieldTable(generatorSchema, '')}`);
  return parts.join('\n\n');
}
