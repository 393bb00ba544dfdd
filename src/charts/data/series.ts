/**
 * One streamed pass over a folder's timeseries table: per policy and step, the median
 * and 90% band of each asked indicator across runs (bounded-memory quantile sketches),
 * and the mean number of migrants in each status (running sums). Rows of other
 * policies are skipped as they stream by. An empty cell (an undefined indicator, such as
 * the Gini of fewer than two partners) is left out of the bands and counted in
 * `undefinedValues`; text where a number belongs is an InputError naming the record.
 *
 * @example
 * const { bands, migrants } = await readSeries(folder.table('timeseries')!, { indicators: ['mean_effort'], policies: ['partnership'] });
 */
import { MIGRANT_STACK } from '../palette.js';
import type { BandRow } from '../kinds/timeseries.js';
import type { MigrantRow } from '../kinds/migrants.js';
import { QuantileSketch } from './quantiles.js';
import { numberCell } from '../../io/csvRecords.js';
import { columnIndexes, numberedRecords } from './records.js';

export interface SeriesOptions {
  indicators: readonly string[];
  policies: readonly string[];
  /** also sum the migrant statuses (default true when the table has them) */
  migrants?: boolean;
}

export interface SeriesData {
  bands: BandRow[];
  migrants: MigrantRow[];
  /** cells left out because the indicator is undefined there (empty), by indicator */
  undefinedValues: Map<string, number>;
}

interface Group {
  policy: string;
  step: number;
  sketches: QuantileSketch[];
  sums: number[];
  runs: number;
}

/** The migrant status columns of the timeseries table, in stacking order. */
export const MIGRANT_COLUMNS = MIGRANT_STACK.map((s) => `migrants_${s}`);

export async function readSeries(file: string, options: SeriesOptions): Promise<SeriesData> {
  const groups = new Map<string, Group>();
  let header: string[] | undefined;
  let meta: number[] = [];
  let cols: number[] = [];
  let migrantCols: number[] = [];
  const wanted = new Set(options.policies);
  const undefinedValues = new Map<string, number>();
  for await (const { cells: record, record: number } of numberedRecords(file)) {
    if (!header) {
      header = record;
      meta = columnIndexes(header, ['policy', 'step'], file);
      cols = columnIndexes(header, options.indicators, file);
      const sumMigrants = options.migrants ?? MIGRANT_COLUMNS.every((c) => header!.includes(c));
      migrantCols = sumMigrants ? columnIndexes(header, MIGRANT_COLUMNS, file) : [];
      continue;
    }
    const policy = record[meta[0]];
    if (!wanted.has(policy)) continue;
    const step = Number(record[meta[1]]);
    const key = `${policy}\u0000${step}`;
    let group = groups.get(key);
    if (!group) {
      group = { policy, step, sketches: cols.map(() => new QuantileSketch()), sums: migrantCols.map(() => 0), runs: 0 };
      groups.set(key, group);
    }
    group.runs++;
    cols.forEach((k, i) => {
      const value = numberCell(record[k], file, number, options.indicators[i]);
      if (Number.isNaN(value)) undefinedValues.set(options.indicators[i], (undefinedValues.get(options.indicators[i]) ?? 0) + 1);
      else group!.sketches[i].add(value);
    });
    migrantCols.forEach((k, i) => (group!.sums[i] += numberCell(record[k], file, number, MIGRANT_COLUMNS[i]) || 0));
  }
  const order = [...groups.values()].sort((a, b) => options.policies.indexOf(a.policy) - options.policies.indexOf(b.policy) || a.step - b.step);
  const bands: BandRow[] = [];
  for (const [i, indicator] of options.indicators.entries()) {
    for (const g of order) {
      const s = g.sketches[i];
      if (s.count === 0) continue;
      bands.push({ indicator, policy: g.policy, step: g.step, median: s.quantile(0.5), low: s.quantile(0.05), high: s.quantile(0.95), n: s.count });
    }
  }
  const migrants: MigrantRow[] = [];
  if (migrantCols.length > 0) {
    for (const g of order) MIGRANT_STACK.forEach((status, i) => migrants.push({ policy: g.policy, step: g.step, status, mean: g.sums[i] / g.runs }));
  }
  return { bands, migrants, undefinedValues };
}
