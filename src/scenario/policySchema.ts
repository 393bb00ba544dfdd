/**
 * The runtime schema of a policy, for policy files (TypeScript with `definePolicy`, or
 * JSON), for the `policies` section of a scenario and for the eleven built-ins alike. A
 * policy is a name, a description, the contrast to look for and an override of the
 * scenario: process switches, a partial of `params`, shocks and interventions. The
 * override is kept as written (it is deep-merged into the scenario's input before the
 * scenario is validated); the schema checks its shape and every value it sets.
 */
import { z } from 'zod';
import { PROCESS_NAMES, type ProcessName } from '../domain/vocabulary.js';
import { InputError, formatPath } from './errors.js';
import { showValue, text } from './fields.js';
import { interventionSchema } from './interventions.js';
import { paramsSchema } from './params.js';
import { shocksSchema } from './shocks.js';

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `expected ${issue.expected}, got ${issue.input === undefined ? 'nothing' : showValue(issue.input)}`;
  }
  return issue.message;
}

const processOverrideSchema = z.strictObject(
  Object.fromEntries(PROCESS_NAMES.map((name) => [name, z.boolean({ error: (iss) => `expected true or false, got ${showValue(iss.input)}` }).optional()])) as Record<
    ProcessName,
    z.ZodOptional<z.ZodBoolean>
  >,
);

/** Checks a partial against a schema whose fields all have defaults; adds its first issue under `path`. */
function checkPartial(schema: z.ZodType, value: unknown, path: PropertyKey[], ctx: z.RefinementCtx): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    ctx.addIssue({ code: 'custom', path: [...path, ...(issue.path as PropertyKey[])], message: describeIssue(issue) });
  }
}

export const overrideSchema = z
  .strictObject({
    processes: processOverrideSchema.optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    shocks: z.record(z.string(), z.unknown()).optional(),
    interventions: z.array(interventionSchema).optional(),
  })
  .superRefine((override, ctx) => {
    if (override.params) checkPartial(paramsSchema, override.params, ['params'], ctx);
    if (override.shocks) checkPartial(shocksSchema, override.shocks, ['shocks'], ctx);
  });

/** A policy name: lower-case letters, digits and '-' (it appears in run ids and file names). */
export const policyNameSchema = z
  .string({ error: (iss) => `expected a policy name, got ${showValue(iss.input)}` })
  .regex(/^[a-z][a-z0-9-]*$/, { error: (iss) => `expected a policy name of lower-case letters, digits and '-', got ${showValue(iss.input)}` });

export const policySchema = z.strictObject({
  name: policyNameSchema,
  description: text({ description: 'what the policy does' }),
  contrast: text({ description: 'what to look for against the baseline' }),
  /** other policies (names or files) whose overrides this one combines (components.ts) */
  components: z.array(z.string({ error: (iss) => `expected a policy name or file, got ${showValue(iss.input)}` }).min(1, { error: 'expected a policy name or file, got nothing' })).min(1, { error: 'expected at least one component' }).optional(),
  override: overrideSchema.prefault({}),
});

/** What a policy author writes. */
export type PolicyInput = z.input<typeof policySchema>;

/** First problem of a policy input, as `path: message`; null when it is valid. */
export function policyProblem(input: unknown): string | null {
  const result = policySchema.safeParse(input);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem${result.error.issues.length > 2 ? 's' : ''})` : '';
  return `${formatPath(issue.path as PropertyKey[])}: ${describeIssue(issue)}${more}`;
}

/** Validates a policy input, naming `where` (a file, or a scenario's `policies[i]`) in the error. */
export function checkPolicyInput(input: unknown, where: string): PolicyInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError(`${where}: expected a policy object, got ${Array.isArray(input) ? 'an array' : showValue(input)}`);
  }
  const problem = policyProblem(input);
  if (problem) throw new InputError(`${where}: ${problem}`);
  return input as PolicyInput;
}
