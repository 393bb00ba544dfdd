/**
 * `npm run bench`: prints one table of partnersim's benchmarks, each the median of
 * several runs after a warm-up, with targets as PASS or FAIL. Not part of the tests:
 * these machines are shared and noisy, so targets are ratios measured in one run.
 */
import { formatTable, type BenchRow } from './stats.js';
import { engineBenchmarks } from './engine.js';
import { explorerBenchmarks } from './explorer.js';
import { importBenchmarks } from './imports.js';
import { sweepBenchmarks } from './sweep.js';
import { calibrateBenchmarks } from './calibrate.js';
import { patternBenchmarks } from './patterns.js';

// `npm run bench -- sweep` (or `engine`, `imports`, `calibrate`, `explorer`, `patterns`) runs one group only.
const GROUPS = ['engine', 'imports', 'sweep', 'calibrate', 'explorer', 'patterns'];
const only = process.argv[2];
if (only !== undefined && !GROUPS.includes(only)) {
  console.error(`bench: unknown group "${only}" (${GROUPS.join(', ')})`);
  process.exit(2);
}
const rows: BenchRow[] = [];
if (only === undefined || only === 'engine') rows.push(...(await engineBenchmarks()));
if (only === undefined || only === 'imports') rows.push(...(await importBenchmarks()));
if (only === undefined || only === 'sweep') rows.push(...(await sweepBenchmarks()));
if (only === undefined || only === 'calibrate') rows.push(...(await calibrateBenchmarks()));
if (only === undefined || only === 'explorer') rows.push(...(await explorerBenchmarks()));
if (only === undefined || only === 'patterns') rows.push(...(await patternBenchmarks()));
console.log(formatTable(rows));
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
