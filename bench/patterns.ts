/**
 * Pattern-sweep benchmark: how long `partnersim patterns` takes for N = 64 points x 3
 * seeds of one variant on the EU scenario with 2 worker threads, as a rate (points per
 * second, and runs per second) and the time it projects for the full table of three
 * variants on the EU and North American scenarios. The target is the "minutes
 * on two cores": the projected full table under 15 minutes. A rate measured in one
 * process run, never a timed unit test. `PARTNERSIM_BENCH_PATTERN_SAMPLES` makes it
 * smaller for a quick look.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPatterns } from '../dist/src/validation/patternSweep.js';
import type { BenchRow } from './stats.js';

const SAMPLES = Number(process.env.PARTNERSIM_BENCH_PATTERN_SAMPLES ?? 64);
const SEEDS = 3;
const MIGRANTS = 10000;

export async function patternBenchmarks(): Promise<BenchRow[]> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'partnersim-bench-patterns-'));
  try {
    const t0 = performance.now();
    const result = await runPatterns({ scenario: 'eu-mobility-partnerships', variants: ['governmentality'], samples: SAMPLES, seeds: SEEDS, workers: 2, seed: 1, out: path.join(out, 'p'), migrants: MIGRANTS, quiet: true });
    const seconds = (performance.now() - t0) / 1000;
    const pointsPerSecond = SAMPLES / seconds;
    // The full table: 3 variants x 2 scenarios at N = 64 (the North American runs are about as long).
    const projectedMinutes = (3 * 2 * 64) / pointsPerSecond / 60;
    return [
      { name: `patterns: points per second (EU, 1 variant, ${SAMPLES} points x ${SEEDS} seeds, ${MIGRANTS.toLocaleString('en')} migrants, 2 workers)`, value: pointsPerSecond, unit: 'points/s' },
      { name: 'patterns: runs per second (same)', value: result.runs / seconds, unit: 'runs/s' },
      { name: `patterns: seconds for N = ${SAMPLES} x ${SEEDS} seeds, one variant`, value: seconds, unit: 's' },
      { name: 'patterns: projected full table (3 variants x EU and North America, N = 64 x 3 seeds)', value: projectedMinutes, unit: 'min', target: '< 15', pass: projectedMinutes < 15 },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
