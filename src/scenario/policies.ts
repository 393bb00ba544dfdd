/**
 * Policies. A policy is a typed override of a scenario, nothing else: it is deep-merged
 * into the scenario's input before validation, so every policy's effect is visible as
 * data in the run's manifest. The eleven built-ins are data (builtinPolicies.ts); users
 * write more in files or in a scenario's `policies` section (resolvePolicy.ts).
 */
import { BUILTIN_POLICIES } from './builtinPolicies.js';
import { deepMerge } from './deepMerge.js';
import type { InterventionInput } from './interventions.js';
import type { ScenarioInput } from './schema.js';

export { BUILTIN_POLICIES } from './builtinPolicies.js';
export { deepMerge } from './deepMerge.js';

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The part of a scenario a policy may override (no entity lists). */
export type ScenarioOverride = DeepPartial<Pick<ScenarioInput, 'processes' | 'params' | 'shocks'>> & { interventions?: InterventionInput[] };

/** Where a policy was defined. */
export interface PolicyOrigin {
  kind: 'built-in' | 'scenario' | 'file' | 'factorial';
  /** the file as named (file policies) or the scenario file (scenario policies) */
  file?: string;
}

export interface Policy {
  name: string;
  description: string;
  /** What to look for against the `partnership` baseline. */
  contrast: string;
  /** its override: for a combination, its components' merged and its own on top (components.ts) */
  override: ScenarioOverride;
  /** the components it combines, as named (their overrides are merged into `override`) */
  components?: string[];
  /** where it was defined (default: built-in) */
  origin?: PolicyOrigin;
}

/** The built-in policies by name, in their fixed order (the charts' palette follows it). */
export const POLICIES = Object.fromEntries(BUILTIN_POLICIES.map(({ name, ...rest }) => [name, rest])) as {
  [P in (typeof BUILTIN_POLICIES)[number] as P['name']]: Omit<P, 'name'>;
};

export type PolicyName = keyof typeof POLICIES;
export const POLICY_NAMES = BUILTIN_POLICIES.map((p) => p.name) as PolicyName[];

export function isPolicyName(name: string): name is PolicyName {
  return Object.prototype.hasOwnProperty.call(POLICIES, name);
}

export function getPolicy(name: PolicyName): Policy {
  return { name, ...(POLICIES[name] as Omit<Policy, 'name'>), origin: { kind: 'built-in' } };
}

/**
 * The scenario input with a policy applied. A shock set by the policy replaces the
 * scenario's shock of the same kind whole (its timing is the policy's); the policy's
 * interventions come after the scenario's (a later one wins where both set a field).
 */
export function applyPolicy(input: ScenarioInput, policy: Policy): ScenarioInput {
  const { interventions, shocks, ...rest } = policy.override;
  let merged = deepMerge(input, rest);
  if (shocks) merged = { ...merged, shocks: { ...(input.shocks ?? {}), ...shocks } } as ScenarioInput;
  if (interventions && interventions.length > 0) merged = { ...merged, interventions: [...(input.interventions ?? []), ...interventions] } as ScenarioInput;
  return merged;
}
