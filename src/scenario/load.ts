/**
 * loadScenario(ref, options): the one way to get a runnable scenario from a file or a
 * bundled name, with a policy and the --steps/--migrants/--variant overrides applied.
 */
import type { Variant } from '../domain/vocabulary.js';
import { loadScenarioInput } from './loader.js';
import { getPolicy, type Policy } from './policies.js';
import { resolvePolicy } from './resolvePolicy.js';
import type { Scenario } from './schema.js';
import { parseScenario } from './validate.js';

export interface LoadOptions {
  /** a policy, or a built-in name, a file or a name the scenario declares (default: partnership) */
  policy?: Policy | string;
  /** folder that a policy file's relative path is read from */
  cwd?: string;
  steps?: number;
  migrants?: number;
  /** the model variant, overriding the scenario's `variant` */
  variant?: Variant;
}

export interface LoadedScenario {
  /** the file as named */
  file: string;
  /** the absolute path of the file read */
  path: string;
  /** the scenario's short name (file name without extension) */
  slug: string;
  policy: Policy;
  /** the validated scenario without the policy (its hash identifies the scenario) */
  base: Scenario;
  /** the validated scenario with the policy applied: what runs */
  scenario: Scenario;
}

/** Loads and validates a scenario; throws an InputError naming the file and field on bad input. */
export async function loadScenario(ref: string, options: LoadOptions = {}): Promise<LoadedScenario> {
  const loaded = await loadScenarioInput(ref);
  const policy =
    typeof options.policy === 'string'
      ? await resolvePolicy(options.policy, { scenario: loaded.input, scenarioFile: loaded.file, cwd: options.cwd })
      : (options.policy ?? getPolicy('partnership'));
  const overrides = { file: loaded.file, steps: options.steps, migrants: options.migrants, variant: options.variant };
  const base = parseScenario(loaded.input, overrides);
  const scenario = parseScenario(loaded.input, { ...overrides, policy });
  return { file: loaded.file, path: loaded.path, slug: loaded.slug, policy, base, scenario };
}
