/**
 * cart(table, options): a classification tree (Breiman et al. 1984) whose leaves are
 * boxes, for scenario discovery as EMA Workbench's CART mode (there through sklearn).
 *
 * A node splits on the dimension and threshold that most reduce the Gini impurity
 * 2p(1 − p), weighted by the children's sizes: a numeric dimension at the midpoint
 * between two consecutive distinct values, a categorical one into two sets of levels
 * (levels ordered by their share of cases of interest, every prefix tried: for a binary
 * outcome this finds the best of all splits of the levels, Breiman et al. 1984, §4.2).
 * Ties go to the dimension listed first, then the lower threshold. A node stays a leaf
 * when it is pure, at `maxDepth`, when no split leaves `minLeaf` cases on each side, or
 * when no split lowers the impurity.
 *
 * Each leaf is a box (its path's limits, a numeric one between the data values either
 * side of the split). The boxes reported are the leaves where cases of interest are
 * the majority, densest first (ties: more coverage, then the tree's order), or the
 * densest leaf when none is; `trajectory` lists every leaf so. Quasi-p-values are
 * computed as for PRIM; there is no resampling.
 *
 * @example
 * const { boxes } = cart(table, { maxDepth: 4, minLeaf: 0.05 });
 */
import { InputError } from '../scenario/errors.js';
import { allRows, countCases, dataRanges, statsOf } from './box.js';
import { quasiPValues } from './quasiP.js';
import type { Box, CaseTable, Discovery, FoundBox, Limit, TrajectoryStep } from './types.js';

export interface CartOptions {
  /** deepest split (default 4) */
  maxDepth?: number;
  /** smallest leaf, as a share of the data (default 0.05, as EMA's mass_min) */
  minLeaf?: number;
}

export const CART_DEFAULTS = { maxDepth: 4, minLeaf: 0.05 };

const gini = (h: number, n: number) => (n === 0 ? 0 : 2 * (h / n) * (1 - h / n));

interface Split {
  dimension: number;
  impurity: number;
  left: Limit;
  right: Limit;
  goesLeft: (i: number) => boolean;
}

function bestSplit(table: CaseTable, rows: Int32Array, box: Box, minRows: number): Split | undefined {
  const n = rows.length;
  const hAll = countCases(table, rows);
  let best: Split | undefined;
  const consider = (impurity: number, make: () => Omit<Split, 'impurity'>) => {
    if (best === undefined || impurity < best.impurity - 1e-12) best = { ...make(), impurity };
  };
  table.dimensions.forEach((dim, d) => {
    const limit = box[d];
    if (dim.kind === 'numeric' && limit.kind === 'numeric') {
      const order = Array.from(rows).sort((a, b) => dim.values[a] - dim.values[b] || a - b);
      let h = 0;
      for (let k = 0; k < n - 1; k++) {
        h += table.y[order[k]];
        const v = dim.values[order[k]];
        const w = dim.values[order[k + 1]];
        if (v === w) continue;
        const nl = k + 1;
        if (nl < minRows || n - nl < minRows) continue;
        const impurity = (nl * gini(h, nl) + (n - nl) * gini(hAll - h, n - nl)) / n;
        const threshold = (v + w) / 2;
        consider(impurity, () => ({
          dimension: d,
          left: { kind: 'numeric', min: limit.min, max: v },
          right: { kind: 'numeric', min: w, max: limit.max },
          goesLeft: (i) => dim.values[i] < threshold,
        }));
      }
    } else if (dim.kind === 'categorical' && limit.kind === 'categorical') {
      const counts = new Map<number, { n: number; h: number }>();
      for (const i of rows) {
        const c = counts.get(dim.values[i]) ?? { n: 0, h: 0 };
        c.n++;
        c.h += table.y[i];
        counts.set(dim.values[i], c);
      }
      const levels = [...counts.keys()].sort((a, b) => counts.get(a)!.h / counts.get(a)!.n - counts.get(b)!.h / counts.get(b)!.n || a - b);
      let nl = 0;
      let h = 0;
      for (let k = 0; k < levels.length - 1; k++) {
        nl += counts.get(levels[k])!.n;
        h += counts.get(levels[k])!.h;
        if (nl < minRows || n - nl < minRows) continue;
        const impurity = (nl * gini(h, nl) + (n - nl) * gini(hAll - h, n - nl)) / n;
        const left = new Set(levels.slice(0, k + 1));
        consider(impurity, () => ({
          dimension: d,
          left: { kind: 'categorical', levels: limit.levels.filter((l) => left.has(l)) },
          right: { kind: 'categorical', levels: limit.levels.filter((l) => !left.has(l)) },
          goesLeft: (i) => left.has(dim.values[i]),
        }));
      }
    }
  });
  return best !== undefined && (best as Split).impurity < gini(hAll, n) - 1e-12 ? best : undefined;
}

/** The leaves of the tree, in depth-first order (left before right), each with its box and rows. */
export function cartLeaves(table: CaseTable, options: CartOptions = {}): { box: Box; rows: Int32Array }[] {
  const { maxDepth, minLeaf } = { ...CART_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (!(Number.isInteger(maxDepth) && maxDepth >= 0)) throw new InputError(`maxDepth: expected a whole number >= 0, got ${maxDepth}`);
  if (!(minLeaf > 0 && minLeaf < 0.5)) throw new InputError(`minLeaf: expected a share in (0, 0.5), got ${minLeaf}`);
  const all = allRows(table);
  const minRows = Math.max(1, Math.ceil(minLeaf * all.length));
  const leaves: { box: Box; rows: Int32Array }[] = [];
  const grow = (rows: Int32Array, box: Box, depth: number) => {
    const h = countCases(table, rows);
    const split = depth < maxDepth && h > 0 && h < rows.length ? bestSplit(table, rows, box, minRows) : undefined;
    if (!split) {
      leaves.push({ box, rows });
      return;
    }
    const left = rows.filter(split.goesLeft);
    const right = rows.filter((i) => !split.goesLeft(i));
    grow(left, box.map((l, k) => (k === split.dimension ? split.left : l)), depth + 1);
    grow(right, box.map((l, k) => (k === split.dimension ? split.right : l)), depth + 1);
  };
  grow(all, dataRanges(table), 0);
  return leaves;
}

export function cart(table: CaseTable, options: CartOptions = {}): Discovery {
  const ranges = dataRanges(table);
  const all = allRows(table);
  const total = { n: all.length, cases: countCases(table, all) };
  const leaves = cartLeaves(table, options).map((leaf, k) => ({ ...leaf, order: k, stats: statsOf(table, leaf.rows, total, leaf.box, ranges) }));
  leaves.sort((a, b) => b.stats.density - a.stats.density || b.stats.coverage - a.stats.coverage || a.order - b.order);
  const trajectory: TrajectoryStep[] = leaves.map((leaf, step) => ({ step, stage: 'leaf', dimension: '', box: leaf.box, stats: leaf.stats }));
  const majority = leaves.filter((leaf) => leaf.stats.density > 0.5);
  const chosen = majority.length > 0 ? majority : leaves.slice(0, 1);
  const boxes: FoundBox[] = chosen.map((leaf, k) => ({
    index: k + 1,
    step: k,
    box: leaf.box,
    stats: leaf.stats,
    coverageTotal: leaf.stats.coverage,
    quasiP: quasiPValues(table, all, leaf.box, ranges),
    stabilityCoverage: ranges.map(() => NaN),
    stabilityDensity: ranges.map(() => NaN),
    trajectory,
  }));
  return { method: 'cart', ranges, n: total.n, cases: total.cases, boxes };
}
