/**
 * `npm run bench`: prints one table of partnersim's benchmarks, each the median of
 * several runs after a warm-up, with targets as PASS or FAIL. Not part of the tests:
 * these machines are shared and noisy, so targets are ratios measured in one run.
 */
import { formatTable, type BenchRow } from './stats.js';
import { engineBenchmarks } from './engine.js';
import { importBenchmarks } from './imports.js';
import { sweepBenchmarks } from './sweep.js';

// `npm run bench -- sweep` (or `engine`, `imports`) runs one group only.
const GROUPS = ['engine', 'imports', 'sweep'];
const only = process.argv[2];
if (only !== undefined && !GROUPS.includes(only)) {
  console.error(`bench: unknown group "${only}" (${GROUPS.join(', ')})`);
  process.exit(2);
}
const rows: BenchRow[] = [];
if (only === undefined || only === 'engine') rows.push(...(await engineBenchmarks()));
if (only === undefined || only === 'imports') rows.push(...(await importBenchmarks()));
if (only === undefined || only === 'sweep') rows.push(...(await sweepBenchmarks()));
console.log(formatTable(rows));
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
