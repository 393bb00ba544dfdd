/**
 * The built-in components: policies that each change one thing, so that a bundled
 * policy can be written as their combination (components.ts) and decomposed by a
 * factorial design (`sweep --factorial`, `compare --factorial`). `conditionality` is the
 * combination of the six below, and its override is exactly what it was when it was
 * written by hand (test/unit/components.test.ts).
 *
 * The three technologies that conditionality switches off are named apart from the
 * built-in policies `no-benchmarking` (a private scoreboard: monitoring still feeds
 * beliefs) and `no-experts` (which keeps codification by forums): `no-ranking` stops the
 * league tables themselves, `no-dialogue` stops the forums (their meetings and the
 * standards they codify), `no-expert-services` stops the experts' services.
 *
 * Components are resolvable by name wherever a policy is (`--policy sanctions`), but
 * `--policies all` still means the ten built-in policies.
 */
import type { ProcessName } from '../domain/vocabulary.js';
import { definePolicy } from './definePolicy.js';

const off = (...names: ProcessName[]) => Object.fromEntries(names.map((n) => [n, false])) as Partial<Record<ProcessName, boolean>>;

export const BUILTIN_COMPONENTS = [
  definePolicy({
    name: 'conditional-pay',
    description: 'rewards only after compliance (conditional eligibility for the rewards)',
    contrast: 'conditional pay alone, the technologies kept on',
    override: { params: { partnership: { conditional: true } } },
  }),
  definePolicy({
    name: 'sanctions',
    description: 'sanctions of 0.5 for non-compliance',
    contrast: 'sanctions alone',
    override: { params: { partnership: { sanctions: 0.5 } } },
  }),
  definePolicy({
    name: 'crowding-out',
    description: 'extrinsic rewards crowd out internalised norms (crowding-out rate 0.03)',
    contrast: 'crowding-out alone',
    override: { params: { responsibilisation: { crowdingOut: 0.03 } } },
  }),
  definePolicy({
    name: 'no-dialogue',
    description: 'no forums: no dialogue meetings and no standards codified by them',
    contrast: 'dialogue switched off alone',
    override: { processes: off('holdDialogue', 'codifyStandards') },
  }),
  definePolicy({
    name: 'no-ranking',
    description: 'no public league tables: no grades, no reactions, no shaming',
    contrast: 'benchmarking switched off alone',
    override: { processes: off('rankPeers') },
  }),
  definePolicy({
    name: 'no-expert-services',
    description: 'no expert services',
    contrast: 'expert services switched off alone',
    override: { processes: off('allocateExpertServices') },
  }),
];

/** The components of the built-in conditionality, in order. */
export const CONDITIONALITY_COMPONENTS = ['conditional-pay', 'sanctions', 'crowding-out', 'no-dialogue', 'no-ranking', 'no-expert-services'] as const;
