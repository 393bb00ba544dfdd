/**
 * posteriorSweep(options): the effects of the policies of a sweep over posterior draws
 * (`compare --posterior`) against the baseline, with the Monte Carlo and the parameter
 * parts of their variance (posteriorVariance.ts), written to posterior.csv and
 * posterior.md in the sweep folder (or `out`), atomically. Each difference is paired on
 * common random numbers: the same draw and replicate, the same seed.
 *
 * Columns of posterior.csv: `indicator, policy, baseline, at, draws, n, mean_diff,
 * ci_low, ci_high, effect_low, effect_high, mc_variance, parameter_variance,
 * total_variance, parameter_share`.
 *
 * @example
 * await posteriorSweep({ dir: 'results/posterior', baseline: 'partnership', indicators: ['mean_effort'], at: { kind: 'final' }, formats: ['md', 'csv'] });
 */
import path from 'node:path';
import { formatCsv } from '../io/csv.js';
import { folderWriter } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { checkAt, checkComparison } from './compareSweep.js';
import type { TableFormat } from './options.js';
import { posteriorVariance, type PosteriorVariance } from './posteriorVariance.js';
import { atLabel, openSweep, readRunValues, type At, type SweepFolder } from './sweepFolder.js';
import { markdownTable, significant } from './tableText.js';

export interface PosteriorOptions {
  dir: string;
  baseline: string;
  policies?: string[];
  indicators: string[];
  at: At;
  formats: TableFormat[];
  level?: number;
  out?: string;
}

export interface PosteriorRow extends PosteriorVariance {
  indicator: string;
  policy: string;
}

export interface PosteriorResult {
  sweep: SweepFolder;
  rows: PosteriorRow[];
  files: string[];
}

export const POSTERIOR_COLUMNS = {
  indicator: 'indicator',
  policy: 'policy compared with the baseline',
  baseline: 'the baseline policy',
  at: 'when the indicator is read: final, mean (over steps) or a step (0-based)',
  draws: 'posterior draws with a finite difference',
  n: 'pairs (draw and replicate, one seed for both policies)',
  mean_diff: 'mean over the draws of the mean paired difference, policy - baseline',
  ci_low: 'lower end of the t interval of the posterior mean effect (over the draw means)',
  ci_high: 'upper end of that interval',
  effect_low: 'lower end of the interval of the effect under parameter uncertainty: mean_diff - t sqrt(parameter_variance + s2_means / draws)',
  effect_high: 'upper end of that interval',
  mc_variance: 'Monte Carlo part of the variance of a paired difference: pooled within-draw variance, E[Var(D | theta)]',
  parameter_variance: 'parameter part: variance of the expected difference across the posterior, Var(E[D | theta]) (ANOVA estimator, truncated at 0)',
  total_variance: 'mc_variance + parameter_variance (law of total variance)',
  parameter_share: 'parameter_variance / total_variance',
} as const;

export async function posteriorSweep(options: PosteriorOptions): Promise<PosteriorResult> {
  const sweep = openSweep(options.dir);
  if (!sweep.posterior) throw new InputError(`${options.dir}: not a sweep over posterior draws (run partnersim compare <scenario> --posterior <calibration-dir> first)`);
  checkAt(options.at, sweep);
  const policies = checkComparison(sweep, options.baseline, options.policies);
  const level = options.level ?? 0.95;
  const runs = await readRunValues(sweep, options.indicators, options.at);
  const rows: PosteriorRow[] = [];
  options.indicators.forEach((indicator, i) => {
    const value = new Map<string, Map<string, number>>();
    for (const run of runs) {
      if (!value.has(run.policy)) value.set(run.policy, new Map());
      value.get(run.policy)!.set(`${run.point}/${run.replicate}`, run.values[i]);
    }
    const base = value.get(options.baseline) ?? new Map<string, number>();
    for (const policy of policies) {
      const byDraw: number[][] = Array.from({ length: sweep.points }, () => []);
      const mine = value.get(policy) ?? new Map<string, number>();
      for (let d = 0; d < sweep.points; d++) {
        for (let r = 1; r <= sweep.replicates; r++) {
          const a = base.get(`${d}/${r}`);
          const b = mine.get(`${d}/${r}`);
          if (a !== undefined && b !== undefined) byDraw[d].push(b - a);
        }
      }
      rows.push({ indicator, policy, ...posteriorVariance(byDraw, level) });
    }
  });
  const at = atLabel(options.at);
  const out = path.resolve(options.out ?? sweep.dir);
  const { write, files } = folderWriter(out);
  const share = (r: PosteriorRow) => (r.totalVariance !== undefined && r.totalVariance > 0 ? r.parameterVariance! / r.totalVariance : undefined);
  if (options.formats.includes('csv')) {
    await write(
      'posterior.csv',
      formatCsv(
        POSTERIOR_COLUMNS,
        rows.map((r) => ({
          indicator: r.indicator,
          policy: r.policy,
          baseline: options.baseline,
          at,
          draws: r.draws,
          n: r.n,
          mean_diff: r.mean,
          ci_low: r.meanInterval?.low,
          ci_high: r.meanInterval?.high,
          effect_low: r.effectInterval?.low,
          effect_high: r.effectInterval?.high,
          mc_variance: r.mcVariance,
          parameter_variance: r.parameterVariance,
          total_variance: r.totalVariance,
          parameter_share: share(r),
        })),
      ),
    );
  }
  if (options.formats.includes('md')) {
    const p = sweep.posterior;
    const interval = (i: { low: number; high: number } | undefined) => (i ? `[${significant(i.low)}, ${significant(i.high)}]` : '–');
    const md = [
      `# Counterfactuals under the posterior: ${sweep.scenario}`,
      '',
      `${p.draws} draws from generation ${p.generation} of the calibration ${p.calibration} (${p.paths.join(', ')}) × ${sweep.replicates} replicate${sweep.replicates === 1 ? '' : 's'}, against ${options.baseline} at ${at}; each pair on one seed. ${Math.round(level * 100)}% t intervals over the draws: of the posterior mean effect, and of the effect under parameter uncertainty. The variance of a paired difference is split into its Monte Carlo part (the runs' noise at fixed parameters) and its parameter part (how much the expected effect varies over the posterior).`,
      '',
      markdownTable(
        ['indicator', 'policy', 'mean diff', 'interval (mean)', 'interval (effect)', 'Monte Carlo var', 'parameter var', 'parameter share'],
        rows.map((r) => [r.indicator, r.policy, significant(r.mean), interval(r.meanInterval), interval(r.effectInterval), significant(r.mcVariance), significant(r.parameterVariance), significant(share(r), 2)]),
        ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
    ].join('\n');
    await write('posterior.md', md);
  }
  return { sweep, rows, files };
}
