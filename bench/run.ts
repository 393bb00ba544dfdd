/**
 * `npm run bench`: prints one table of partnersim's benchmarks, each the median of
 * several runs after a warm-up, with targets as PASS or FAIL. Not part of the tests:
 * these machines are shared and noisy, so targets are ratios measured in one run.
 */
import { formatTable, type BenchRow } from './stats.js';
import { engineBenchmarks } from './engine.js';
import { sweepBenchmarks } from './sweep.js';

const rows: BenchRow[] = [];
rows.push(...(await engineBenchmarks()));
rows.push(...(await sweepBenchmarks()));
console.log(formatTable(rows));
if (rows.some((r) => r.pass === false)) process.exitCode = 1;
