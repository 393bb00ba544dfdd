/**
 * From per-seed verdicts to pass rates. The rule: a parameter point reproduces a pattern
 * when a strict majority of its seeds do (2 of 3; with an even number of seeds, more than
 * half); the share of points that do, over the Latin hypercube, estimates the share of
 * the uncertain parameter space in which the pattern holds, with a Wilson score interval
 * at 95% (Wilson 1927; Agresti and Coull 1998: close to nominal coverage at small n and
 * at shares near 0 or 1, where the normal interval fails). `seed_share` is the share of
 * all seeds, over all points, that pass: what the majority rule hides.
 */
import { formatCsv } from '../io/csv.js';
import type { PatternKind, SeedVerdict } from './emergent/types.js';

export const Z95 = 1.959963984540054;

/** The Wilson score interval of k successes in n trials (NaN for n = 0). */
export function wilsonInterval(k: number, n: number, z = Z95): [number, number] {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Whether a point passes: a strict majority of its seeds pass. */
export function pointPasses(verdicts: readonly SeedVerdict[]): boolean {
  return verdicts.filter((v) => v.pass).length * 2 > verdicts.length;
}

export interface PointRow {
  scenario: string;
  variant: string;
  pattern: string;
  kind: PatternKind;
  point: number;
  seeds: number;
  seeds_passed: number;
  pass: number;
  /** mean of the finite per-seed statistics (empty when none is finite) */
  statistic_mean: number;
}

export const POINT_COLUMNS = {
  scenario: 'bundled scenario',
  variant: 'model variant',
  pattern: 'pattern id (src/validation/emergent)',
  kind: 'validation or calibration',
  point: 'index of the Latin hypercube point (the sweeps’ design.csv)',
  seeds: 'seeds run at the point',
  seeds_passed: 'seeds whose runs reproduce the pattern',
  pass: '1 when a strict majority of the seeds pass, else 0',
  statistic_mean: "mean over the seeds of the pattern's statistic (finite values only; empty when none)",
} as const;

export interface PassRateRow {
  scenario: string;
  variant: string;
  pattern: string;
  kind: PatternKind;
  points: number;
  passed: number;
  share: number;
  ci_low: number;
  ci_high: number;
  seed_share: number;
  note: string;
}

export const PASS_RATE_COLUMNS = {
  scenario: 'bundled scenario',
  variant: 'model variant',
  pattern: 'pattern id',
  kind: 'validation or calibration',
  points: 'points of the Latin hypercube',
  passed: 'points that reproduce the pattern (a strict majority of their seeds pass)',
  share: 'passed / points',
  ci_low: 'lower end of the 95% Wilson interval of share',
  ci_high: 'upper end of the 95% Wilson interval of share',
  seed_share: 'share of all seeds at all points that pass',
  note: '"does not discriminate" when every variant in the table reproduces the pattern at every point; "never reproduced" when none does at any point',
} as const;

export function pointRow(base: Omit<PointRow, 'seeds' | 'seeds_passed' | 'pass' | 'statistic_mean'>, verdicts: readonly SeedVerdict[]): PointRow {
  const finite = verdicts.map((v) => v.value).filter(Number.isFinite);
  return {
    ...base,
    seeds: verdicts.length,
    seeds_passed: verdicts.filter((v) => v.pass).length,
    pass: pointPasses(verdicts) ? 1 : 0,
    statistic_mean: finite.length === 0 ? NaN : finite.reduce((a, b) => a + b, 0) / finite.length,
  };
}

/** One pass-rate row per scenario, variant and pattern, in the order the points arrive; notes across variants. */
export function passRates(points: readonly PointRow[]): PassRateRow[] {
  const groups = new Map<string, PointRow[]>();
  for (const row of points) {
    const key = `${row.scenario}\u0000${row.variant}\u0000${row.pattern}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(row);
  }
  const rows: PassRateRow[] = [...groups.values()].map((list) => {
    const passed = list.filter((r) => r.pass === 1).length;
    const [low, high] = wilsonInterval(passed, list.length);
    const seeds = list.reduce((a, r) => a + r.seeds, 0);
    return {
      scenario: list[0].scenario,
      variant: list[0].variant,
      pattern: list[0].pattern,
      kind: list[0].kind,
      points: list.length,
      passed,
      share: passed / list.length,
      ci_low: low,
      ci_high: high,
      seed_share: seeds === 0 ? NaN : list.reduce((a, r) => a + r.seeds_passed, 0) / seeds,
      note: '',
    };
  });
  for (const row of rows) {
    const same = rows.filter((r) => r.scenario === row.scenario && r.pattern === row.pattern);
    const variants = same.length;
    if (same.every((r) => r.passed === r.points)) row.note = variants > 1 ? 'does not discriminate' : 'does not discriminate (passes at every point; one variant run)';
    else if (same.every((r) => r.passed === 0)) row.note = 'never reproduced';
  }
  return rows;
}

export function pointsCsv(rows: readonly PointRow[]): string {
  return formatCsv(POINT_COLUMNS, rows);
}

export function passRatesCsv(rows: readonly PassRateRow[]): string {
  return formatCsv(PASS_RATE_COLUMNS, rows);
}
