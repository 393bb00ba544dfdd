/**
 * Two-level factorial designs: the full design's cells, and the resolution of the
 * fractions, checked by the orthogonality of the effect columns (independent of how the
 * generators were found).
 */
import { describe, expect, it } from 'vitest';
import { FACTORIAL_MAX, FULL_FACTORIAL_MAX, cellName, factorialDesign } from '../../../src/experiments/designs/factorial.js';

/** The ±1 columns of every main effect and two-way interaction. */
function effectColumns(cells: number[][]): number[][] {
  const k = cells[0].length;
  const z = (c: number[], i: number): number => (c[i] ? 1 : -1);
  const cols = Array.from({ length: k }, (_, i) => cells.map((c) => z(c, i)));
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) cols.push(cells.map((c) => z(c, i) * z(c, j)));
  return cols;
}

describe('factorialDesign', () => {
  it('is the full 2^k design up to FULL_FACTORIAL_MAX components, in standard order', () => {
    expect(factorialDesign(2).cells).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    for (let k = 1; k <= FULL_FACTORIAL_MAX; k++) {
      const d = factorialDesign(k);
      expect(d.kind).toBe('full');
      expect(d.cells).toHaveLength(2 ** k);
      expect(new Set(d.cells.map((c) => c.join(''))).size).toBe(2 ** k);
    }
    expect(cellName([1, 0, 1])).toBe('cell-101');
  });

  it('above, a fraction of resolution V or more: every main effect and two-way interaction column is balanced and orthogonal to every other', () => {
    for (let k = FULL_FACTORIAL_MAX + 1; k <= FACTORIAL_MAX; k++) {
      const d = factorialDesign(k);
      expect(d.kind).toBe('fraction');
      expect(d.resolution).toBeGreaterThanOrEqual(5);
      expect(d.cells.length).toBeLessThan(2 ** k);
      expect(d.cells.length).toBe(2 ** d.base);
      expect(d.generators).toHaveLength(k - d.base);
      const cols = effectColumns(d.cells);
      for (let a = 0; a < cols.length; a++) {
        expect(cols[a].reduce((s, v) => s + v, 0)).toBe(0);
        for (let b = a + 1; b < cols.length; b++) expect(cols[a].reduce((s, v, c) => s + v * cols[b][c], 0), `k=${k}: columns ${a} and ${b}`).toBe(0);
      }
    }
  });

  it('the smallest runs for resolution V: 64 cells for 7 and 8 components, 128 for 9 to 11, 256 for 12', () => {
    expect([7, 8, 9, 10, 11, 12].map((k) => factorialDesign(k).cells.length)).toEqual([64, 64, 128, 128, 128, 256]);
    // 2^(8-3) = 32 cells cannot hold resolution V: with 8 components it is at most IV (Montgomery 2017, Table 8.14)
  });

  it('refuses 0 or too many components', () => {
    expect(() => factorialDesign(0)).toThrow(/1 to 12 components, got 0/);
    expect(() => factorialDesign(13)).toThrow(/got 13/);
  });
});
