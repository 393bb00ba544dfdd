/**
 * Which value runs when a swept parameter and a policy set the same field. Defined once,
 * here, for every kind of sweep: built-in policies, policy files, combinations of
 * components, factorial cells, swept parameters (uncertainties) and levers alike. A pure
 * function of (scenario input, point values, policy, precedence).
 *
 * The whole order, from the weakest: the scenario's value; a component's (components
 * never overlap: two that set one field are an input error, components.ts); the policy's
 * own override, over its components'; then, between the policy (all of it) and a swept
 * parameter or a lever, what `--precedence` says below. A lever is a swept path like an
 * uncertainty (`--param`) and follows the same rule; one path cannot be both (an input
 * error, experiments/crossedDesign.ts). Posterior draws (`compare --posterior`) are swept
 * paths too.
 *
 * - `error` (the default): a swept path that a policy also sets is an input error
 *   before any run, naming the path and the policy. Nothing is overridden silently.
 * - `policy`: the policy's value runs; the swept value is ignored for that policy, and
 *   runs.csv records the policy's value (the value that ran) in the parameter's column.
 * - `sweep`: the swept value runs, also under the policy that sets the field.
 *
 * A policy sets the leaves of its override (`params.partnership.sanctions`); a shock in
 * a policy replaces the scenario's shock of that kind whole (see `applyPolicy`), so it
 * sets every field of `shocks.<kind>`. A swept path conflicts with a policy when it is one
 * of the paths the policy sets or lies inside one. An intervention of the policy that sets
 * a params path from some step on sets that path too: under `error` it is the same input
 * error; under `policy` the swept value runs until the intervention's step and the
 * intervention's from it (runs.csv records the value the intervention sets); under `sweep`
 * the swept value runs at every step (the intervention's value at that path is replaced).
 *
 * @example
 * const { input, values } = resolvePoint(base, { 'params.partnership.sanctions': 0.9 }, getPolicy('conditionality'), 'policy');
 * // values['params.partnership.sanctions'] === 0.5: the policy's value, the one that ran
 */
import { InputError } from './errors.js';
import { overridePaths } from './overridePaths.js';
import { setPaths, readPath } from './paths.js';
import { applyPolicy, type Policy, type ScenarioOverride } from './policies.js';
import type { ScenarioInput } from './schema.js';

export { overridePaths };

export const PRECEDENCES = ['error', 'policy', 'sweep'] as const;
export type Precedence = (typeof PRECEDENCES)[number];

export function isPrecedence(text: string): text is Precedence {
  return (PRECEDENCES as readonly string[]).includes(text);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value the policy sets at a path: its override's, else its last intervention's that sets it. */
function policyValue(override: ScenarioOverride, path: string): unknown {
  const direct = readPath(override, path);
  if (direct !== undefined) return direct;
  let value: unknown;
  for (const iv of override.interventions ?? []) {
    if (iv.params && path.startsWith('params.')) {
      const v = readPath(iv.params, path.slice('params.'.length));
      if (v !== undefined) value = v;
    }
  }
  return value;
}

/** Under `sweep` precedence, the swept values replace what the interventions set at those paths. */
function sweptInterventions(input: ScenarioInput, values: Readonly<Record<string, number>>): ScenarioInput {
  if (!input.interventions) return input;
  const params = Object.entries(values).filter(([path]) => path.startsWith('params.'));
  const interventions = input.interventions.map((iv) => {
    if (!iv.params) return iv;
    let next = iv.params as Record<string, unknown>;
    for (const [path, value] of params) {
      const inner = path.slice('params.'.length);
      if (readPath(next, inner) !== undefined) next = setPaths(next as ScenarioInput, { [inner]: value }) as Record<string, unknown>;
    }
    return { ...iv, params: next };
  });
  return { ...input, interventions };
}

export interface Conflict {
  /** the swept path */
  path: string;
  /** what the policy sets that covers it (the path itself, or a shock it replaces) */
  set: string;
  policy: string;
  /** the policy's value at the path, when it gives one */
  value: unknown;
}

/** The swept paths that a policy also sets. */
export function conflicts(paths: readonly string[], policy: Policy): Conflict[] {
  const set = overridePaths(policy.override);
  const out: Conflict[] = [];
  for (const path of paths) {
    const covering = set.find((s) => path === s || path.startsWith(`${s}.`));
    if (covering !== undefined) out.push({ path, set: covering, policy: policy.name, value: policyValue(policy.override, path) });
  }
  return out;
}

/** The input error of the first conflict, with the way out; `swept` names how the path was swept (--param, --lever). */
export function conflictError(conflict: Conflict, option = '--precedence', swept = '--param'): InputError {
  const what = conflict.set === conflict.path ? `also sets it${conflict.value === undefined ? '' : ` (to ${JSON.stringify(conflict.value)})`}` : `replaces ${conflict.set} whole`;
  return new InputError(
    `${swept} ${conflict.path}: policy ${conflict.policy} ${what}, so the swept value would not run; choose ${option} policy (the policy's value runs and runs.csv records it) or ${option} sweep (the swept value runs under every policy), or sweep another parameter`,
  );
}

/**
 * Throws the input error of the first conflict between swept paths and policies, under
 * `error` precedence; `levers` are the swept paths that are levers (named --lever).
 */
export function checkPrecedence(paths: readonly string[], policies: readonly Policy[], precedence: Precedence, levers: readonly string[] = []): void {
  if (precedence !== 'error') return;
  for (const policy of policies) {
    const found = conflicts(paths, policy);
    if (found.length > 0) throw conflictError(found[0], '--precedence', levers.includes(found[0].path) ? '--lever' : '--param');
  }
}

export interface ResolvedPoint {
  /** the scenario input that runs (before validation): point and policy applied */
  input: ScenarioInput;
  /**
   * the value that runs at each swept path: the point's, or under `policy` precedence
   * the policy's where it sets the path (undefined when the policy replaced a shock
   * without giving that field: the field's default runs)
   */
  values: Record<string, number | undefined>;
  /** swept paths whose point value does not run (set by the policy) */
  overridden: string[];
}

/** Applies a point and a policy in the order the precedence says. */
export function resolvePoint(input: ScenarioInput, values: Readonly<Record<string, number>>, policy: Policy, precedence: Precedence): ResolvedPoint {
  const found = conflicts(Object.keys(values), policy);
  if (precedence === 'error' && found.length > 0) throw conflictError(found[0]);
  if (found.length === 0) return { input: applyPolicy(setPaths(input, values), policy), values: { ...values }, overridden: [] };
  if (precedence === 'sweep') return { input: sweptInterventions(setPaths(applyPolicy(input, policy), values), values), values: { ...values }, overridden: [] };
  const effective = applyPolicy(setPaths(input, values), policy);
  const ran: Record<string, number | undefined> = { ...values };
  for (const { path, set, value: setValue } of found) {
    // Set by the override itself (or a shock it replaces): the scenario's value runs; set only by an intervention: its value, from its step.
    const byOverride = readPath(policy.override, path) !== undefined || set.startsWith('shocks.');
    const value = byOverride ? readPath(effective, path) : setValue;
    ran[path] = typeof value === 'number' ? value : undefined;
  }
  return { input: effective, values: ran, overridden: found.map((c) => c.path) };
}
