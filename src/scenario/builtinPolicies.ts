/**
 * The eleven built-in policies, written in the format of a policy file (definePolicy) and
 * checked by the same schema (test/unit/policySchema.test.ts). They live in a data module
 * rather than in scenarios/policies/ so that they need no TypeScript loader at run time
 * (the built CLI and the worker threads read them synchronously) and so that their
 * overrides, and hence the golden fingerprints, stay exactly what they were.
 *
 * `conditionality` is written as the combination of six built-in components
 * (builtinComponents.ts); its override is their merge, computed here once.
 */
import type { ProcessName } from '../domain/vocabulary.js';
import { BUILTIN_COMPONENTS, CONDITIONALITY_COMPONENTS } from './builtinComponents.js';
import { combineOverrides } from './components.js';
import { definePolicy } from './definePolicy.js';
import type { PolicyInput } from './policySchema.js';

const off = (...names: ProcessName[]) => Object.fromEntries(names.map((n) => [n, false])) as Partial<Record<ProcessName, boolean>>;

const WRITTEN = [
  definePolicy({
    name: 'partnership',
    description: 'everything on: dialogue, public benchmarking, experts, conditional eligibility, soft rewards',
    contrast: 'gradual selective uptake, rising responsibilisation, border effort above mobility effort, resistance where adoption cost is high',
    override: {},
  }),
  definePolicy({
    name: 'conditionality',
    description: 'no dialogue, no benchmarking, no experts; rewards only after compliance; sanctions; crowding-out on',
    contrast: 'faster short-run effort where reward x credibility > cost, low responsibilisation, reversal when rewards end',
    components: [...CONDITIONALITY_COMPONENTS],
    override: {},
  }),
  definePolicy({
    name: 'no-monitoring',
    description: 'no observation beyond prior beliefs (and so nothing to rank)',
    contrast: 'selection by noise',
    override: { processes: off('monitorImplementation', 'rankPeers') },
  }),
  definePolicy({
    name: 'no-benchmarking',
    description: 'scoreboards private: observed performance feeds beliefs, never a public league table',
    contrast: 'less effort from mid and low performers, fewer public objections, slower diffusion',
    override: { params: { monitoring: { scoreboard: 'private' } } },
  }),
  definePolicy({
    name: 'no-experts',
    description: 'no expert services and no codified standards',
    contrast: 'noisier monitoring, slower capacity, imitation fails at low capacity',
    override: { processes: off('allocateExpertServices'), params: { standards: { expertCodification: false } } },
  }),
  definePolicy({
    name: 'unconditional-eligibility',
    description: 'eligibility thresholds and the preparatory period at zero',
    contrast: 'more partners, lower average performance',
    override: { params: { eligibility: { unconditional: true } } },
  }),
  definePolicy({
    name: 'policing-only',
    description: '"policy of no policy" plus enforcement: no partnership technologies, more policing',
    contrast: 'whether management and enforcement complement each other',
    override: {
      processes: off('holdDialogue', 'allocateExpertServices', 'rankPeers', 'codifyStandards', 'assessEligibility', 'concludePartnership'),
      params: { destination: { policingBoost: 0.3 } },
    },
  }),
  definePolicy({
    name: 'generous-mobility',
    description: 'legal-mobility quotas three times larger',
    contrast: "the legal-mobility pillar's weight",
    override: { params: { partnership: { mobilityMultiplier: 3 } } },
  }),
  definePolicy({
    name: 'credibility-shock',
    description: "destinations' credibility falls to 30% after three-eighths of the horizon (step 24 of 64)",
    contrast: "the External Incentives Model's claim that credibility decides",
    override: { shocks: { credibility: { atShare: 0.375, factor: 0.3 } } },
  }),
  definePolicy({
    name: 'withdrawal',
    description: 'all incentives stop at half the horizon (step 32 of 64)',
    contrast: 'does the conduct persist where responsibilisation is high?',
    override: { shocks: { withdrawal: { atShare: 0.5 } } },
  }),
  definePolicy({
    name: 'full-withdrawal',
    description: 'at half the horizon (step 32 of 64) everything stops: rewards, ranking, monitoring, forum meetings and expert services',
    contrast: 'does the conduct persist where responsibilisation is high, with no technology left to sustain it? (self-government)',
    override: { shocks: { withdrawal: { atShare: 0.5, scope: 'all' } } },
  }),
];

/** A built-in's override with its components merged in (components.ts). */
function expand<const T extends PolicyInput>(policy: T): T {
  if (!policy.components) return policy;
  const parts = policy.components.map((name) => {
    const found = BUILTIN_COMPONENTS.find((c) => c.name === name);
    if (!found) throw new Error(`built-in policy ${policy.name}: unknown component ${name}`);
    return { name, override: found.override };
  });
  return { ...policy, override: combineOverrides(parts, policy.override, `built-in policy ${policy.name}`) };
}

export const BUILTIN_POLICIES = WRITTEN.map(expand) as unknown as typeof WRITTEN;
