/**
 * The vocabulary of experimental designs: the ranges a sweep explores, the kinds of
 * design, their options and the points they make. Types only; the designs themselves
 * are one file each (grid.ts, latinHypercube.ts, saltelli.ts, morris.ts), dispatched by
 * kind in index.ts.
 */

/** One swept parameter: a dotted scenario path and the interval it is swept over. */
export interface ParameterRange {
  /** dotted path to a numeric field of a scenario, e.g. `params.benchmarking.pressureGain` */
  path: string;
  /** lower end of the interval (inclusive) */
  min: number;
  /** upper end of the interval (inclusive for grid and Morris; Sobol and LHS draw from [min, max)) */
  max: number;
  /** grid levels of this parameter; overrides DesignOptions.levels for the grid design */
  levels?: number;
  /** round values to the nearest integer inside [min, max] */
  integer?: boolean;
}

/** The designs partnersim knows, by name. */
export const DESIGN_KINDS = ['grid', 'lhs', 'sobol', 'morris'] as const;
export type DesignKind = (typeof DESIGN_KINDS)[number];

export interface DesignOptions {
  /** LHS: points; Sobol (Saltelli): base rows N; Morris: trajectories r. Ignored by grid. */
  samples: number;
  /** seed of the random streams (LHS and Morris; grid and Sobol are deterministic) */
  seed: number;
  /** default grid levels (3 if absent), and Morris grid levels p (4 if absent) */
  levels?: number;
}

export interface DesignPoint {
  /** position in the design, 0-based, stable for the same inputs */
  index: number;
  /** parameter path -> value, in the order of the ranges */
  values: Record<string, number>;
  /**
   * What the analysis needs to rebuild the design: `{ matrix: 'A' | 'B' | 'AB', base, column }`
   * for Saltelli, `{ trajectory, step, changed, delta }` for Morris, `{}` for grid and LHS.
   */
  role: Record<string, string | number>;
}
