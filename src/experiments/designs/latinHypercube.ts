/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979, Technometrics 21: 239–245):
 * each parameter's range is cut into n = `samples` equal strata, one uniform draw is made
 * inside each stratum, and the strata are matched across parameters by an independent
 * random permutation per parameter (Fisher–Yates). Every stratum of every parameter holds
 * exactly one point.
 *
 * Points: n. Randomness: one stream per parameter, `design/lhs/<path>` of the seed, so
 * adding or removing a parameter leaves the other parameters' columns unchanged.
 * Integer parameters are rounded after scaling, so their stratification is no longer
 * exact (several strata can round to the same integer). Roles are empty.
 *
 * @example
 * latinHypercubePoints([{ path: 'params.x', min: 0, max: 1 }], { samples: 4, seed: 7 })
 *   .map((p) => Math.floor(p.values['params.x'] * 4)).sort(); // [0, 1, 2, 3]
 */
import { createStream } from '../../engine/random.js';
import { scaleUnit } from './scale.js';
import { permutation } from './shuffle.js';
import type { DesignOptions, DesignPoint, ParameterRange } from './types.js';
import { checkRanges, checkSampling } from './validate.js';

/** The number of points of a Latin hypercube: `samples`. */
export function latinHypercubePointCount(ranges: readonly ParameterRange[], options: DesignOptions): number {
  checkRanges('lhs', ranges, { allowEmpty: false });
  checkSampling('lhs', options);
  return options.samples;
}

/** A Latin hypercube of `samples` points over the ranges. */
export function latinHypercubePoints(ranges: readonly ParameterRange[], options: DesignOptions): DesignPoint[] {
  const n = latinHypercubePointCount(ranges, options);
  const columns = ranges.map((range) => {
    const stream = createStream(options.seed, `design/lhs/${range.path}`);
    const strata = permutation(n, stream);
    return strata.map((stratum) => scaleUnit((stratum + stream.next()) / n, range));
  });
  return Array.from({ length: n }, (_, index) => {
    const values: Record<string, number> = {};
    ranges.forEach((range, i) => {
      values[range.path] = columns[i][index];
    });
    return { index, values, role: {} };
  });
}
