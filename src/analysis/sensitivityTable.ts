/**
 * The tables of `partnersim sensitivity`: sensitivity.csv (precision of src/io/csv.ts;
 * an undefined index is an empty cell), sensitivity.md and sensitivity.tex, grouped by
 * indicator and policy, parameters ranked by importance (ST for Sobol, mu* for Morris)
 * in the Markdown and LaTeX tables and in design order in the CSV.
 *
 * Columns of sensitivity.csv, by method:
 * - sobol: `policy, indicator, parameter, n, S1, S1_ci_low, S1_ci_high, ST, ST_ci_low, ST_ci_high`
 * - morris: `policy, indicator, parameter, r, mu, mu_star, mu_star_ci_low, mu_star_ci_high, sigma`
 *
 * @example
 * sensitivityCsv(rows, 'sobol');
 * ranked(rows, 'mean_responsibilisation', 'partnership')[0].parameter; // the most influential
 */
import { formatCsv } from '../io/csv.js';
import type { Interval } from './bootstrap.js';
import { atLabel, type At } from './sweepFolder.js';
import { latexTable, markdownTable, significant, type Align } from './tableText.js';

export interface SensitivityRow {
  method: 'sobol' | 'morris';
  policy: string;
  indicator: string;
  parameter: string;
  /** Sobol: base rows used; Morris: elementary effects r */
  n: number;
  first?: number;
  firstInterval?: Interval;
  total?: number;
  totalInterval?: Interval;
  mu?: number;
  muStar?: number;
  muStarInterval?: Interval;
  sigma?: number;
}

export const SOBOL_COLUMNS = {
  policy: 'policy',
  indicator: 'indicator (output)',
  parameter: 'swept parameter (input)',
  n: 'Saltelli base rows used',
  S1: 'first-order index (Saltelli 2010 estimator)',
  S1_ci_low: 'lower end of the percentile-bootstrap interval of S1',
  S1_ci_high: 'upper end of that interval',
  ST: 'total index (Jansen 1999 estimator)',
  ST_ci_low: 'lower end of the percentile-bootstrap interval of ST',
  ST_ci_high: 'upper end of that interval',
} as const;

export const MORRIS_COLUMNS = {
  policy: 'policy',
  indicator: 'indicator (output)',
  parameter: 'swept parameter (input)',
  r: 'elementary effects (trajectories)',
  mu: 'mean elementary effect (per unit of the parameter\'s range)',
  mu_star: 'mean absolute elementary effect',
  mu_star_ci_low: 'lower end of the percentile-bootstrap interval of mu_star',
  mu_star_ci_high: 'upper end of that interval',
  sigma: 'standard deviation of the elementary effects',
} as const;

export interface SensitivityContext {
  method: 'sobol' | 'morris';
  scenario: string;
  /** base rows or trajectories in the design */
  samples: number;
  replicates: number;
  level: number;
  resamples: number;
  seed: number;
  at: At;
  dropped: number;
}

export function sensitivityCsv(rows: readonly SensitivityRow[], method: 'sobol' | 'morris'): string {
  if (method === 'sobol') {
    return formatCsv(
      SOBOL_COLUMNS,
      rows.map((r) => ({
        policy: r.policy,
        indicator: r.indicator,
        parameter: r.parameter,
        n: r.n,
        S1: r.first,
        S1_ci_low: r.firstInterval?.low,
        S1_ci_high: r.firstInterval?.high,
        ST: r.total,
        ST_ci_low: r.totalInterval?.low,
        ST_ci_high: r.totalInterval?.high,
      })),
    );
  }
  return formatCsv(
    MORRIS_COLUMNS,
    rows.map((r) => ({
      policy: r.policy,
      indicator: r.indicator,
      parameter: r.parameter,
      r: r.n,
      mu: r.mu,
      mu_star: r.muStar,
      mu_star_ci_low: r.muStarInterval?.low,
      mu_star_ci_high: r.muStarInterval?.high,
      sigma: r.sigma,
    })),
  );
}

/** The importance of a row: ST (Sobol) or mu* (Morris); -Infinity when undefined. */
export function importance(row: SensitivityRow): number {
  const v = row.method === 'sobol' ? row.total : row.muStar;
  return v === undefined || !Number.isFinite(v) ? -Infinity : v;
}

