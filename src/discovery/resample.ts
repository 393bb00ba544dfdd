/**
 * Stability of a PRIM box over resamples (as EMA Workbench's `PrimBox.resample` and
 * sdtoolkit's `repro`): PRIM runs again on half the data, drawn without replacement,
 * `iterations` times; in each resample's trajectory the box whose coverage is closest
 * to the chosen box's (ties: the denser box, then the earlier step) and the box whose
 * density is closest (ties: the one of more coverage) are looked up, and each dimension scores the share of resamples in which that box
 * restricts it. A dimension that belongs in the box scores near 1; one PRIM restricted
 * by chance scores low.
 *
 * @example
 * stability(table, rows, ranges, chosen.stats, settings, 10, createStream(1, 'discovery/resample'));
 */
import type { RandomStream } from '../engine/random.js';
import { isRestricted } from './box.js';
import { peelingTrajectory, type TrajectorySettings } from './trajectory.js';
import type { Box, BoxStats, CaseTable, TrajectoryStep } from './types.js';

/** floor(rows.length / 2) rows drawn without replacement (a partial Fisher–Yates shuffle), in ascending order. */
export function halfSample(rows: Int32Array, rng: RandomStream): Int32Array {
  const pool = Int32Array.from(rows);
  const m = Math.floor(pool.length / 2);
  for (let k = 0; k < m; k++) {
    const j = k + Math.floor(rng.next() * (pool.length - k));
    const t = pool[k];
    pool[k] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, m).sort();
}

/** The step whose `key` is closest to target; ties go to the better value of the other statistic, then the earlier step. */
function closest(trajectory: readonly TrajectoryStep[], target: number, key: 'coverage' | 'density'): TrajectoryStep {
  const other = key === 'coverage' ? 'density' : 'coverage';
  let best = trajectory[0];
  for (const s of trajectory) {
    const d = Math.abs(s.stats[key] - target);
    const e = Math.abs(best.stats[key] - target);
    if (d < e || (d === e && s.stats[other] > best.stats[other])) best = s;
  }
  return best;
}

export function stability(
  table: CaseTable,
  rows: Int32Array,
  ranges: Box,
  chosen: BoxStats,
  settings: TrajectorySettings,
  iterations: number,
  rng: RandomStream,
): { coverage: number[]; density: number[] } {
  const coverage = ranges.map(() => 0);
  const density = ranges.map(() => 0);
  for (let r = 0; r < iterations; r++) {
    const trajectory = peelingTrajectory(table, halfSample(rows, rng), ranges, settings);
    const byCoverage = closest(trajectory, chosen.coverage, 'coverage');
    const byDensity = closest(trajectory, chosen.density, 'density');
    ranges.forEach((range, d) => {
      if (isRestricted(byCoverage.box[d], range)) coverage[d]++;
      if (isRestricted(byDensity.box[d], range)) density[d]++;
    });
  }
  return { coverage: coverage.map((c) => c / iterations), density: density.map((c) => c / iterations) };
}
