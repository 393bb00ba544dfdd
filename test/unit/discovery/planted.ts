/**
 * Planted problems for scenario discovery: cases uniform in [0, 1]^d, of interest when
 * they fall in a known box, with label noise. The noise: a case inside the box is not of
 * interest with probability `inside` (default 0.1, so the planted box's density is about
 * 0.9), and a case outside is of interest with probability `outside` (default 0.005, so
 * about 95% of the cases of interest lie in the box). Symmetric noise of 10% cannot be
 * used: it puts about half of all cases of interest outside any box, and no box could
 * reach a coverage of 0.9.
 */
import { createStream } from '../../../src/engine/random.js';
import type { CaseTable, Dimension } from '../../../src/discovery/types.js';

export interface Planted {
  n: number;
  dims: number;
  seed: number;
  inside?: number;
  outside?: number;
}

/** x1 > 0.7 and x2 < 0.3 (0-based: x0 and x1... named x1 … x10 as in the design notes). */
export function plantedBox({ n, dims, seed, inside = 0.1, outside = 0.005 }: Planted): CaseTable {
  const rng = createStream(seed, 'planted');
  const columns = Array.from({ length: dims }, () => new Float64Array(n));
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (const c of columns) c[i] = rng.next();
    const inBox = columns[0][i] > 0.7 && columns[1][i] < 0.3;
    const u = rng.next();
    y[i] = inBox ? (u < inside ? 0 : 1) : u < outside ? 1 : 0;
  }
  const dimensions: Dimension[] = columns.map((values, k) => ({ name: `x${k + 1}`, kind: 'numeric', values }));
  return { dimensions, y };
}

/** A 4-level factor f and a uniform x: of interest when f ∈ {b, d} and x > 0.6, with the same noise; plus `noise` uniform dimensions. */
export function plantedCategorical({ n, seed, noise = 3, inside = 0.1, outside = 0.005 }: { n: number; seed: number; noise?: number; inside?: number; outside?: number }): CaseTable {
  const rng = createStream(seed, 'planted-categorical');
  const f = new Int32Array(n);
  const x = new Float64Array(n);
  const others = Array.from({ length: noise }, () => new Float64Array(n));
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    f[i] = Math.floor(rng.next() * 4);
    x[i] = rng.next();
    for (const c of others) c[i] = rng.next();
    const inBox = (f[i] === 1 || f[i] === 3) && x[i] > 0.6;
    const u = rng.next();
    y[i] = inBox ? (u < inside ? 0 : 1) : u < outside ? 1 : 0;
  }
  return {
    dimensions: [
      { name: 'f', kind: 'categorical', levels: ['a', 'b', 'c', 'd'], values: f },
      { name: 'x', kind: 'numeric', values: x },
      ...others.map((values, k): Dimension => ({ name: `z${k + 1}`, kind: 'numeric', values })),
    ],
    y,
  };
}
