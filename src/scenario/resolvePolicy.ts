/**
 * resolvePolicy(ref, options): the one way every command turns a `--policy` or
 * `--policies` value into a policy. A value is, in this order:
 * - a path to a policy file (it names a folder or ends in .ts, .mts, .js, .mjs or .json),
 *   loaded as scenario files are and checked by the policy schema;
 * - a policy declared in the scenario's `policies` section;
 * - a built-in policy (`partnersim list policies`);
 * - a built-in component (builtinComponents.ts: `sanctions`, `no-ranking`, ...);
 * - the bare name of a policy file shipped in scenarios/policies/ (`visa-moldova-2014`).
 * A scenario may not declare a policy with a built-in's name (the name would be ambiguous).
 *
 * A policy that lists `components` gets the merge of their overrides, then its own
 * (components.ts); each component is resolved the same way (a file's relative to the
 * working folder), and a policy that is its own component, directly or not, is an
 * input error.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BUILTIN_COMPONENTS } from './builtinComponents.js';
import { combineOverrides } from './components.js';
import { InputError } from './errors.js';
import { BUNDLED_SCENARIO_DIR, loadConfigFile } from './loader.js';
import { POLICY_NAMES, getPolicy, isPolicyName, type Policy, type ScenarioOverride } from './policies.js';
import { policyHash } from './policyHash.js';
import { checkPolicyInput } from './policySchema.js';

export interface ResolveOptions {
  /** the scenario's raw input (its `policies` section is read) */
  scenario?: { policies?: unknown };
  /** the scenario file, named in errors about its `policies` section */
  scenarioFile?: string;
  /** the option named in errors (default --policy) */
  option?: string;
  /** folder that relative paths are read from (default: the working folder) */
  cwd?: string;
  /** the combinations being resolved, outermost first (to refuse a cycle) */
  within?: string[];
}

/** Whether a `--policy` value names a file rather than a policy. */
export function isPolicyPath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.(ts|mts|js|mjs|json)$/.test(ref);
}

/** The policies a scenario declares, validated; an InputError names `policies[i]`. */
export function scenarioPolicies(scenario: { policies?: unknown } | undefined, file = 'scenario'): Policy[] {
  const list = scenario?.policies;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new InputError(`${file}: policies: expected an array of policies`);
  return list.map((raw, i) => {
    const input = checkPolicyInput(raw, `${file}: policies[${i}]`);
    if (isPolicyName(input.name) || isComponentName(input.name)) throw new InputError(`${file}: policies[${i}].name: "${input.name}" is a built-in ${isPolicyName(input.name) ? 'policy' : 'component'}; give the scenario's policy another name`);
    return { ...input, override: (input.override ?? {}) as ScenarioOverride, origin: { kind: 'scenario', file } } satisfies Policy;
  });
}

function isComponentName(name: string): boolean {
  return BUILTIN_COMPONENTS.some((c) => c.name === name);
}

/** A built-in component by name (builtinComponents.ts). */
export function getComponent(name: string): Policy | undefined {
  const found = BUILTIN_COMPONENTS.find((c) => c.name === name);
  return found ? { name: found.name, description: found.description, contrast: found.contrast, override: found.override as ScenarioOverride, origin: { kind: 'built-in' } } : undefined;
}

/** The names of the built-in components. */
export const COMPONENT_NAMES: readonly string[] = BUILTIN_COMPONENTS.map((c) => c.name);

/** A policy read from a file or a scenario, with its components resolved and merged in. */
async function expandComponents(policy: Policy, where: string, options: ResolveOptions): Promise<Policy> {
  if (!policy.components) return policy;
  const outer = options.within ?? [];
  if (outer.includes(policy.name)) throw new InputError(`${where}: components: ${policy.name} is a component of itself (${[...outer, policy.name].join(' -> ')})`);
  const within = [...outer, policy.name];
  const parts: Policy[] = [];
  for (const ref of policy.components) parts.push(await resolvePolicy(ref, { ...options, option: `${where}: components`, within }));
  return { ...policy, override: combineOverrides(parts, policy.override, `${where}: components`) };
}

