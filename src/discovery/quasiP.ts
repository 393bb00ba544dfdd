/**
 * Quasi-p-values of a box's restrictions (Bryant and Lempert 2010; as EMA Workbench's
 * `_calculate_quasi_p`): for each restricted dimension, the one-sided binomial test of
 * the box's density against the density of the box with that restriction removed.
 * With H and T the cases of interest and cases in the box, and H′, T′ in the box
 * without the restriction, the value is P(X ≥ H) for X ~ Binomial(T, H′/T′): the chance
 * that a box as large, drawn from the looser box, would be as dense. Small values mean
 * the restriction earns its place; an unrestricted dimension gets NaN.
 *
 * @example
 * quasiPValues(table, allRows(table), box, dataRanges(table)); // [NaN, 1.2e-9, ...]
 */
import { binomialUpperTail } from './binomial.js';
import { countCases, isRestricted, rowsInBox } from './box.js';
import type { Box, CaseTable } from './types.js';

export function quasiPValues(table: CaseTable, rows: Int32Array, box: Box, ranges: Box): number[] {
  const inside = rowsInBox(table, rows, box);
  const h = countCases(table, inside);
  const t = inside.length;
  return box.map((limit, d) => {
    if (!isRestricted(limit, ranges[d])) return NaN;
    const looser = rowsInBox(table, rows, box, d);
    const hj = countCases(table, looser);
    return looser.length === 0 ? NaN : binomialUpperTail(h, t, hj / looser.length);
  });
}