/** The rows of one indicator and policy, most influential parameter first (ties: design order). */
export function ranked(rows: readonly SensitivityRow[], indicator: string, policy: string): SensitivityRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.indicator === indicator && row.policy === policy)
    .sort((a, b) => importance(b.row) - importance(a.row) || a.i - b.i)
    .map(({ row }) => row);
}

function interval(i: Interval | undefined): string {
  return i ? `[${significant(i.low)}, ${significant(i.high)}]` : '';
}

function groups(rows: readonly SensitivityRow[]): SensitivityRow[] {
  const keys: [string, string][] = [];
  for (const r of rows) if (!keys.some(([i, p]) => i === r.indicator && p === r.policy)) keys.push([r.indicator, r.policy]);
  return keys.flatMap(([i, p]) => ranked(rows, i, p));
}

function table(rows: readonly SensitivityRow[], method: 'sobol' | 'morris'): { header: string[]; align: Align[]; body: string[][]; groupStarts: number[] } {
  const ordered = groups(rows);
  const groupStarts: number[] = [];
  const body = ordered.map((r, i) => {
    const first = i === 0 || ordered[i - 1].indicator !== r.indicator || ordered[i - 1].policy !== r.policy;
    if (first) groupStarts.push(i);
    const lead = [first ? r.indicator : '', first ? r.policy : '', r.parameter];
    return method === 'sobol'
      ? [...lead, significant(r.first), interval(r.firstInterval), significant(r.total), interval(r.totalInterval)]
      : [...lead, significant(r.muStar), interval(r.muStarInterval), significant(r.mu), significant(r.sigma)];
  });
  const header = method === 'sobol' ? ['indicator', 'policy', 'parameter', 'S1', 'S1 interval', 'ST', 'ST interval'] : ['indicator', 'policy', 'parameter', 'mu*', 'mu* interval', 'mu', 'sigma'];
  return { header, align: ['l', 'l', 'l', 'r', 'r', 'r', 'r'], body, groupStarts };
}

function describe(c: SensitivityContext): string {
  const at = c.at.kind === 'final' ? 'at the final step' : c.at.kind === 'mean' ? 'averaged over each run\'s steps' : `at step ${atLabel(c.at)} (0-based)`;
  const reps = c.replicates > 1 ? `; each point's output is the mean of its ${c.replicates} replicates` : '';
  const pct = `${significant(c.level * 100)}%`;
  if (c.method === 'sobol') {
    return `Sobol indices of scenario \`${c.scenario}\` from a Saltelli design of ${c.samples} base rows; indicators ${at}${reps}. S1: first-order index (Saltelli et al. 2010), the share of the output's variance due to the parameter alone; ST: total index (Jansen 1999), including its interactions. Intervals: ${pct} percentile bootstrap over base rows, ${c.resamples} resamples, seed ${c.seed}.${c.dropped > 0 ? ` Base rows dropped for missing values: up to ${c.dropped}.` : ''} Parameters are ranked by ST.`;
  }
  return `Morris elementary effects of scenario \`${c.scenario}\` from ${c.samples} trajectories; indicators ${at}${reps}. Effects are per unit of the parameter's range. mu*: mean absolute effect (importance); mu: mean signed effect; sigma: standard deviation of the effects (interactions, non-linearity). Intervals of mu*: ${pct} percentile bootstrap over trajectories, ${c.resamples} resamples, seed ${c.seed}. Parameters are ranked by mu*.`;
}

export function sensitivityMarkdown(rows: readonly SensitivityRow[], context: SensitivityContext): string {
  const { header, align, body } = table(rows, context.method);
  return `# Sensitivity (${context.method})\n\n${describe(context)}\n\n${markdownTable(header, body, align)}`;
}

export function sensitivityLatex(rows: readonly SensitivityRow[], context: SensitivityContext): string {
  const { header, align, body, groupStarts } = table(rows, context.method);
  return latexTable(header, body, align, { caption: describe(context).replace(/`/g, ''), label: 'tab:sensitivity', groupStarts });
}
