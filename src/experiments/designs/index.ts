/**
 * Experimental designs of a sweep, by kind: `grid` (full factorial), `lhs` (Latin
 * hypercube), `sobol` (Saltelli's scheme for Sobol indices) and `morris` (elementary-
 * effects trajectories). Pure functions: the same kind, ranges and options give the same
 * points, byte for byte, whatever else was called before. Invalid inputs throw a plain
 * Error naming the design and the parameter.
 *
 * | kind   | points             | roles                                  |
 * |--------|--------------------|----------------------------------------|
 * | grid   | L_1 × … × L_k      | {}                                     |
 * | lhs    | samples            | {}                                     |
 * | sobol  | samples × (k + 2)  | { matrix, base, column }               |
 * | morris | samples × (k + 1)  | { trajectory, step, changed, delta }   |
 *
 * @example
 * const ranges = [{ path: 'params.x', min: 0, max: 1 }, { path: 'generate.states', min: 4, max: 12, integer: true }];
 * expectedPointCount('sobol', ranges, { samples: 64, seed: 1 }); // 256
 * designPoints('lhs', ranges, { samples: 10, seed: 1 }).length; // 10
 */
import { gridPointCount, gridPoints } from './grid.js';
import { latinHypercubePointCount, latinHypercubePoints } from './latinHypercube.js';
import { morrisPointCount, morrisPoints } from './morris.js';
import { saltelliPointCount, saltelliPoints } from './saltelli.js';
import { DESIGN_KINDS, type DesignKind, type DesignOptions, type DesignPoint, type ParameterRange } from './types.js';

export * from './types.js';
export { DEFAULT_GRID_LEVELS, gridLevels } from './grid.js';
export { DEFAULT_MORRIS_LEVELS, morrisDelta, morrisLevels } from './morris.js';
export { regroupSaltelliOutputs, SALTELLI_MAX_BASE_ROWS, type SaltelliOutputs } from './saltelli.js';
export { gridPoints, latinHypercubePoints, morrisPoints, saltelliPoints };

type Design = {
  points(ranges: readonly ParameterRange[], options: DesignOptions): DesignPoint[];
  count(ranges: readonly ParameterRange[], options: DesignOptions): number;
};

const DESIGNS: Record<DesignKind, Design> = {
  grid: { points: gridPoints, count: gridPointCount },
  lhs: { points: latinHypercubePoints, count: latinHypercubePointCount },
  sobol: { points: saltelliPoints, count: saltelliPointCount },
  morris: { points: morrisPoints, count: morrisPointCount },
};

function design(kind: DesignKind): Design {
  if (!(DESIGN_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`unknown design "${kind}": expected one of ${DESIGN_KINDS.join(', ')}`);
  }
  return DESIGNS[kind];
}

/** The points of a design of this kind over the ranges. */
export function designPoints(kind: DesignKind, ranges: readonly ParameterRange[], options: DesignOptions): DesignPoint[] {
  return design(kind).points(ranges, options);
}

/** The number of points the method defines, after the same checks as designPoints. */
export function expectedPointCount(kind: DesignKind, ranges: readonly ParameterRange[], options: DesignOptions): number {
  return design(kind).count(ranges, options);
}
