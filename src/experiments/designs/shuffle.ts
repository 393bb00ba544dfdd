/**
 * A uniformly random permutation of 0..n−1 by the Fisher–Yates shuffle (Durstenfeld's
 * version; Knuth, TAOCP vol. 2, Algorithm 3.4.2 P), drawing n − 1 uniforms from the
 * stream it is given.
 *
 * @example
 * permutation(4, createStream(1, 'example')); // e.g. [2, 0, 3, 1]
 */
import type { RandomStream } from '../../engine/random.js';

export function permutation(n: number, stream: RandomStream): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(stream.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
