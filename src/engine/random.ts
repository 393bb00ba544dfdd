/**
 * Seeded random streams. One seed per run; one named stream per process, so that
 * switching a process off does not shift the draws of another, and two policies run
 * on the same seed share their draws (common random numbers). seedrandom's xor4096
 * algorithm (Brent's xorgens), never its default ARC4 and never Math.random.
 */
import seedrandom from 'seedrandom';
import { PROCESS_NAMES, type ProcessName } from '../domain/vocabulary.js';

/** A source of uniform numbers in [0, 1) with a few derived draws. */
export interface RandomStream {
  /** A uniform number in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** A standard normal number (Box–Muller; always two uniforms, so draw counts stay fixed). */
  normal(): number;
}

/** Streams that are not processes: building the world and placing migrants. */
export const EXTRA_STREAMS = ['world', 'migrants'] as const;
export type StreamName = ProcessName | (typeof EXTRA_STREAMS)[number];

/** Creates one stream from a seed and a name. */
export function createStream(seed: number | string, name: string): RandomStream {
  const prng = seedrandom.xor4096(`partnersim/${seed}/${name}`);
  return {
    next: prng,
    normal() {
      // 1 - u keeps the logarithm finite.
      const u1 = 1 - prng();
      const u2 = prng();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
  };
}

/** The named streams of one run. */
export type Streams = Record<StreamName, RandomStream>;

export function createStreams(seed: number | string): Streams {
  const names: StreamName[] = [...PROCESS_NAMES, ...EXTRA_STREAMS];
  return Object.fromEntries(names.map((name) => [name, createStream(seed, name)])) as Streams;
}
