import type { ScenarioInput } from './schema.js';

/**
 * Declares a scenario with full type checking in the editor. The config is validated
 * against the runtime schema when it is loaded, so JSON scenarios get the same checks.
 *
 * @example
 * export default defineScenario({ name: 'tiny', states: [...] });
 */
export function defineScenario<const T extends ScenarioInput>(config: T): T {
  return config;
}
