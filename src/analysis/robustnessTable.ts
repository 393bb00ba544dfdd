/**
 * The tables of `partnersim robustness`: robustness.csv (precision of src/io/csv.ts),
 * robustness.md and robustness.tex, one row per indicator and policy; in the Markdown
 * and LaTeX tables each indicator's policies are ranked by maximum regret on point
 * means, smallest first (Savage's minimax regret), then by mean regret on point means.
 *
 * Columns of robustness.csv: `indicator, direction, policy, n, mean, q10, q50, q90,
 * mean_regret, max_regret, regret_n, point_mean_regret, point_max_regret,
 * regret_points, undefined_values`, then (added) `sd, lever_setting, levers, satisfice,
 * satisficing_share, point_satisficing_share`. `mean_regret`, `max_regret` and `regret_n` are over single runs
 * (point and replicate), as before: their maximum grows with the replicates, so they are
 * kept for one release for comparison and the tables rank by the `point_` columns.
 *
 * @example
 * robustnessCsv(rows);
 */
import { formatCsv } from '../io/csv.js';
import type { Direction, PolicyRobustness } from './robustness.js';
import { atLabel, type At } from './sweepFolder.js';
import { latexTable, markdownTable, significant, type Align } from './tableText.js';

export interface RobustnessRow extends PolicyRobustness {
  indicator: string;
  direction: Direction;
  /** runs skipped because the indicator is undefined in them (an empty cell) */
  undefinedValues?: number;
  /** with levers: the lever setting (design.csv's `lever`) and its values, `path=value;...` */
  setting?: number;
  levers?: string;
  /** a satisficing rule for the indicator and the share of runs, and of point means, that meet it */
  satisfice?: string;
  satisficingShare?: number;
  pointSatisficingShare?: number;
}

export const ROBUSTNESS_COLUMNS = {
  indicator: 'indicator',
  direction: 'maximise or minimise: which way is better',
  policy: 'policy',
  n: 'runs with a finite value (all points and replicates)',
  mean: 'mean over points and replicates',
  q10: '10% quantile',
  q50: 'median',
  q90: '90% quantile',
  mean_regret: 'mean regret over single runs: how far below the best policy at the same point and replicate (above, when minimising); kept for one release',
  max_regret: 'maximum regret over single runs (grows with the replicates); kept for one release',
  regret_n: 'points x replicates where every policy has a value (mean_regret and max_regret are over these)',
  point_mean_regret: "mean over points of the regret of the policy's mean at the point (over the replicates where every policy has a value) against the best policy's mean",
  point_max_regret: 'maximum over points of that regret (minimax regret ranks by it)',
  regret_points: 'points with a replicate where every policy has a value (point_mean_regret and point_max_regret are over these)',
  undefined_values: 'runs skipped because the indicator is undefined in them (an empty cell, e.g. a Gini of fewer than two partners)',
  sd: 'standard deviation of the outcomes (points and replicates)',
  lever_setting: 'with levers: the lever setting (the lever column of design.csv); regret is then against the best policy and setting at each uncertainty point',
  levers: 'with levers: the values of the setting, path=value separated by ;',
  satisfice: 'the satisficing rule for the indicator (--satisfice), if any',
  satisficing_share: 'share of the runs that meet the rule',
  point_satisficing_share: 'share of the uncertainty points whose mean (over the replicates where every alternative has a value) meets the rule',
} as const;

export function robustnessCsv(rows: readonly RobustnessRow[]): string {
  return formatCsv(
    ROBUSTNESS_COLUMNS,
    rows.map((r) => ({
      indicator: r.indicator,
      direction: r.direction,
      policy: r.policy,
      n: r.n,
      mean: r.mean,
      q10: r.q10,
      q50: r.q50,
      q90: r.q90,
      mean_regret: r.meanRegret,
      max_regret: r.maxRegret,
      regret_n: r.regretN,
      point_mean_regret: r.pointMeanRegret,
      point_max_regret: r.pointMaxRegret,
      regret_points: r.pointRegretN,
      undefined_values: r.undefinedValues ?? 0,
      sd: r.sd,
      lever_setting: r.setting,
      levers: r.levers,
      satisfice: r.satisfice,
      satisficing_share: r.satisficingShare,
      point_satisficing_share: r.pointSatisficingShare,
    })),
  );
}

