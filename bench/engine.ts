/**
 * Engine benchmarks: the migrant kernel against a floor measured in the same run, whole
 * steps, whole default runs, memory per migrant, scenario loading and worker start-up.
 */
import seedrandom from 'seedrandom';
import { createWorld, loadScenario, simulate, step } from '../dist/src/index.js';
import { createWorkerPoolEvaluator } from '../dist/src/experiments/evaluators.js';
import { moveMigrants } from '../dist/src/processes/moveMigrants.js';
import type { World } from '../dist/src/world/world.js';
import { median, type BenchRow } from './stats.js';

const KERNEL_MIGRANTS = 1_000_000;
const KERNEL_STEPS = 10;

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/**
 * What the machine allows for the kernel's work: the same typed arrays, the same two
 * uniforms per migrant from the same generator, the same reads and writes, and a count
 * per status, with no decisions.
 */
function floorLoop(world: World, steps: number): void {
  const rng = seedrandom.xor4096('floor');
  const { origin, location, status, flags, network, size } = world.migrants;
  const counts = new Float64Array(5);
  const perOrigin = new Int32Array(world.states.length);
  let sink = 0;
  for (let t = 0; t < steps; t++) {
    for (let m = 0; m < size; m++) {
      const u1 = rng();
      const u2 = rng();
      const o = origin[m];
      const s = status[m];
      if (u1 * network[m] > 2) location[m] = o;
      status[m] = s;
      counts[s]++;
      perOrigin[o] += flags[m] & 1;
      sink += u2;
    }
  }
  if (sink < 0) console.log(counts, perOrigin);
}

export async function engineBenchmarks(repeats = 5): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const loaded = await loadScenario('eu-mobility-partnerships', { migrants: KERNEL_MIGRANTS });
  const kernel: number[] = [];
  const floor: number[] = [];
  const steps: number[] = [];
  for (let k = 0; k <= repeats; k++) {
    const world = createWorld(loaded.scenario, k + 1);
    const tk = time(() => {
      for (let t = 0; t < KERNEL_STEPS; t++) {
        world.step = t;
        moveMigrants(world);
      }
    });
    const tf = time(() => floorLoop(world, KERNEL_STEPS));
    const whole = createWorld(loaded.scenario, k + 1);
    const ts = time(() => {
      for (let t = 0; t < KERNEL_STEPS; t++) {
        whole.step = t;
        step(whole);
      }
    });
    if (k === 0) continue; // warm-up
    kernel.push(tk);
    floor.push(tf);
    steps.push(ts);
  }
  const work = KERNEL_MIGRANTS * KERNEL_STEPS;
  const rate = (xs: number[]) => median(xs.map((x) => work / x));
  const rk = rate(kernel);
  const rf = rate(floor);
  const rs = rate(steps);
  rows.push({ name: 'migrant kernel (moveMigrants)', value: rk.median, spread: rk.spread, unit: 'migrant-steps/s', target: '>= 2e7', pass: rk.median >= 2e7 });
  rows.push({ name: 'floor: same arrays, draws and writes', value: rf.median, spread: rf.spread, unit: 'migrant-steps/s' });
  const ratio = median(kernel.map((x, i) => x / floor[i]));
  rows.push({ name: 'kernel time / floor time', value: ratio.median, spread: ratio.spread, unit: 'ratio', target: '<= 2', pass: ratio.median <= 2 });
  rows.push({ name: 'whole steps (all twelve processes)', value: rs.median, spread: rs.spread, unit: 'migrant-steps/s' });

  const defaults = await loadScenario('eu-mobility-partnerships');
  const runs: number[] = [];
  for (let k = 0; k <= repeats; k++) {
    const seconds = time(() => simulate(defaults.scenario, { seed: k + 1, runId: 'bench', scenarioName: 'eu', policy: 'partnership' }));
    if (k > 0) runs.push(seconds);
  }
  const run = median(runs);
  rows.push({ name: 'default run (64 steps, 100,000 migrants)', value: run.median, spread: run.spread, unit: 's', target: '< 1', pass: run.median < 1 });
  rows.push({ name: 'default runs per second (one core)', value: 1 / run.median, unit: 'runs/s' });

  const gc = (globalThis as { gc?: () => void }).gc;
  const bytes = () => {
    gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const small = await loadScenario('eu-mobility-partnerships', { migrants: 0 });
  const before = bytes();
  const empty = createWorld(small.scenario, 1);
  const withNone = bytes();
  const big = createWorld(loaded.scenario, 1);
  const withMany = bytes();
  const perMigrant = (withMany - withNone) / KERNEL_MIGRANTS;
  rows.push({ name: 'memory per migrant (heap + array buffers)', value: perMigrant, unit: 'bytes', target: '<= 40', pass: perMigrant <= 40 });
  if (!empty || !big || before < 0) console.log('');

  const loads: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    await loadScenario('eu-mobility-partnerships', { migrants: 1000 });
    loads.push((performance.now() - t0) / 1000);
  }
  const load = median(loads);
  rows.push({ name: 'load and validate the default scenario', value: load.median * 1000, spread: load.spread * 1000, unit: 'ms' });

  const tiny = await loadScenario('eu-mobility-partnerships');
  const starts: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    // The evaluator a sweep uses, with the sweep's worker options.
    const pool = createWorkerPoolEvaluator({ input: tiny.base, file: tiny.file, slug: tiny.slug, steps: 1, migrants: 1000, collectStates: false }, { workers: 1 });
    await pool.run({ id: 'warm', point: 0, policy: 'partnership', replicate: 1, seed: 1, values: {} });
    starts.push((performance.now() - t0) / 1000);
    await pool.close();
  }
  const start = median(starts);
  rows.push({ name: 'start a worker and run a one-step run in it', value: start.median * 1000, spread: start.spread * 1000, unit: 'ms' });
  return rows;
}
