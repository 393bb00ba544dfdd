/**
 * The vocabulary of scenario discovery: a table of cases (one row per run or sweep point)
 * over dimensions (the swept parameters, numeric or categorical, and the policy when
 * several are swept), each row marked as a case of interest or not; boxes (a range per
 * numeric dimension, a set of levels per categorical one); and a box's statistics.
 *
 * - coverage = cases of interest in the box / cases of interest in the data;
 * - density = cases of interest in the box / cases in the box;
 * - mass = cases in the box / cases in the data;
 * - restricted dimensions = dimensions whose limit is narrower than the data's range.
 *
 * @example
 * const table: CaseTable = { dimensions: [{ name: 'x', kind: 'numeric', values: Float64Array.of(0, 1) }], y: Uint8Array.of(0, 1) };
 */

/** A numeric dimension: one value per case. */
export interface NumericDimension {
  name: string;
  kind: 'numeric';
  values: Float64Array;
}

/** A categorical dimension: one level index per case, into `levels`. */
export interface CategoricalDimension {
  name: string;
  kind: 'categorical';
  levels: readonly string[];
  values: Int32Array;
}

export type Dimension = NumericDimension | CategoricalDimension;

/** Cases over dimensions, each marked 1 (a case of interest) or 0. */
export interface CaseTable {
  dimensions: readonly Dimension[];
  y: Uint8Array;
}

/** A numeric dimension's limit, both ends inside the box; a categorical one's allowed levels (sorted indices). */
export type Limit = { kind: 'numeric'; min: number; max: number } | { kind: 'categorical'; levels: readonly number[] };

/** One limit per dimension, in the table's order. */
export type Box = readonly Limit[];

export interface BoxStats {
  /** cases in the box */
  n: number;
  /** cases of interest in the box */
  cases: number;
  coverage: number;
  density: number;
  mass: number;
  /** number of restricted dimensions */
  restricted: number;
}

/** One box of a peeling trajectory (or one leaf of a tree, ordered by density). */
export interface TrajectoryStep {
  step: number;
  /** start (the whole data), peel, paste, or leaf (CART) */
  stage: 'start' | 'peel' | 'paste' | 'leaf';
  /** the dimension this step changed ('' for the start and for leaves) */
  dimension: string;
  box: Box;
  stats: BoxStats;
}

/** A chosen box with its statistics, per-dimension quasi-p-values and stability. */
export interface FoundBox {
  /** 1, 2, ...: the order in which the boxes were found */
  index: number;
  /** the step of its trajectory that was chosen */
  step: number;
  box: Box;
  /** statistics over the data this box was searched in (for the second box on: the cases earlier boxes left) */
  stats: BoxStats;
  /** share of all the table's cases of interest that this box holds and earlier boxes did not */
  coverageTotal: number;
  /** per dimension: the quasi-p-value of its restriction, NaN when unrestricted */
  quasiP: number[];
  /** per dimension: the share of resamples whose box of closest coverage restricts it (NaN when not resampled) */
  stabilityCoverage: number[];
  /** per dimension: the share of resamples whose box of closest density restricts it (NaN when not resampled) */
  stabilityDensity: number[];
  trajectory: TrajectoryStep[];
}

export interface Discovery {
  method: 'prim' | 'cart';
  /** the data's limits: each dimension's range (numeric) or all its levels */
  ranges: Box;
  /** cases and cases of interest in the whole table */
  n: number;
  cases: number;
  boxes: FoundBox[];
}
