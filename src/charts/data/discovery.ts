/**
 * Reading the tables `partnersim discover` writes (a sweep folder's discovery/):
 * trajectory.csv, boxes.csv and cases.csv, for the `discovery` charts; and choosing the
 * two most restricted dimensions of the first box (smallest quasi-p-value first; ties:
 * the narrower share of its range kept, then the table's order; unrestricted
 * dimensions fill in when fewer than two are restricted).
 *
 * @example
 * const data = readDiscovery('results/lhs/discovery');
 */
import path from 'node:path';
import { InputError } from '../../scenario/errors.js';
import type { DiscoveryCaseRow, DiscoveryLimitRow, DiscoveryStepRow } from '../kinds/discovery.js';
import { cellNumber, readCsvObjects } from './records.js';

export interface DiscoveryData {
  steps: DiscoveryStepRow[];
  limits: DiscoveryLimitRow[];
  /** the two dimensions the cases are drawn in (undefined when the search had one) */
  pair?: [DiscoveryLimitRow, DiscoveryLimitRow];
  cases: DiscoveryCaseRow[];
}

function table(file: string, required: readonly string[]) {
  const { columns, rows } = readCsvObjects(file);
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new InputError(`${file}: not a table of partnersim discover (no column${missing.length > 1 ? 's' : ''} ${missing.join(', ')})`);
  return rows;
}

const levels = (text: string | undefined) => (text ? text.split('|') : []);

function kept(r: DiscoveryLimitRow): number {
  if (r.type === 'categorical') return r.levels.length / Math.max(1, r.rangeLevels.length);
  return r.rangeMax > r.rangeMin ? (r.max - r.min) / (r.rangeMax - r.rangeMin) : 1;
}

export function readDiscovery(dir: string): DiscoveryData {
  const steps = table(path.join(dir, 'trajectory.csv'), ['box', 'step', 'coverage', 'density', 'res_dim', 'chosen']).map((r) => ({
    box: Number(r.box),
    step: Number(r.step),
    coverage: cellNumber(r.coverage),
    density: cellNumber(r.density),
    restricted: Number(r.res_dim),
    chosen: r.chosen === '1',
  }));
  const limits = table(path.join(dir, 'boxes.csv'), ['box', 'dimension', 'type', 'restricted', 'min', 'max', 'levels', 'range_min', 'range_max', 'range_levels', 'quasi_p']).map(
    (r): DiscoveryLimitRow => ({
      box: Number(r.box),
      dimension: r.dimension,
      type: r.type === 'categorical' ? 'categorical' : 'numeric',
      restricted: r.restricted === '1',
      min: cellNumber(r.min),
      max: cellNumber(r.max),
      levels: levels(r.levels),
      rangeMin: cellNumber(r.range_min),
      rangeMax: cellNumber(r.range_max),
      rangeLevels: levels(r.range_levels),
      quasiP: cellNumber(r.quasi_p),
    }),
  );
  const first = limits.filter((l) => l.box === 1);
  const ranked = first
    .map((l, k) => ({ l, k }))
    .sort((a, b) => Number(b.l.restricted) - Number(a.l.restricted) || (Number.isNaN(a.l.quasiP) ? 1 : a.l.quasiP) - (Number.isNaN(b.l.quasiP) ? 1 : b.l.quasiP) || kept(a.l) - kept(b.l) || a.k - b.k)
    .map(({ l }) => l);
  const pair = ranked.length >= 2 ? ([ranked[0], ranked[1]] as [DiscoveryLimitRow, DiscoveryLimitRow]) : undefined;
  let cases: DiscoveryCaseRow[] = [];
  if (pair) {
    const value = (d: DiscoveryLimitRow, cell: string) => (d.type === 'numeric' ? cellNumber(cell) : cell);
    cases = table(path.join(dir, 'cases.csv'), ['interest', 'box', pair[0].dimension, pair[1].dimension]).map((r) => ({
      x: value(pair[0], r[pair[0].dimension]),
      y: value(pair[1], r[pair[1].dimension]),
      interest: r.interest === '1',
      box: Number(r.box),
    }));
  }
  return { steps, limits, pair, cases };
}
