/**
 * Reading the analysis tables that `compare` and `sensitivity` add to a sweep folder:
 * effects.csv and sensitivity.csv. Their column checks are tolerant (columns added
 * later are ignored; optional ones may be absent) and their errors name the file and
 * the missing column.
 *
 * @example
 * const rows = readEffects('results/sweep/effects.csv');
 */
import { InputError } from '../../scenario/errors.js';
import type { EffectRow } from '../kinds/effects.js';
import type { SensitivityRow } from '../kinds/sensitivity.js';
import { cellNumber, readCsvObjects } from './records.js';
import type { PassRatePoint } from '../kinds/patterns.js';

function require(file: string, columns: readonly string[], names: readonly string[], what: string): void {
  const missing = names.filter((n) => !columns.includes(n));
  if (missing.length > 0) throw new InputError(`${file}: not ${what} (no column${missing.length > 1 ? 's' : ''} ${missing.join(', ')})`);
}

/** effects.csv's rows. */
export function readEffects(file: string): EffectRow[] {
  const { columns, rows } = readCsvObjects(file);
  require(file, columns, ['indicator', 'policy', 'mean_diff', 'ci_low', 'ci_high'], 'an effects table of partnersim compare');
  return rows.map((r) => ({
    indicator: r.indicator,
    policy: r.policy,
    baseline: r.baseline ?? '',
    at: r.at ?? 'final',
    n: cellNumber(r.n),
    meanDiff: cellNumber(r.mean_diff),
    ciLow: cellNumber(r.ci_low),
    ciHigh: cellNumber(r.ci_high),
    band: cellNumber(r.band),
    verdict: r.verdict ?? '',
  }));
}

/** pass-rates.csv's rows (partnersim patterns). */
export function readPassRates(file: string): PassRatePoint[] {
  const { columns, rows } = readCsvObjects(file);
  require(file, columns, ['scenario', 'variant', 'pattern', 'share', 'ci_low', 'ci_high'], 'a pass-rate table of partnersim patterns');
  return rows.map((r) => ({ scenario: r.scenario, variant: r.variant, pattern: r.pattern, share: cellNumber(r.share), ciLow: cellNumber(r.ci_low), ciHigh: cellNumber(r.ci_high), note: r.note ?? '' }));
}

/** sensitivity.csv's rows: Sobol (S1, ST and their intervals) or Morris (mu_star, sigma, mu). */
export function readSensitivity(file: string): { method: 'sobol' | 'morris'; rows: SensitivityRow[] } {
  const { columns, rows } = readCsvObjects(file);
  require(file, columns, ['indicator', 'parameter'], 'a sensitivity table of partnersim sensitivity');
  const method = columns.includes('S1') && columns.includes('ST') ? 'sobol' : columns.includes('mu_star') && columns.includes('sigma') ? 'morris' : undefined;
  if (!method) throw new InputError(`${file}: neither Sobol indices (columns S1, ST) nor Morris measures (columns mu_star, sigma)`);
  return {
    method,
    rows: rows.map((r) => ({
      policy: r.policy ?? '',
      indicator: r.indicator,
      parameter: r.parameter,
      first: cellNumber(r.S1),
      firstLow: cellNumber(r.S1_ci_low),
      firstHigh: cellNumber(r.S1_ci_high),
      total: cellNumber(r.ST),
      totalLow: cellNumber(r.ST_ci_low),
      totalHigh: cellNumber(r.ST_ci_high),
      muStar: cellNumber(r.mu_star),
      muStarLow: cellNumber(r.mu_star_ci_low),
      muStarHigh: cellNumber(r.mu_star_ci_high),
      mu: cellNumber(r.mu),
      sigma: cellNumber(r.sigma),
    })),
  };
}
