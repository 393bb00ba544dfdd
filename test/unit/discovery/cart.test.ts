/**
 * CART: hand-checkable splits and Gini impurities, and the planted box of prim.test.ts
 * found as a leaf.
 */
import { describe, expect, it } from 'vitest';
import { dataRanges, isRestricted } from '../../../src/discovery/box.js';
import { cart, cartLeaves } from '../../../src/discovery/cart.js';
import type { CaseTable } from '../../../src/discovery/types.js';
import { plantedBox, plantedCategorical } from './planted.js';

describe('CART by hand', () => {
  it('splits 1,2 | 3,4 at the midpoint when the cases of interest are 3 and 4', () => {
    const table: CaseTable = { dimensions: [{ name: 'x', kind: 'numeric', values: Float64Array.of(1, 2, 3, 4) }], y: Uint8Array.of(0, 0, 1, 1) };
    const leaves = cartLeaves(table, { minLeaf: 0.25 });
    expect(leaves.map((l) => [...l.rows])).toEqual([[0, 1], [2, 3]]);
    const { boxes } = cart(table, { minLeaf: 0.25 });
    expect(boxes).toHaveLength(1);
    expect(boxes[0].box[0]).toEqual({ kind: 'numeric', min: 3, max: 4 });
    expect(boxes[0].stats).toMatchObject({ n: 2, cases: 2, coverage: 1, density: 1, mass: 0.5 });
  });

  it('picks the split of least weighted Gini impurity', () => {
    // x: 1..6, y = 0 0 1 0 1 1. Splits: after 2 -> (0 + 4*2*.75*.25)/6 = 0.25; after 3 -> (3*2*(1/3)(2/3) + 3*2*(2/3)(1/3))/6 = 0.444; after 4 -> (4*2*.25*.75 + 0)/6 = 0.25 (tie: the lower threshold)
    const table: CaseTable = { dimensions: [{ name: 'x', kind: 'numeric', values: Float64Array.of(1, 2, 3, 4, 5, 6) }], y: Uint8Array.of(0, 0, 1, 0, 1, 1) };
    const leaves = cartLeaves(table, { maxDepth: 1, minLeaf: 0.3 });
    expect(leaves.map((l) => [...l.rows])).toEqual([[0, 1], [2, 3, 4, 5]]);
  });

  it('splits a categorical dimension into the best two sets of levels', () => {
    const table: CaseTable = { dimensions: [{ name: 'f', kind: 'categorical', levels: ['a', 'b', 'c', 'd'], values: Int32Array.of(0, 0, 1, 1, 2, 2, 3, 3) }], y: Uint8Array.of(0, 0, 1, 1, 0, 0, 1, 1) };
    const { boxes } = cart(table, { minLeaf: 0.2 });
    expect(boxes).toHaveLength(1);
    expect(boxes[0].box[0]).toEqual({ kind: 'categorical', levels: [1, 3] });
    expect(boxes[0].stats.density).toBe(1);
  });
});

describe('CART finds the planted boxes', () => {
  it('the box in 2 of 10 dimensions: its densest leaf restricts x1 > 0.7 and x2 < 0.3 only', () => {
    const table = plantedBox({ n: 2000, dims: 10, seed: 2 });
    const result = cart(table);
    const [box] = result.boxes;
    const ranges = dataRanges(table);
    expect(table.dimensions.filter((_, d) => isRestricted(box.box[d], ranges[d])).map((d) => d.name)).toEqual(['x1', 'x2']);
    const [x1, x2] = box.box;
    expect(x1.kind === 'numeric' && Math.abs(x1.min - 0.7)).toBeLessThan(0.03);
    expect(x2.kind === 'numeric' && Math.abs(x2.max - 0.3)).toBeLessThan(0.03);
    expect(box.stats.coverage).toBeGreaterThanOrEqual(0.9);
    expect(box.stats.density).toBeGreaterThanOrEqual(0.85);
    expect(box.quasiP[0]).toBeLessThan(0.01);
    expect(box.quasiP[1]).toBeLessThan(0.01);
    expect(cart(plantedBox({ n: 2000, dims: 10, seed: 2 }))).toEqual(result);
  });

  it('the categorical box: every majority leaf keeps f in {b, d} and x above 0.6', () => {
    const table = plantedCategorical({ n: 2000, seed: 1 });
    const { boxes } = cart(table);
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.box[0]).toEqual({ kind: 'categorical', levels: [1, 3] });
      expect(b.box[1].kind === 'numeric' && b.box[1].min).toBeGreaterThan(0.57);
    }
    expect(boxes.reduce((s, b) => s + b.stats.coverage, 0)).toBeGreaterThanOrEqual(0.9);
  });
});
