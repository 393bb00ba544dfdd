/**
 * The article's vocabulary as types. No logic lives here.
 *
 * British spelling throughout, as in the source article: a `state` is a sovereign
 * state; a migrant's legal condition is its `status`; `effort` (compliance this step)
 * is never the same thing as `responsibilisation` (the internalised norm).
 */

/** The roles a state can hold in migration governance; one state may hold several. */
export const ROLES = ['origin', 'transit', 'destination'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The partnership status of an origin or transit state towards the destination that
 * courts it: `none → dialogue → candidate (preparatory phase) → partner`, a lighter
 * `agenda` tier (Common Agendas on Migration and Mobility), and `refused` and
 * `suspended` as exits.
 */
export const PARTNERSHIP_STATUSES = [
  'none',
  'dialogue',
  'candidate',
  'agenda',
  'partner',
  'refused',
  'suspended',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** The three pillars of a Mobility Partnership's quasi-contract. */
export const PILLARS = ['mobility', 'development', 'border'] as const;
export type Pillar = (typeof PILLARS)[number];

/** A migrant's legal status; every migrant is in exactly one at every step. */
export const MIGRANT_STATUSES = ['prospective', 'in_transit', 'regular', 'irregular', 'returned'] as const;
export type MigrantStatus = (typeof MIGRANT_STATUSES)[number];

/** Numeric codes of the migrant statuses, as stored in the migrant table. */
export const MigrantStatusCode = {
  prospective: 0,
  in_transit: 1,
  regular: 2,
  irregular: 3,
  returned: 4,
} as const satisfies Record<MigrantStatus, number>;

/** What an expert organisation can offer (its service menu). */
export const EXPERT_SERVICES = ['profile', 'training', 'capacity', 'wishlist', 'standards'] as const;
export type ExpertService = (typeof EXPERT_SERVICES)[number];

/** How a forum treats its members' observed performance. */
export const BENCHMARKING_MODES = ['public', 'private', 'none'] as const;
export type BenchmarkingMode = (typeof BENCHMARKING_MODES)[number];

/** Forum admission rules: open, or the RCM's "policy, legislation and practice in place". */
export const ADMISSION_RULES = ['open', 'policy-in-place'] as const;
export type AdmissionRule = (typeof ADMISSION_RULES)[number];

/**
 * The twelve processes of one step, as verbs, in the order the schedule runs them.
 * Each can be switched off from a scenario.
 */
export const PROCESS_NAMES = [
  'holdDialogue',
  'allocateExpertServices',
  'chooseEffort',
  'monitorImplementation',
  'rankPeers',
  'codifyStandards',
  'internaliseNorms',
  'accumulateResistance',
  'assessEligibility',
  'concludePartnership',
  'moveMigrants',
  'adaptDestinationPolicy',
] as const;
export type ProcessName = (typeof PROCESS_NAMES)[number];

/**
 * The model variants: one engine, three sets of submodels (docs/ODD.md, "Model
 * variants"). `governmentality` is the article's account (conduct shaped by agency and
 * performance technologies, and internalised); `incentives` is the External Incentives
 * Model (Schimmelfennig and Sedelmeier 2004); `transfer` is policy transfer along
 * transgovernmental networks (Lavenex and Stucky 2011).
 */
export const VARIANTS = ['governmentality', 'incentives', 'transfer'] as const;
export type Variant = (typeof VARIANTS)[number];

export function isVariant(value: unknown): value is Variant {
  return typeof value === 'string' && (VARIANTS as readonly string[]).includes(value);
}
