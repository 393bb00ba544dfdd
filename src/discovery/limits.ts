/**
 * A limit as text, for tables and charts: a numeric one as `[min, max]`, a categorical
 * one as its levels joined by `|`; and the two most restricted dimensions of a box
 * (smallest quasi-p-value first; ties: the narrower share of its range kept, then the
 * table's order), which the discovery charts draw the cases in.
 *
 * @example
 * limitText({ kind: 'numeric', min: 0.7, max: 1 }, ['a']); // '[0.7, 1]'
 */
import { significant } from '../analysis/tableText.js';
import { isRestricted } from './box.js';
import type { Box, FoundBox, Limit } from './types.js';

export function levelsText(limit: Limit, levels: readonly string[]): string {
  return limit.kind === 'categorical' ? limit.levels.map((l) => levels[l]).join('|') : '';
}

export function limitText(limit: Limit, levels: readonly string[] = []): string {
  return limit.kind === 'numeric' ? `[${significant(limit.min, 4)}, ${significant(limit.max, 4)}]` : `{${limit.levels.map((l) => levels[l]).join(', ')}}`;
}

/** The share of a dimension's range that the limit keeps (numeric: of the width; categorical: of the levels). */
export function keptShare(limit: Limit, range: Limit): number {
  if (limit.kind === 'numeric' && range.kind === 'numeric') return range.max > range.min ? (limit.max - limit.min) / (range.max - range.min) : 1;
  if (limit.kind === 'categorical' && range.kind === 'categorical') return limit.levels.length / Math.max(1, range.levels.length);
  return 1;
}

/** Dimension indices ranked from most to least restricted (restricted ones first). */
export function rankedDimensions(found: FoundBox, ranges: Box): number[] {
  return ranges
    .map((range, d) => ({ d, restricted: isRestricted(found.box[d], range), p: found.quasiP[d], kept: keptShare(found.box[d], range) }))
    .sort((a, b) => Number(b.restricted) - Number(a.restricted) || (Number.isNaN(a.p) ? 1 : a.p) - (Number.isNaN(b.p) ? 1 : b.p) || a.kept - b.kept || a.d - b.d)
    .map((x) => x.d);
}
