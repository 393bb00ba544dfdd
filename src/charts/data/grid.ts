/**
 * A sweep's runs table, for the heatmap: per policy and parameter point, the values of
 * two swept parameters and the mean final value of each asked indicator across the
 * point's replicates (one row per run is read at a time; one sum per point is kept).
 * Runs whose indicator is undefined (an empty cell) are left out of the mean and counted
 * in `undefinedValues`; text where a number belongs is an InputError naming the record.
 *
 * @example
 * const rows = await readHeatmap(folder.table('runs')!, { indicators: ['mean_effort'], policies: ['partnership'], parameters: ['a', 'b'] });
 */
import type { HeatRow } from '../kinds/heatmap.js';
import { numberCell } from '../../io/csvRecords.js';
import { columnIndexes, numberedRecords } from './records.js';

export interface HeatmapData {
  indicators: readonly string[];
  policies: readonly string[];
  parameters: readonly [string, string];
}

export async function readHeatmap(file: string, options: HeatmapData, undefinedValues = new Map<string, number>()): Promise<HeatRow[]> {
  const points = new Map<string, { policy: string; x: number; y: number; sums: number[]; counts: number[]; runs: number }>();
  let cols: number[] | undefined;
  let meta: number[] = [];
  const wanted = new Set(options.policies);
  for await (const { cells: record, record: number } of numberedRecords(file)) {
    if (!cols) {
      meta = columnIndexes(record, ['policy', 'point', ...options.parameters], file);
      cols = columnIndexes(record, options.indicators, file);
      continue;
    }
    const policy = record[meta[0]];
    if (!wanted.has(policy)) continue;
    const key = `${policy}\u0000${record[meta[1]]}`;
    let p = points.get(key);
    if (!p) {
      p = { policy, x: numberCell(record[meta[2]], file, number, options.parameters[0]), y: numberCell(record[meta[3]], file, number, options.parameters[1]), sums: cols.map(() => 0), counts: cols.map(() => 0), runs: 0 };
      points.set(key, p);
    }
    p.runs++;
    cols.forEach((k, i) => {
      const v = numberCell(record[k], file, number, options.indicators[i]);
      if (Number.isNaN(v)) undefinedValues.set(options.indicators[i], (undefinedValues.get(options.indicators[i]) ?? 0) + 1);
      else if (Number.isFinite(v)) {
        p!.sums[i] += v;
        p!.counts[i]++;
      }
    });
  }
  const rows: HeatRow[] = [];
  options.indicators.forEach((indicator, i) => {
    for (const p of points.values()) {
      if (p.counts[i] > 0 && Number.isFinite(p.x) && Number.isFinite(p.y)) rows.push({ policy: p.policy, indicator, x: p.x, y: p.y, value: p.sums[i] / p.counts[i], n: p.counts[i] });
    }
  });
  return rows;
}
