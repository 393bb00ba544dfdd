import type { PolicyInput } from './policySchema.js';

/**
 * Declares a policy with full type checking in the editor. The config is validated
 * against the runtime policy schema when it is loaded, so JSON policies get the same checks.
 *
 * @example
 * export default definePolicy({
 *   name: 'visa-moldova-2014',
 *   description: 'visa-free travel for Moldova from 2014Q2',
 *   contrast: 'more regular mobility from Moldova',
 *   override: { interventions: [{ at: '2014Q2', states: ['MDA'], state: { visaFacilitated: true } }] },
 * });
 */
export function definePolicy<const T extends PolicyInput>(config: T): T {
  return config;
}
