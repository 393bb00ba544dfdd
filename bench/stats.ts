/** Summaries and the printed table of the benchmarks. */
import { median as ssMedian, quantile } from 'simple-statistics';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** interquartile range of the repeats, when there are several */
  spread?: number;
  target?: string;
  pass?: boolean;
}

export function median(values: number[]): { median: number; spread: number } {
  return { median: ssMedian(values), spread: values.length > 1 ? quantile(values, 0.75) - quantile(values, 0.25) : 0 };
}

function show(x: number): string {
  if (Math.abs(x) >= 1e6) return x.toExponential(3);
  if (Math.abs(x) >= 100) return x.toFixed(0);
  return x.toPrecision(3);
}

export function formatTable(rows: readonly BenchRow[]): string {
  const lines = rows.map((r) => [
    r.name,
    `${show(r.value)} ${r.unit}`,
    r.spread === undefined ? '' : `± ${show(r.spread / 2)}`,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const header = ['benchmark', 'median', 'spread (IQR/2)', 'target', 'verdict'];
  const widths = header.map((h, k) => Math.max(h.length, ...lines.map((l) => l[k].length)));
  const fmt = (cells: string[]) => '| ' + cells.map((c, k) => c.padEnd(widths[k])).join(' | ') + ' |';
  return [fmt(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...lines.map(fmt)].join('\n');
}
