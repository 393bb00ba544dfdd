/**
 * Two-level factorial designs over k components (each on or off), for
 * `sweep --factorial`. Up to FULL_FACTORIAL_MAX components the design is the full 2^k
 * factorial; above, a regular fraction 2^(k−p) of resolution V or more (Box, Hunter and
 * Hunter 2005, Statistics for Experimenters, 2nd ed., ch. 6; Montgomery 2017, Design and
 * Analysis of Experiments, 9th ed., §8.7), so that no main effect or two-way
 * interaction is aliased with another main effect or two-way interaction (only with
 * interactions of three components or more, assumed negligible).
 *
 * The fraction: r = k − p base components run through their full 2^r factorial; each of
 * the p others is set, in ±1 coding (−1 off, +1 on), to the product of a word of base
 * components (its generator, e.g. G = ABCD), so that the defining relation holds
 * I = +ABCDG = …. Its resolution is the length of the shortest word of the defining
 * relation (every product of generator words). The generators are found by a
 * deterministic search, not a table: for r from the smallest that leaves room for every
 * main effect and two-way interaction (2^r ≥ 1 + k + k(k−1)/2) up, the first set of
 * words (largest first) whose defining relation has no word shorter than 5. The found
 * designs: k = 7: 64 cells (resolution VII), 8: 64 (V), 9 to 11: 128 (V), 12: 256 (V);
 * test/unit/designs/factorial.test.ts checks their resolution by the orthogonality of
 * the effect columns.
 *
 * Cells in standard order: the base components' levels count up in binary, the first
 * component slowest.
 *
 * @example
 * factorialDesign(3).cells; // [[0,0,0],[0,0,1],[0,1,0],[0,1,1],[1,0,0],[1,0,1],[1,1,0],[1,1,1]]
 * factorialDesign(8).generators; // ['G = ABCDE', 'H = ABCF']: 64 cells, resolution V
 */

/** The most components of a full factorial; above, a fraction. */
export const FULL_FACTORIAL_MAX = 6;
/** The most components a factorial design takes. */
export const FACTORIAL_MAX = 12;
/** The shortest word a fraction's defining relation may hold (resolution V). */
const MIN_RESOLUTION = 5;

export interface FactorialDesign {
  /** number of components */
  k: number;
  kind: 'full' | 'fraction';
  /** base components r (k for a full design) */
  base: number;
  /** the generators of a fraction, as `G = ABCD` (letters A, B, … in the components' order); empty for a full design */
  generators: string[];
  /** the length of the shortest word of the defining relation (null for a full design: no aliasing) */
  resolution: number | null;
  /** one row per cell: each component's level, 0 off, 1 on */
  cells: number[][];
}

const LETTERS = 'ABCDEFGHJKLMNOPQRSTUVWXYZ'; // no I: it stands for the identity

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** The generator words (bit masks over the base components) of a resolution-V fraction with r base components, or null. */
function searchGenerators(k: number, r: number): number[] | null {
  const p = k - r;
  const candidates: number[] = [];
  for (let w = 1; w < 1 << r; w++) if (popcount(w) >= MIN_RESOLUTION - 1) candidates.push(w);
  candidates.sort((a, b) => popcount(b) - popcount(a) || a - b);
  const chosen: number[] = [];
  let budget = 2_000_000;
  // the defining words made of the chosen generators (each with its own added factor)
  const ok = (next: number, j: number): boolean => {
    const own = next | (1 << (r + j));
    const count = 1 << chosen.length;
    for (let s = 0; s < count; s++) {
      let word = own;
      for (let g = 0; g < chosen.length; g++) if (s & (1 << g)) word ^= chosen[g] | (1 << (r + g));
      if (popcount(word) < MIN_RESOLUTION) return false;
    }
    return true;
  };
  const dfs = (from: number): boolean => {
    if (chosen.length === p) return true;
    for (let c = from; c < candidates.length; c++) {
      if (--budget < 0) return false;
      if (!ok(candidates[c], chosen.length)) continue;
      chosen.push(candidates[c]);
      if (dfs(c + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return dfs(0) ? [...chosen] : null;
}

function resolutionOf(generators: readonly number[], r: number): number {
  let shortest = Infinity;
  for (let s = 1; s < 1 << generators.length; s++) {
    let word = 0;
    generators.forEach((g, j) => {
      if (s & (1 << j)) word ^= g | (1 << (r + j));
    });
    shortest = Math.min(shortest, popcount(word));
  }
  return shortest;
}

/** The design over k components (see the module's description). Throws a plain Error for k outside 1..FACTORIAL_MAX. */
export function factorialDesign(k: number): FactorialDesign {
  if (!Number.isInteger(k) || k < 1 || k > FACTORIAL_MAX) throw new Error(`a factorial design takes 1 to ${FACTORIAL_MAX} components, got ${k}`);
  let r = k;
  let generators: number[] = [];
  if (k > FULL_FACTORIAL_MAX) {
    const effects = 1 + k + (k * (k - 1)) / 2;
    let found: number[] | null = null;
    for (r = Math.ceil(Math.log2(effects)); r < k; r++) {
      found = searchGenerators(k, r);
      if (found) break;
    }
    if (!found) throw new Error(`no resolution-V fraction found for ${k} components`);
    generators = found;
  }
  const cells: number[][] = [];
  for (let i = 0; i < 1 << r; i++) {
    const z: number[] = Array.from({ length: r }, (_, j) => ((i >> (r - 1 - j)) & 1 ? 1 : -1));
    for (const g of generators) {
      let sign = 1;
      for (let j = 0; j < r; j++) if (g & (1 << j)) sign *= z[j];
      z.push(sign);
    }
    cells.push(z.map((v) => (v + 1) / 2));
  }
  const word = (g: number) => Array.from({ length: r }, (_, j) => (g & (1 << j) ? LETTERS[j] : '')).join('');
  return {
    k,
    kind: generators.length > 0 ? 'fraction' : 'full',
    base: r,
    generators: generators.map((g, j) => `${LETTERS[r + j]} = ${word(g)}`),
    resolution: generators.length > 0 ? resolutionOf(generators, r) : null,
    cells,
  };
}

/** The name of a cell as a policy: `cell-` and each component's level (`cell-101` for the first and third on). */
export function cellName(levels: readonly number[]): string {
  return `cell-${levels.join('')}`;
}
