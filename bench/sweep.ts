/**
 * Sweep benchmarks: throughput with 1 and 2 worker threads on a sweep of 200 short
 * runs, and whether a sweep's peak memory grows with its number of runs. Ratios are
 * measured in one process run, never against fixed times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSweep, type SweepOptions } from '../dist/src/experiments/sweep.js';
import type { PolicyName } from '../dist/src/scenario/policies.js';
import { median, type BenchRow } from './stats.js';

const POLICIES: PolicyName[] = ['partnership', 'conditionality', 'withdrawal', 'no-benchmarking'];

function options(out: string, workers: number, replicates: number): SweepOptions {
  return {
    scenario: 'eu-mobility-partnerships',
    policies: POLICIES,
    replicates,
    design: 'grid',
    ranges: [],
    samples: 1,
    workers,
    seed: 1,
    out,
    resume: false,
    format: 'csv',
    states: false,
    steps: 32,
    migrants: 5000,
    quiet: true,
  };
}

async function timedSweep(workers: number, replicates: number): Promise<{ runsPerSecond: number; peakRss: number }> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'partnersim-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  try {
    const t0 = performance.now();
    const summary = await runSweep(options(path.join(out, 'sweep'), workers, replicates));
    const seconds = (performance.now() - t0) / 1000;
    return { runsPerSecond: summary.completed / seconds, peakRss };
  } finally {
    clearInterval(sampler);
    rmSync(out, { recursive: true, force: true });
  }
}

export async function sweepBenchmarks(repeats = 3): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await timedSweep(2, 5); // warm-up: compile, start workers once
  const one: number[] = [];
  const two: number[] = [];
  for (let k = 0; k < repeats; k++) {
    one.push((await timedSweep(1, 50)).runsPerSecond);
    two.push((await timedSweep(2, 50)).runsPerSecond);
  }
  const r1 = median(one);
  const r2 = median(two);
  rows.push({ name: 'sweep throughput, 1 worker (200 runs)', value: r1.median, spread: r1.spread, unit: 'runs/s' });
  rows.push({ name: 'sweep throughput, 2 workers (200 runs)', value: r2.median, spread: r2.spread, unit: 'runs/s' });
  rows.push({ name: '2 workers / 1 worker', value: r2.median / r1.median, unit: 'ratio', target: '>= 1.8', pass: r2.median / r1.median >= 1.8 });

  global.gc?.();
  const small = await timedSweep(2, 25);
  global.gc?.();
  const large = await timedSweep(2, 200);
  const growth = large.peakRss / small.peakRss;
  rows.push({ name: 'peak RSS, 100-run sweep', value: small.peakRss / 2 ** 20, unit: 'MiB' });
  rows.push({ name: 'peak RSS, 800-run sweep', value: large.peakRss / 2 ** 20, unit: 'MiB' });
  rows.push({ name: 'peak memory, 800 runs / 100 runs', value: growth, unit: 'ratio', target: '<= 1.15', pass: growth <= 1.15 });
  return rows;
}
