/**
 * PRIM's moves on one box (Friedman and Fisher 1999): the peels that shrink it and the
 * pastes that grow it, one dimension at a time, and the objective that ranks them.
 *
 * Peeling a numeric dimension over the m cases in the box removes k = max(1, ⌊α·m⌋) of
 * them from one end: the new lower limit is the (k+1)-th smallest value in the box
 * (every case below it leaves), the upper limit likewise from the top. When ties leave
 * nothing to remove, the cases at the extreme value leave. Peeling a categorical
 * dimension removes one of its levels that has cases in the box (never the last one).
 *
 * Pasting a numeric dimension adds, from the cases that meet every other limit but lie
 * below (or above) this one, the k = max(1, ⌊α·m⌋) closest to the box, with any ties of
 * the k-th; pasting a categorical dimension adds back one level.
 *
 * Objectives: `lenient1` (EMA Workbench's default) = (density′ − density) / |n′ − n|,
 * the gain in density per case given up or taken in; `original` (Friedman and Fisher's)
 * = density′. Candidates are ranked by the objective, then by the larger box, then by
 * dimension order, lower end before upper, levels in order.
 *
 * @example
 * const moves = peels(table, rowsInBox(table, rows, box), box, { alpha: 0.05, minRows: 100 });
 */
import { countCases, rowsInBox, withinLimit } from './box.js';
import type { Box, CaseTable, Limit } from './types.js';

export type Objective = 'lenient1' | 'original';

/** A candidate box one move away, with the rows it holds. */
export interface Move {
  dimension: number;
  box: Box;
  rows: Int32Array;
  cases: number;
}

function withLimit(box: Box, d: number, limit: Limit): Box {
  return box.map((l, k) => (k === d ? limit : l));
}

function sortedValues(values: Float64Array, rows: Int32Array): Float64Array {
  const v = new Float64Array(rows.length);
  rows.forEach((i, k) => (v[k] = values[i]));
  return v.sort();
}

/** The box with dimension d's limit replaced; `from` holds rows that already meet every other limit. */
function move(table: CaseTable, from: Int32Array, box: Box, d: number, limit: Limit): Move {
  const kept: number[] = [];
  for (const i of from) if (withinLimit(table, d, limit, i)) kept.push(i);
  const rows = Int32Array.from(kept);
  return { dimension: d, box: withLimit(box, d, limit), rows, cases: countCases(table, rows) };
}

/** Every peel of the box whose rows are `inside`, each keeping at least `minRows` rows. */
export function peels(table: CaseTable, inside: Int32Array, box: Box, options: { alpha: number; minRows: number }): Move[] {
  const m = inside.length;
  const k = Math.max(1, Math.floor(options.alpha * m));
  const moves: Move[] = [];
  table.dimensions.forEach((dim, d) => {
    const limit = box[d];
    if (dim.kind === 'numeric' && limit.kind === 'numeric') {
      const v = sortedValues(dim.values, inside);
      if (m === 0 || v[0] === v[m - 1]) return;
      let low = v[Math.min(k, m - 1)];
      if (low === v[0]) low = v.find((x) => x > v[0])!;
      let high = v[Math.max(m - 1 - k, 0)];
      if (high === v[m - 1]) {
        let j = m - 1;
        while (v[j] === v[m - 1]) j--;
        high = v[j];
      }
      moves.push(move(table, inside, box, d, { kind: 'numeric', min: low, max: limit.max }));
      moves.push(move(table, inside, box, d, { kind: 'numeric', min: limit.min, max: high }));
    } else if (dim.kind === 'categorical' && limit.kind === 'categorical') {
      const present = new Set<number>();
      for (const i of inside) present.add(dim.values[i]);
      if (present.size < 2) return;
      for (const level of limit.levels) {
        if (!present.has(level)) continue;
        moves.push(move(table, inside, box, d, { kind: 'categorical', levels: limit.levels.filter((l) => l !== level) }));
      }
    }
  });
  return moves.filter((mv) => mv.rows.length >= options.minRows && mv.rows.length < m);
}

/** Every paste of the box (over the data `rows`; its rows are `inside`). */
export function pastes(table: CaseTable, rows: Int32Array, inside: Int32Array, box: Box, options: { alpha: number }): Move[] {
  const m = inside.length;
  const k = Math.max(1, Math.floor(options.alpha * m));
  const moves: Move[] = [];
  table.dimensions.forEach((dim, d) => {
    const limit = box[d];
    const loose = rowsInBox(table, rows, box, d);
    if (dim.kind === 'numeric' && limit.kind === 'numeric') {
      const below = sortedValues(dim.values, loose.filter((i) => dim.values[i] < limit.min));
      const above = sortedValues(dim.values, loose.filter((i) => dim.values[i] > limit.max));
      if (below.length > 0) moves.push(move(table, loose, box, d, { kind: 'numeric', min: below[Math.max(0, below.length - k)], max: limit.max }));
      if (above.length > 0) moves.push(move(table, loose, box, d, { kind: 'numeric', min: limit.min, max: above[Math.min(above.length - 1, k - 1)] }));
    } else if (dim.kind === 'categorical' && limit.kind === 'categorical') {
      const outside = new Set<number>();
      for (const i of loose) if (!limit.levels.includes(dim.values[i])) outside.add(dim.values[i]);
      for (const level of [...outside].sort((a, b) => a - b)) {
        moves.push(move(table, loose, box, d, { kind: 'categorical', levels: [...limit.levels, level].sort((a, b) => a - b) }));
      }
    }
  });
  return moves;
}

/** The objective of moving from a box of n cases (h of interest) to `to`. */
export function objective(kind: Objective, n: number, h: number, to: Move): number {
  const before = n > 0 ? h / n : 0;
  const after = to.rows.length > 0 ? to.cases / to.rows.length : 0;
  if (kind === 'original') return after;
  if (after === before) return 0;
  return (after - before) / Math.abs(to.rows.length - n);
}

/** The best move by objective (ties: larger box, then the order the moves were listed in), or undefined. */
export function bestMove(kind: Objective, n: number, h: number, moves: readonly Move[]): Move | undefined {
  let best: Move | undefined;
  let bestScore = -Infinity;
  for (const mv of moves) {
    const score = objective(kind, n, h, mv);
    if (score > bestScore || (score === bestScore && best !== undefined && mv.rows.length > best.rows.length)) {
      best = mv;
      bestScore = score;
    }
  }
  return best;
}
