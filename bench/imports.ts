/**
 * Import benchmarks: the time a fresh Node process takes to import partnersim's main
 * entry (the engine, scenarios, sweeps, analysis) and its charts entry (which loads
 * vega, vega-lite, resvg and pdfkit). The target is a ratio measured in the same run:
 * the main entry takes at most 0.7 of the time of the charts entry (before the entries
 * were split it loaded the same modules: a ratio of 1), so a script that
 * runs the model pays nothing for the renderers.
 */
import { execFileSync } from 'node:child_process';
import { median, type BenchRow } from './stats.js';

const ENTRIES = { main: '../dist/src/index.js', charts: '../dist/src/charts/index.js' } as const;

/** Milliseconds to import `entry` in a new process (measured in that process, start-up excluded). */
function importMs(entry: string): number {
  const url = new URL(entry, import.meta.url).href;
  const program = `const t0 = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t0));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return Number(out);
}

export async function importBenchmarks(repeats = 5): Promise<BenchRow[]> {
  importMs(ENTRIES.main); // warm the file system cache
  importMs(ENTRIES.charts);
  const main: number[] = [];
  const charts: number[] = [];
  const ratios: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const m = importMs(ENTRIES.main);
    const c = importMs(ENTRIES.charts);
    main.push(m);
    charts.push(c);
    ratios.push(m / c);
  }
  const rm = median(main);
  const rc = median(charts);
  const rr = median(ratios);
  return [
    { name: "import 'partnersim' (main entry)", value: rm.median, spread: rm.spread, unit: 'ms' },
    { name: "import 'partnersim/charts'", value: rc.median, spread: rc.spread, unit: 'ms' },
    { name: 'main entry import / charts entry import', value: rr.median, spread: rr.spread, unit: 'ratio', target: '<= 0.7', pass: rr.median <= 0.7 },
  ];
}
