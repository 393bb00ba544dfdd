/**
 * What one side of the explorer runs: a policy, the levers moved over it, the seed,
 * the number of migrants and the horizon. Settings turn into the policy and scenario
 * the engine runs exactly as `partnersim run` does: the levers are deep-merged over the
 * policy's override (a lever moved in the page wins over the policy), the policy over
 * the scenario, and the result is validated with the one schema.
 *
 * Runs in the page, its worker and Node alike.
 */
import { z } from 'zod';
import { PROCESS_NAMES } from '../domain/vocabulary.js';
import { InputError } from '../scenario/errors.js';
import { deepMerge, type Policy, type ScenarioOverride } from '../scenario/policies.js';
import type { Scenario, ScenarioInput } from '../scenario/schema.js';
import { parseScenario } from '../scenario/validate.js';

/** A policy as data: a name (a label in the outputs) and an override of the scenario. */
export interface PolicyData {
  name: string;
  description?: string;
  override: ScenarioOverride;
}

/** The levers moved in the page: processes switched and parameters changed, over the policy. */
/** A parameter's lever: a value, or the values of a nested group (params.effort.anticipation). */
export type LeverValue = number | boolean | string | { [key: string]: LeverValue };

export interface Levers {
  processes?: Partial<Record<(typeof PROCESS_NAMES)[number], boolean>>;
  params?: Record<string, Record<string, LeverValue>>;
}

export interface RunSettings {
  /** the policy the levers start from (a name among the page's policies) */
  policy: string;
  levers: Levers;
  seed: number;
  migrants: number;
  /** the horizon: shocks timed as a share of it depend on it */
  steps: number;
}

const policyName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$/, 'expected a policy name of letters, digits and - _ . +');
const leverValue: z.ZodType<LeverValue> = z.lazy(() => z.union([z.number(), z.boolean(), z.string(), z.record(z.string(), leverValue)]));

export const leversSchema = z.strictObject({
  processes: z.partialRecord(z.enum(PROCESS_NAMES), z.boolean()).optional(),
  params: z.record(z.string(), z.record(z.string(), leverValue)).optional(),
});

export const settingsSchema = z.strictObject({
  policy: policyName,
  levers: leversSchema,
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  migrants: z.number().int().min(0).max(100_000_000),
  steps: z.number().int().min(1).max(100_000),
});

export const policyDataSchema = z.strictObject({
  name: policyName,
  description: z.string().optional(),
  override: z.strictObject({ processes: z.unknown().optional(), params: z.unknown().optional(), shocks: z.unknown().optional() }),
});

/** The policy a side runs: its policy's override with the levers merged over it. */
export function effectivePolicy(base: PolicyData, levers: Levers): PolicyData {
  return { name: base.name, override: deepMerge(base.override, levers) as ScenarioOverride };
}

/** The id of a run, as `partnersim run` names it. */
export function runIdOf(slug: string, policy: string, seed: number): string {
  return `${slug}-${policy}-${seed}`;
}

/**
 * The scenario a policy runs, validated: the same steps as `loadScenario` (policy
 * first, then the horizon and the number of migrants). Throws an InputError naming
 * `file` and the field.
 */
export function effectiveScenario(input: ScenarioInput, policy: PolicyData, sizes: { steps: number; migrants: number }, file = 'scenario'): Scenario {
  // A policy from the page may carry any name: validation reads only its name (for messages) and override.
  const asPolicy = { name: policy.name, description: policy.description ?? '', contrast: '', override: policy.override } as unknown as Policy;
  return parseScenario(input, { file, policy: asPolicy, steps: sizes.steps, migrants: sizes.migrants });
}

/** Checks settings read from an address or a file; throws an InputError naming `what` and the field. */
export function parseSettings(value: unknown, what: string): RunSettings {
  const result = settingsSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${what}: ${issue.path.join('.') || 'settings'}: ${issue.message}`);
  }
  return result.data as RunSettings;
}