const order = (x: number | undefined) => (x === undefined ? Infinity : x);

/** Rows grouped by indicator (in order), each group ranked by max regret on point means, then mean regret on point means. */
export function rankedByRegret(rows: readonly RobustnessRow[]): RobustnessRow[] {
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  return indicators.flatMap((i) =>
    rows
      .filter((r) => r.indicator === i)
      .map((row, k) => ({ row, k }))
      .sort((a, b) => order(a.row.pointMaxRegret) - order(b.row.pointMaxRegret) || order(a.row.pointMeanRegret) - order(b.row.pointMeanRegret) || a.k - b.k)
      .map(({ row }) => row),
  );
}

function table(rows: readonly RobustnessRow[]) {
  const ordered = rankedByRegret(rows);
  const groupStarts: number[] = [];
  const extended = rows.some((r) => r.levers !== undefined || r.satisfice !== undefined);
  const body = ordered.map((r, i) => {
    const first = i === 0 || ordered[i - 1].indicator !== r.indicator;
    if (first) groupStarts.push(i);
    const cells = [first ? `${r.indicator} (${r.direction})` : '', r.levers === undefined ? r.policy : `${r.policy} at ${r.levers}`, String(r.n), significant(r.mean), significant(r.q10), significant(r.q50), significant(r.q90), significant(r.pointMeanRegret), significant(r.pointMaxRegret)];
    return extended ? [...cells.slice(0, 4), significant(r.sd), ...cells.slice(4), r.satisfice === undefined ? '' : `${significant(r.satisficingShare, 2)} (${r.satisfice})`] : cells;
  });
  const header = extended ? ['indicator', 'policy', 'n', 'mean', 'sd', 'q10', 'median', 'q90', 'mean regret', 'max regret', 'satisficing share'] : ['indicator', 'policy', 'n', 'mean', 'q10', 'median', 'q90', 'mean regret', 'max regret'];
  const align: Align[] = extended ? ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] : ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];
  return { header, align, body, groupStarts };
}

export interface RobustnessContext {
  scenario: string;
  points: number;
  replicates: number;
  at: At;
}

function describe(c: RobustnessContext): string {
  const at = c.at.kind === 'final' ? 'at the final step' : c.at.kind === 'mean' ? "averaged over each run's steps" : `at step ${atLabel(c.at)} (0-based)`;
  return `Robustness of each policy over the ${c.points} parameter points × ${c.replicates} replicates of scenario \`${c.scenario}\`; indicators ${at}. Mean and 10%, 50%, 90% quantiles of the outcomes; regret at a point: the best policy's mean there minus this policy's mean (this policy's minus the best's when the indicator is minimised), so 0 for the best, each mean taken over the replicates where every policy has a value (common random numbers); mean and maximum regret are over the points. Policies are ranked by maximum regret (minimax regret), then mean regret. (robustness.csv also keeps mean_regret and max_regret over single runs, which grow with the replicates.)`;
}

export function robustnessMarkdown(rows: readonly RobustnessRow[], context: RobustnessContext): string {
  const { header, align, body } = table(rows);
  return `# Robustness\n\n${describe(context)}\n\n${markdownTable(header, body, align)}`;
}

export function robustnessLatex(rows: readonly RobustnessRow[], context: RobustnessContext): string {
  const { header, align, body, groupStarts } = table(rows);
  return latexTable(header, body, align, { caption: describe(context).replace(/`/g, ''), label: 'tab:robustness', groupStarts });
}
