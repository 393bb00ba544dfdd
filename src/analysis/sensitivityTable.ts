/**
 * The tables of `partnersim sensitivity`: sensitivity.csv (precision of src/io/csv.ts;
 * an undefined index is an empty cell), sensitivity.md and sensitivity.tex, grouped by
 * indicator and policy, parameters ranked in the Markdown and LaTeX tables and in design
 * order in the CSV (whose `rank` column gives the same ranking).
 *
 * Ranking: by importance (ST for Sobol, mu* for Morris), in two tiers. First the
 * parameters whose interval of that measure lies above 0, then those whose interval
 * holds 0 (or that have none), each tier by point estimate, ties in design order; the
 * second tier is marked `no` under "distinct from 0". A parameter that cannot be told
 * from an inert one is thus never presented above one that can.
 *
 * Noise share (noiseShare.ts): one value per indicator and policy, repeated on each of
 * its rows; an empty cell with one replicate. Above NOISE_SHARE_WARNING the tables and
 * the terminal carry a warning.
 *
 * Columns of sensitivity.csv, by method:
 * - sobol: `policy, indicator, parameter, n, S1, S1_ci_low, S1_ci_high, ST, ST_ci_low, ST_ci_high, noise_share, rank`
 * - morris: `policy, indicator, parameter, r, mu, mu_star, mu_star_ci_low, mu_star_ci_high, sigma, noise_share, rank`
 *
 * @example
 * sensitivityCsv(rows, 'sobol');
 * ranked(rows, 'mean_responsibilisation', 'partnership')[0].parameter; // the most influential
 */
import { formatCsv } from '../io/csv.js';
import type { Interval } from './bootstrap.js';
import { NOISE_SHARE_WARNING } from './noiseShare.js';
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
  /** the (policy, indicator)'s noise share; undefined with one replicate */
  noiseShare?: number;
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
  noise_share: "noise share of the indicator and policy: mean squared standard error of the point means over V (empty with one replicate)",
  rank: 'rank of the parameter for the indicator and policy (1 = most influential; ST intervals above 0 first, then by ST)',
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
  noise_share: "noise share of the indicator and policy: mean squared standard error of the point means over their variance (empty with one replicate)",
  rank: 'rank of the parameter for the indicator and policy (1 = most influential; mu* intervals above 0 first, then by mu*)',
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
  /** the noise warning (noiseWarning), if any */
  warning?: string;
}

export function sensitivityCsv(rows: readonly SensitivityRow[], method: 'sobol' | 'morris'): string {
  const ranks = rankOf(rows);
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
        noise_share: r.noiseShare,
        rank: ranks.get(r),
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
      noise_share: r.noiseShare,
      rank: ranks.get(r),
    })),
  );
}

/** The importance of a row: ST (Sobol) or mu* (Morris); -Infinity when undefined. */
export function importance(row: SensitivityRow): number {
  const v = row.method === 'sobol' ? row.total : row.muStar;
  return v === undefined || !Number.isFinite(v) ? -Infinity : v;
}

/** Whether the interval of the row's importance lies above 0 (false when it holds 0 or is undefined). */
export function distinctFromZero(row: SensitivityRow): boolean {
  const i = row.method === 'sobol' ? row.totalInterval : row.muStarInterval;
  return i !== undefined && Number.isFinite(i.low) && i.low > 0;
}

/**
 * The rows of one indicator and policy, most influential parameter first: those whose
 * interval lies above 0, then the others, each by importance (ties: design order).
 */
export function ranked(rows: readonly SensitivityRow[], indicator: string, policy: string): SensitivityRow[] {
  const tier = (row: SensitivityRow) => (distinctFromZero(row) ? 0 : 1);
  return rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.indicator === indicator && row.policy === policy)
    .sort((a, b) => tier(a.row) - tier(b.row) || importance(b.row) - importance(a.row) || a.i - b.i)
    .map(({ row }) => row);
}