/** Loads and validates a policy file. */
export async function loadPolicyFile(ref: string, cwd = process.cwd()): Promise<Policy> {
  const file = path.resolve(cwd, ref);
  if (!existsSync(file)) throw new InputError(`${ref}: no such policy file`);
  if (!/\.(ts|mts|js|mjs|json)$/.test(file)) throw new InputError(`${ref}: expected a .ts, .js or .json policy file`);
  const raw = await loadConfigFile(file, ref, 'definePolicy(...)');
  const input = checkPolicyInput(raw, ref);
  return { ...input, override: (input.override ?? {}) as ScenarioOverride, origin: { kind: 'file', file: ref } };
}

/** Loads a policy file and merges in its components. */
async function loadPolicy(ref: string, options: ResolveOptions): Promise<Policy> {
  return expandComponents(await loadPolicyFile(ref, options.cwd), ref, options);
}

/** The folder of the policy files shipped with partnersim. */
export const SHIPPED_POLICY_DIR = path.join(BUNDLED_SCENARIO_DIR, 'policies');

/** The shipped policy file of a bare name (`visa-moldova-2014`), if there is one. */
export function shippedPolicyFile(name: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return undefined;
  for (const ext of ['.ts', '.json']) {
    const file = path.join(SHIPPED_POLICY_DIR, name + ext);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Resolves one `--policy` value (see the module's description). */
export async function resolvePolicy(ref: string, options: ResolveOptions = {}): Promise<Policy> {
  const option = options.option ?? '--policy';
  if (ref === '') throw new InputError(`${option}: expected a policy name or file, got nothing`);
  if (isPolicyPath(ref)) return loadPolicy(ref, options);
  const declared = scenarioPolicies(options.scenario, options.scenarioFile);
  const found = declared.findIndex((p) => p.name === ref);
  if (found >= 0) return expandComponents(declared[found], `${options.scenarioFile ?? 'scenario'}: policies[${found}]`, options);
  if (isPolicyName(ref)) return getPolicy(ref);
  const component = getComponent(ref);
  if (component) return component;
  const shipped = shippedPolicyFile(ref);
  if (shipped) return loadPolicy(shipped, { ...options, cwd: undefined });
  const known = [...POLICY_NAMES, ...declared.map((p) => p.name)];
  throw new InputError(`${option}: unknown policy ${JSON.stringify(ref)} (known: ${known.join(', ')}; components: ${COMPONENT_NAMES.join(', ')}; or give a .ts or .json policy file)`);
}

/**
 * Resolves a list of `--policies` values; two policies with the same name (a file and a
 * built-in, two files) are an input error, since results are labelled by name.
 */
export async function resolvePolicies(refs: readonly string[], options: ResolveOptions = {}): Promise<Policy[]> {
  const option = options.option ?? '--policies';
  const out: Policy[] = [];
  for (const ref of refs) {
    const policy = await resolvePolicy(ref, { ...options, option });
    const twin = out.find((p) => p.name === policy.name);
    if (twin) {
      if (policyHash(twin) === policyHash(policy)) continue;
      throw new InputError(`${option}: two different policies are named "${policy.name}" (${describeOrigin(twin)} and ${describeOrigin(policy)})`);
    }
    out.push(policy);
  }
  return out;
}

function describeOrigin(policy: Policy): string {
  const origin = policy.origin ?? { kind: 'built-in' };
  return origin.kind === 'built-in' ? 'the built-in' : origin.kind === 'file' ? `file ${origin.file}` : `the scenario's`;
}

/**
 * The key of a policy in run ids: its name for a built-in (ids stay what they were), its
 * name and the first 16 hex digits of its content hash otherwise, so that a policy file's
 * runs depend on what it says and not on where it lies.
 */
export function policyKey(policy: Policy): string {
  return (policy.origin?.kind ?? 'built-in') === 'built-in' ? policy.name : `${policy.name}@${policyHash(policy).slice(0, 16)}`;
}
