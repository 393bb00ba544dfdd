/**
 * validate(options): runs the scenarios the patterns need over several seeds and checks
 * every pattern of the article (src/validation/patterns.ts).
 */
import { PATTERNS, type PatternResult, type ValidationData } from './patterns.js';
import { runSet } from './runs.js';

export interface ValidationOptions {
  seeds: number;
  migrants: number;
  /** the first seed (seeds run from it upwards) */
  firstSeed?: number;
}

export const DEFAULT_VALIDATION: ValidationOptions = { seeds: 10, migrants: 20000, firstSeed: 1 };

export async function validationData(options: ValidationOptions = DEFAULT_VALIDATION): Promise<ValidationData> {
  const seeds = Array.from({ length: options.seeds }, (_, k) => k + (options.firstSeed ?? 1));
  const eu = 'eu-mobility-partnerships';
  const common = { seeds, migrants: options.migrants };
  return {
    partnership: await runSet({ ...common, scenario: eu, policy: 'partnership' }),
    noBenchmarking: await runSet({ ...common, scenario: eu, policy: 'no-benchmarking' }),
    noExperts: await runSet({ ...common, scenario: eu, policy: 'no-experts' }),
    withdrawal: await runSet({ ...common, scenario: eu, policy: 'withdrawal' }),
    withdrawalWithoutNorms: await runSet({ ...common, scenario: eu, policy: 'withdrawal', adjust: (s) => (s.processes.internaliseNorms = false) }),
    rcm: await runSet({ ...common, scenario: 'north-america-rcm', policy: 'partnership' }),
  };
}

export async function validate(options: ValidationOptions = DEFAULT_VALIDATION): Promise<PatternResult[]> {
  const data = await validationData(options);
  return PATTERNS.map((pattern) => pattern(data));
}

export type { PatternResult, ValidationData } from './patterns.js';
export { PATTERNS } from './patterns.js';