/** Each row's rank (1-based) within its indicator and policy, as `ranked` orders them. */
function rankOf(rows: readonly SensitivityRow[]): Map<SensitivityRow, number> {
  const ranks = new Map<SensitivityRow, number>();
  const counts = new Map<string, number>();
  for (const r of groups(rows)) {
    const key = `${r.indicator}\u0000${r.policy}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    ranks.set(r, n);
  }
  return ranks;
}

/**
 * The warning about noise, or undefined: one replicate (the noise share cannot be
 * estimated), or the indicators and policies whose noise share exceeds NOISE_SHARE_WARNING.
 */
export function noiseWarning(rows: readonly SensitivityRow[], replicates: number): string | undefined {
  if (rows.length === 0) return undefined;
  if (replicates < 2) {
    return 'one replicate per point: the noise share cannot be estimated, and the indices may include the model\'s noise (run the sweep with --replicates 2 or more)';
  }
  const shares = new Map<string, { indicator: string; policy: string; share: number }>();
  for (const r of rows) {
    if (r.noiseShare !== undefined && r.noiseShare > NOISE_SHARE_WARNING) shares.set(`${r.indicator}\u0000${r.policy}`, { indicator: r.indicator, policy: r.policy, share: r.noiseShare });
  }
  if (shares.size === 0) return undefined;
  const groupsCount = new Set(rows.map((r) => `${r.indicator}\u0000${r.policy}`)).size;
  const worst = [...shares.values()].sort((a, b) => b.share - a.share || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) || (a.policy < b.policy ? -1 : 1))[0];
  return `noise share above ${NOISE_SHARE_WARNING} for ${shares.size} of ${groupsCount} indicator and policy pairs (largest ${significant(worst.share, 2)}: ${worst.indicator}, ${worst.policy}): the replicates' noise is a large part of the variance the indices divide by; read those indices with care or add replicates`;
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
    const tail = [distinctFromZero(r) ? 'yes' : 'no', first ? significant(r.noiseShare) : ''];
    return method === 'sobol'
      ? [...lead, significant(r.first), interval(r.firstInterval), significant(r.total), interval(r.totalInterval), ...tail]
      : [...lead, significant(r.muStar), interval(r.muStarInterval), significant(r.mu), significant(r.sigma), ...tail];
  });
  const header = [
    ...(method === 'sobol' ? ['indicator', 'policy', 'parameter', 'S1', 'S1 interval', 'ST', 'ST interval'] : ['indicator', 'policy', 'parameter', 'mu*', 'mu* interval', 'mu', 'sigma']),
    'distinct from 0',
    'noise share',
  ];
  return { header, align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l', 'r'], body, groupStarts };
}

const RANKING = (m: string) =>
  `Parameters are ranked by ${m}, those whose ${m} interval lies above 0 first ("distinct from 0": yes), then those whose interval holds 0 (no), which cannot be told from an inert parameter.`;
const NOISE = `Noise share: the mean squared standard error of the point means (replicates' variance over their number) divided by the variance of the point means; near 1, the indices describe noise.`;

function describe(c: SensitivityContext): string {
  const at = c.at.kind === 'final' ? 'at the final step' : c.at.kind === 'mean' ? 'averaged over each run\'s steps' : `at step ${atLabel(c.at)} (0-based)`;
  const reps = c.replicates > 1 ? `; each point's output is the mean of its ${c.replicates} replicates` : '';
  const pct = `${significant(c.level * 100)}%`;
  if (c.method === 'sobol') {
    return `Sobol indices of scenario \`${c.scenario}\` from a Saltelli design of ${c.samples} base rows; indicators ${at}${reps}. S1: first-order index (Saltelli et al. 2010), the share of the output's variance due to the parameter alone; ST: total index (Jansen 1999), including its interactions. Intervals: ${pct} percentile bootstrap over base rows, ${c.resamples} resamples, seed ${c.seed}.${c.dropped > 0 ? ` Base rows dropped for missing values: up to ${c.dropped}.` : ''} The points of a base row ran on the same seeds. ${RANKING('ST')} ${NOISE}`;
  }
  return `Morris elementary effects of scenario \`${c.scenario}\` from ${c.samples} trajectories; indicators ${at}${reps}. Effects are per unit of the parameter's range. mu*: mean absolute effect (importance); mu: mean signed effect; sigma: standard deviation of the effects (interactions, non-linearity). Intervals of mu*: ${pct} percentile bootstrap over trajectories, ${c.resamples} resamples, seed ${c.seed}. The points of a trajectory ran on the same seeds. ${RANKING('mu*')} ${NOISE}`;
}

export function sensitivityMarkdown(rows: readonly SensitivityRow[], context: SensitivityContext): string {
  const { header, align, body } = table(rows, context.method);
  const warning = context.warning ? `**Warning:** ${context.warning}.\n\n` : '';
  return `# Sensitivity (${context.method})\n\n${describe(context)}\n\n${warning}${markdownTable(header, body, align)}`;
}

export function sensitivityLatex(rows: readonly SensitivityRow[], context: SensitivityContext): string {
  const { header, align, body, groupStarts } = table(rows, context.method);
  const caption = describe(context) + (context.warning ? ` Warning: ${context.warning}.` : '');
  return latexTable(header, body, align, { caption: caption.replace(/`/g, ''), label: 'tab:sensitivity', groupStarts });
}
