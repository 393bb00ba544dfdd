/**
 * From the unit cube to parameter values: linear scaling to [min, max], rounding of
 * integer parameters, and rounding of every value to 12 significant digits so that ids
 * derived from the values are stable and readable.
 *
 * @example
 * scaleUnit(0.5, { path: 'params.x', min: 1, max: 3 }); // 2
 * scaleUnit(0.3, { path: 'generate.states', min: 2, max: 9, integer: true }); // 4
 */
import type { ParameterRange } from './types.js';

/** Significant digits kept in every design value. */
export const SIGNIFICANT_DIGITS = 12;

/** x rounded to 12 significant digits (and -0 to 0). */
export function roundSignificant(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * The value of a range at a unit coordinate u in [0, 1]: min at 0 and exactly max at 1,
 * rounded to the nearest integer inside [min, max] for integer ranges, then to 12
 * significant digits.
 */
export function scaleUnit(unit: number, range: ParameterRange): number {
  const raw = range.min * (1 - unit) + range.max * unit;
  return roundSignificant(range.integer ? roundInteger(raw, range) : raw);
}

/** The midpoint of a range (the one level of a one-level grid). */
export function midpoint(range: ParameterRange): number {
  return scaleUnit(0.5, range);
}

function roundInteger(raw: number, range: ParameterRange): number {
  const lo = Math.ceil(range.min);
  const hi = Math.floor(range.max);
  return Math.min(hi, Math.max(lo, Math.round(raw)));
}
