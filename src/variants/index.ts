/**
 * The model variants as data (docs/ODD.md §7.15): one engine, and for each variant the
 * submodels it runs. The processes read the world's `variant` (a VariantSpec) at the
 * few places where the rival mechanisms differ; nothing else is copied.
 *
 * - governmentality (Kunz; the article): conduct is shaped by technologies of agency
 *   and of performance and internalised. Responsibilisation R evolves (§7.7) and is a
 *   norm the state weighs against cost when it chooses effort (§7.3); peer pressure
 *   from ranking enters effort; the dialogue's framing raises willingness.
 * - incentives (the External Incentives Model, Schimmelfennig and Sedelmeier 2004):
 *   a state complies when credible rewards outweigh adoption cost. Nothing is
 *   internalised (R stays at its initial value and does not enter effort), the framing
 *   persuades no one, peer pressure is not a lever: status and rewards are.
 * - transfer (transgovernmental networks, Lavenex and Stucky 2011; policy transfer,
 *   Dolowitz and Marsh 2000): practice diffuses along forum ties by imitation and
 *   learning. Effort follows the practice the state has learnt (its adopted standard,
 *   and its peers' effort when it imitates them); the accession ladder carries no
 *   rewards (nothing is promised, anticipated or paid for a status); R does not evolve.
 */
import type { Variant } from '../domain/vocabulary.js';

export interface VariantSpec {
  readonly name: Variant;
  /** R evolves by internaliseNorms (§7.7); otherwise it keeps its initial value */
  readonly internalises: boolean;
  /** the effort model of chooseEffort (§7.3) */
  readonly effort: 'norm-and-incentives' | 'incentives' | 'learnt-practice';
  /** peer pressure from benchmarking enters the effort decision */
  readonly pressureInEffort: boolean;
  /** the dialogue's "shared responsibility" framing raises willingness (§7.1) */
  readonly framing: boolean;
  /** statuses of the accession ladder promise and pay rewards (§7.10) */
  readonly ladderRewards: boolean;
  /** an imitating state also moves its effort towards the imitated peer's (§7.6) */
  readonly imitateEffort: boolean;
  /** what drives institutions, detention and exit restriction besides capacity (§7.8) */
  readonly institutionDriver: 'responsibilisation' | 'effort' | 'standard';
}

export const VARIANT_SPECS: Readonly<Record<Variant, VariantSpec>> = {
  governmentality: {
    name: 'governmentality',
    internalises: true,
    effort: 'norm-and-incentives',
    pressureInEffort: true,
    framing: true,
    ladderRewards: true,
    imitateEffort: false,
    institutionDriver: 'responsibilisation',
  },
  incentives: {
    name: 'incentives',
    internalises: false,
    effort: 'incentives',
    pressureInEffort: false,
    framing: false,
    ladderRewards: true,
    imitateEffort: false,
    institutionDriver: 'effort',
  },
  transfer: {
    name: 'transfer',
    internalises: false,
    effort: 'learnt-practice',
    pressureInEffort: false,
    framing: true,
    ladderRewards: false,
    imitateEffort: true,
    institutionDriver: 'standard',
  },
};

export function variantSpec(name: Variant): VariantSpec {
  return VARIANT_SPECS[name];
}
