/**
 * Checks of a design's inputs. Each failure is a plain Error whose message names the
 * design and the offending parameter; the sweep command turns these into user errors.
 */
import type { DesignKind, DesignOptions, ParameterRange } from './types.js';

/** Throws unless every range has a path, finite ends, min < max and, if integer, an integer inside. */
export function checkRanges(kind: DesignKind, ranges: readonly ParameterRange[], options: { allowEmpty: boolean; allowPoint?: (range: ParameterRange) => boolean }): void {
  if (ranges.length === 0 && !options.allowEmpty) {
    throw new Error(`${kind} design: no parameter ranges given; a ${kind} design needs at least one`);
  }
  const seen = new Set<string>();
  for (const range of ranges) {
    const label = `${kind} design: parameter "${range.path}"`;
    if (typeof range.path !== 'string' || range.path === '') throw new Error(`${kind} design: a parameter range has an empty path`);
    if (seen.has(range.path)) throw new Error(`${label} is given twice`);
    seen.add(range.path);
    if (!Number.isFinite(range.min) || !Number.isFinite(range.max)) {
      throw new Error(`${label}: min and max must be finite numbers, got ${range.min} and ${range.max}`);
    }
    if (range.min > range.max || (range.min === range.max && !options.allowPoint?.(range))) {
      throw new Error(`${label}: min ${range.min} must be less than max ${range.max}`);
    }
    if (range.integer && Math.ceil(range.min) > Math.floor(range.max)) {
      throw new Error(`${label}: an integer parameter, but [${range.min}, ${range.max}] contains no integer`);
    }
  }
}

/** Throws unless `value` is an integer of at least `least`. */
export function checkCount(kind: DesignKind, name: string, value: number | undefined, least: number): void {
  if (value === undefined || !Number.isInteger(value) || value < least) {
    throw new Error(`${kind} design: ${name} must be an integer of at least ${least}, got ${value}`);
  }
}

/** Throws unless `samples` is a positive integer and the seed is finite. */
export function checkSampling(kind: DesignKind, options: DesignOptions): void {
  checkCount(kind, 'samples', options.samples, 1);
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new Error(`${kind} design: seed must be a finite number, got ${options.seed}`);
  }
}
