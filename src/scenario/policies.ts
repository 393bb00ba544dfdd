/**
 * The ten named policies. A policy is a typed override of a scenario, nothing else:
 * it is deep-merged into the scenario's input before validation, so every policy's
 * effect is visible as data in the run's manifest.
 */
import type { ProcessName } from '../domain/vocabulary.js';
import type { ScenarioInput } from './schema.js';

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The part of a scenario a policy may override (no entity lists). */
export type ScenarioOverride = DeepPartial<Pick<ScenarioInput, 'processes' | 'params' | 'shocks'>>;

export interface Policy {
  name: PolicyName;
  description: string;
  /** What to look for against the `partnership` baseline. */
  contrast: string;
  override: ScenarioOverride;
}

const off = (...names: ProcessName[]) => Object.fromEntries(names.map((n) => [n, false])) as Partial<Record<ProcessName, boolean>>;

export const POLICIES = {
  partnership: {
    description: 'everything on: dialogue, public benchmarking, experts, conditional eligibility, soft rewards',
    contrast: 'gradual selective uptake, rising responsibilisation, border effort above mobility effort, resistance where adoption cost is high',
    override: {},
  },
  conditionality: {
    description: 'no dialogue, no benchmarking, no experts; rewards only after compliance; sanctions; crowding-out on',
    contrast: 'faster short-run effort where reward x credibility > cost, low responsibilisation, reversal when rewards end',
    override: {
      processes: off('holdDialogue', 'rankPeers', 'codifyStandards', 'allocateExpertServices'),
      params: {
        partnership: { conditional: true, sanctions: 0.5 },
        responsibilisation: { crowdingOut: 0.03 },
      },
    },
  },
  'no-monitoring': {
    description: 'no observation beyond prior beliefs (and so nothing to rank)',
    contrast: 'selection by noise',
    override: { processes: off('monitorImplementation', 'rankPeers') },
  },
  'no-benchmarking': {
    description: 'scoreboards private: observed performance feeds beliefs, never a public league table',
    contrast: 'less effort from mid and low performers, fewer public objections, slower diffusion',
    override: { params: { monitoring: { scoreboard: 'private' } } },
  },
  'no-experts': {
    description: 'no expert services and no codified standards',
    contrast: 'noisier monitoring, slower capacity, imitation fails at low capacity',
    override: { processes: off('allocateExpertServices'), params: { standards: { expertCodification: false } } },
  },
  'unconditional-eligibility': {
    description: 'eligibility thresholds and the preparatory period at zero',
    contrast: 'more partners, lower average performance',
    override: { params: { eligibility: { unconditional: true } } },
  },
  'policing-only': {
    description: '"policy of no policy" plus enforcement: no partnership technologies, more policing',
    contrast: 'whether management and enforcement complement each other',
    override: {
      processes: off('holdDialogue', 'allocateExpertServices', 'rankPeers', 'codifyStandards', 'assessEligibility', 'concludePartnership'),
      params: { destination: { policingBoost: 0.3 } },
    },
  },
  'generous-mobility': {
    description: 'legal-mobility quotas three times larger',
    contrast: "the legal-mobility pillar's weight",
    override: { params: { partnership: { mobilityMultiplier: 3 } } },
  },
  'credibility-shock': {
    description: "destinations' credibility falls to 30% after three-eighths of the horizon (step 24 of 64)",
    contrast: "the External Incentives Model's claim that credibility decides",
    override: { shocks: { credibility: { atShare: 0.375, factor: 0.3 } } },
  },
  withdrawal: {
    description: 'all incentives stop at half the horizon (step 32 of 64)',
    contrast: 'does the conduct persist where responsibilisation is high?',
    override: { shocks: { withdrawal: { atShare: 0.5 } } },
  },
} as const satisfies Record<string, Omit<Policy, 'name'>>;

export type PolicyName = keyof typeof POLICIES;
export const POLICY_NAMES = Object.keys(POLICIES) as PolicyName[];

export function isPolicyName(name: string): name is PolicyName {
  return Object.prototype.hasOwnProperty.call(POLICIES, name);
}

export function getPolicy(name: PolicyName): Policy {
  return { name, ...(POLICIES[name] as Omit<Policy, 'name'>) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges `override` into `base`; arrays and scalars in the override replace. */
export function deepMerge<T>(base: T, override: unknown): T {
  if (!isPlainObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(override)) {
    out[key] = deepMerge(out[key], value);
  }
  return out as T;
}

/**
 * The scenario input with a policy applied. A shock set by the policy replaces the
 * scenario's shock of the same kind whole (its timing is the policy's).
 */
export function applyPolicy(input: ScenarioInput, policy: Policy): ScenarioInput {
  const merged = deepMerge(input, policy.override);
  const shocks = (policy.override as ScenarioOverride).shocks;
  if (!shocks) return merged;
  return { ...merged, shocks: { ...(input.shocks ?? {}), ...shocks } } as ScenarioInput;
}
