/**
 * Boxes over a case table: the data's own ranges, which rows a box holds, its statistics
 * (coverage, density, mass, restricted dimensions; see types.ts) and whether a dimension
 * is restricted.
 *
 * @example
 * const ranges = dataRanges(table);
 * const stats = boxStats(table, allRows(table), ranges, ranges); // coverage 1, mass 1
 */
import type { Box, BoxStats, CaseTable, Limit } from './types.js';

/** Row indices 0 … n − 1. */
export function allRows(table: CaseTable): Int32Array {
  return Int32Array.from({ length: table.y.length }, (_, i) => i);
}

/** Each dimension's range over all rows (numeric: min and max; categorical: every level). */
export function dataRanges(table: CaseTable): Box {
  return table.dimensions.map((d): Limit => {
    if (d.kind === 'categorical') return { kind: 'categorical', levels: d.levels.map((_, k) => k) };
    let min = Infinity;
    let max = -Infinity;
    for (const v of d.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { kind: 'numeric', min, max };
  });
}

/** Whether row i lies within limit `limit` of dimension d. */
export function withinLimit(table: CaseTable, d: number, limit: Limit, i: number): boolean {
  const dim = table.dimensions[d];
  if (limit.kind === 'numeric') {
    const v = (dim.values as Float64Array)[i];
    return v >= limit.min && v <= limit.max;
  }
  return limit.levels.includes((dim.values as Int32Array)[i]);
}

/** Whether row i lies within every limit of the box, skipping dimension `skip` (if any). */
export function inBox(table: CaseTable, box: Box, i: number, skip = -1): boolean {
  for (let d = 0; d < box.length; d++) if (d !== skip && !withinLimit(table, d, box[d], i)) return false;
  return true;
}

/** The rows of `rows` inside the box (skipping dimension `skip`). */
export function rowsInBox(table: CaseTable, rows: Int32Array, box: Box, skip = -1): Int32Array {
  const kept: number[] = [];
  for (const i of rows) if (inBox(table, box, i, skip)) kept.push(i);
  return Int32Array.from(kept);
}

/** Cases of interest among rows. */
export function countCases(table: CaseTable, rows: Int32Array): number {
  let h = 0;
  for (const i of rows) h += table.y[i];
  return h;
}

/** Whether a limit is narrower than the data's range. */
export function isRestricted(limit: Limit, range: Limit): boolean {
  if (limit.kind === 'numeric' && range.kind === 'numeric') return limit.min > range.min || limit.max < range.max;
  if (limit.kind === 'categorical' && range.kind === 'categorical') return limit.levels.length < range.levels.length;
  return false;
}

export function restrictedCount(box: Box, ranges: Box): number {
  return box.reduce((k, l, d) => k + (isRestricted(l, ranges[d]) ? 1 : 0), 0);
}

/** A box's statistics over `rows` (the data searched) given the rows it holds. */
export function statsOf(table: CaseTable, rows: Int32Array, total: { n: number; cases: number }, box: Box, ranges: Box): BoxStats {
  const n = rows.length;
  const cases = countCases(table, rows);
  return {
    n,
    cases,
    coverage: total.cases > 0 ? cases / total.cases : NaN,
    density: n > 0 ? cases / n : NaN,
    mass: total.n > 0 ? n / total.n : NaN,
    restricted: restrictedCount(box, ranges),
  };
}

/** The statistics of `box` over `rows`. */
export function boxStats(table: CaseTable, rows: Int32Array, box: Box, ranges: Box): BoxStats {
  const inside = rowsInBox(table, rows, box);
  return statsOf(table, inside, { n: rows.length, cases: countCases(table, rows) }, box, ranges);
}
