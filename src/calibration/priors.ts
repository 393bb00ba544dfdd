/**
 * Prior distributions of calibrated parameters: uniform, log-uniform and truncated
 * normal. Each can draw from a random source and give its density up to a constant
 * (the constant cancels in the importance weights of ABC-SMC, so truncated normals
 * need no normalising constant).
 *
 * @example
 * const p: Prior = { kind: 'log-uniform', min: 0.01, max: 1 };
 * priorDensity(p, 0.1) > 0; // true
 */
import type { RandomStream } from '../engine/random.js';

export type Prior =
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'log-uniform'; min: number; max: number }
  | { kind: 'normal'; mean: number; sd: number; min: number; max: number };

/** The support [lower, upper] of a prior. */
export function priorBounds(prior: Prior): [number, number] {
  return [prior.min, prior.max];
}

/** The density of the prior at x, up to a constant factor; 0 outside its support. */
export function priorDensity(prior: Prior, x: number): number {
  if (!(x >= prior.min && x <= prior.max)) return 0;
  switch (prior.kind) {
    case 'uniform':
      return 1 / (prior.max - prior.min);
    case 'log-uniform':
      return 1 / (x * Math.log(prior.max / prior.min));
    case 'normal': {
      const z = (x - prior.mean) / prior.sd;
      return Math.exp(-0.5 * z * z) / prior.sd;
    }
  }
}

/** The joint density of independent priors. */
export function jointDensity(priors: readonly Prior[], theta: readonly number[]): number {
  let d = 1;
  for (let k = 0; k < priors.length; k++) d *= priorDensity(priors[k], theta[k]);
  return d;
}

/**
 * One draw. A truncated normal is drawn by rejection from the normal (the schema
 * refuses truncations that keep less than 1% of the mass, so this ends quickly).
 */
export function samplePrior(prior: Prior, random: RandomStream): number {
  switch (prior.kind) {
    case 'uniform':
      return prior.min + (prior.max - prior.min) * random.next();
    case 'log-uniform':
      return Math.exp(Math.log(prior.min) + Math.log(prior.max / prior.min) * random.next());
    case 'normal': {
      for (let attempt = 0; attempt < 100_000; attempt++) {
        const x = prior.mean + prior.sd * random.normal();
        if (x >= prior.min && x <= prior.max) return x;
      }
      throw new Error(`truncated normal N(${prior.mean}, ${prior.sd}) on [${prior.min}, ${prior.max}] could not be sampled`);
    }
  }
}

/** The standard normal CDF (Abramowitz and Stegun 26.2.17; absolute error below 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)) * poly;
  return z >= 0 ? 1 - tail : tail;
}

/** The share of the untruncated normal's mass that a truncated normal keeps. */
export function truncatedMass(prior: Extract<Prior, { kind: 'normal' }>): number {
  return normalCdf((prior.max - prior.mean) / prior.sd) - normalCdf((prior.min - prior.mean) / prior.sd);
}
