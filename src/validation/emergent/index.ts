/** Every emergent pattern (src/validation/emergent/types.ts), in table order, and those of a scenario. */
import { benchmarking } from './benchmarking.js';
import { earlyExposure, pathDependence, resemblance } from './construction.js';
import { decoupling } from './decoupling.js';
import { persistence } from './persistence.js';
import { egyptRefuses, goodStudents, onlyMexico, stalls } from './selection.js';
import type { EmergentPattern, RunKind } from './types.js';

export const EMERGENT_PATTERNS: readonly EmergentPattern[] = [pathDependence, earlyExposure, resemblance, persistence, decoupling, benchmarking, goodStudents, egyptRefuses, stalls, onlyMexico];

/** The patterns that apply to a bundled scenario (by slug); none for another scenario. */
export function patternsFor(scenario: string): EmergentPattern[] {
  return EMERGENT_PATTERNS.filter((p) => p.scenarios.includes(scenario));
}

/** The run kinds a set of patterns needs, in RUN_KINDS order. */
export function kindsNeeded(patterns: readonly EmergentPattern[]): RunKind[] {
  const kinds = new Set(patterns.flatMap((p) => p.needs));
  return (['partnership', 'full-withdrawal', 'homogeneous'] as const).filter((k) => kinds.has(k));
}

export * from './types.js';
