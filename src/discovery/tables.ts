/**
 * The tables of `partnersim discover`: trajectory.csv, boxes.csv, cases.csv (precision of
 * src/io/csv.ts; quasi-p-values to 4 significant digits, so that small ones survive) and
 * boxes.md. Their columns are a contract: new ones are added, none renamed.
 *
 * @example
 * boxesCsv(discovery, dimensions);
 */
import { formatCsv } from '../io/csv.js';
import { formatP, markdownTable, significant } from '../analysis/tableText.js';
import { isRestricted } from './box.js';
import { levelsText, limitText } from './limits.js';
import type { Dimension, Discovery } from './types.js';

export const TRAJECTORY_COLUMNS = {
  box: 'which box (1, 2, ...: each covers cases the earlier ones left)',
  step: 'step of the trajectory (0: the whole data); for CART, the rank of a leaf by density',
  stage: 'start, peel, paste (PRIM) or leaf (CART)',
  dimension: 'the dimension this step peeled or pasted',
  n: 'cases in the box',
  cases: 'cases of interest in the box',
  coverage: 'cases of interest in the box / cases of interest in the data searched',
  density: 'cases of interest in the box / cases in the box',
  mass: 'cases in the box / cases in the data searched',
  res_dim: 'number of restricted dimensions',
  chosen: '1 for the step chosen as the box',
} as const;

export const BOX_COLUMNS = {
  box: 'which box',
  method: 'prim or cart',
  step: 'the chosen step of the trajectory',
  n: 'cases in the box',
  cases: 'cases of interest in the box',
  coverage: 'coverage over the data searched',
  density: 'density',
  mass: 'mass over the data searched',
  res_dim: 'number of restricted dimensions',
  coverage_total: 'share of all cases of interest that this box holds and earlier boxes did not',
  dimension: 'a swept dimension (parameter path, or policy)',
  type: 'numeric or categorical',
  restricted: '1 when the box narrows this dimension',
  min: 'lower limit (numeric)',
  max: 'upper limit (numeric)',
  levels: 'levels kept, |-separated (categorical)',
  range_min: "the data's lowest value",
  range_max: "the data's highest value",
  range_levels: "the data's levels, |-separated",
  quasi_p: 'one-sided binomial test of the density against the box without this restriction (empty when unrestricted)',
  stability_coverage: 'share of resamples of half the data whose box of closest coverage restricts this dimension',
  stability_density: 'share of resamples whose box of closest density restricts this dimension',
} as const;

const pText = (p: number) => (Number.isFinite(p) ? String(Number(p.toPrecision(4))) : '');

export function trajectoryCsv(discovery: Discovery): string {
  return formatCsv(
    TRAJECTORY_COLUMNS,
    discovery.boxes.flatMap((b) =>
      (discovery.method === 'cart' && b.index > 1 ? [] : b.trajectory).map((s) => ({
        box: b.index,
        step: s.step,
        stage: s.stage,
        dimension: s.dimension,
        n: s.stats.n,
        cases: s.stats.cases,
        coverage: s.stats.coverage,
        density: s.stats.density,
        mass: s.stats.mass,
        res_dim: s.stats.restricted,
        chosen: discovery.method === 'cart' ? (discovery.boxes.some((x) => x.step === s.step) ? 1 : 0) : s.step === b.step ? 1 : 0,
      })),
    ),
  );
}

export function boxesCsv(discovery: Discovery, dimensions: readonly Dimension[]): string {
  return formatCsv(
    BOX_COLUMNS,
    discovery.boxes.flatMap((b) =>
      dimensions.map((dim, d) => {
        const limit = b.box[d];
        const range = discovery.ranges[d];
        const levels = dim.kind === 'categorical' ? dim.levels : [];
        return {
          box: b.index,
          method: discovery.method,
          step: b.step,
          n: b.stats.n,
          cases: b.stats.cases,
          coverage: b.stats.coverage,
          density: b.stats.density,
          mass: b.stats.mass,
          res_dim: b.stats.restricted,
          coverage_total: b.coverageTotal,
          dimension: dim.name,
          type: dim.kind,
          restricted: isRestricted(limit, range) ? 1 : 0,
          min: limit.kind === 'numeric' ? limit.min : '',
          max: limit.kind === 'numeric' ? limit.max : '',
          levels: levelsText(limit, levels),
          range_min: range.kind === 'numeric' ? range.min : '',
          range_max: range.kind === 'numeric' ? range.max : '',
          range_levels: levelsText(range, levels),
          quasi_p: pText(b.quasiP[d]),
          stability_coverage: Number.isNaN(b.stabilityCoverage[d]) ? '' : b.stabilityCoverage[d],
          stability_density: Number.isNaN(b.stabilityDensity[d]) ? '' : b.stabilityDensity[d],
        };
      }),
    ),
  );
}

/** One case of the table as cases.csv lists it. */
export interface CaseRow {
  /** the run id, or `point-<k>[-<policy>]` for a point over its replicates */
  id: string;
  point: number;
  runs: number;
  /** share of the case's runs that meet the condition */
  share: number;
}

export function casesCsv(rows: readonly CaseRow[], dimensions: readonly Dimension[], y: Uint8Array, inBox: readonly number[]): string {
  const columns: Record<string, string> = { case: 'run id, or point (and policy) over its replicates', point: 'design point', runs: 'runs in the case', share: 'share of its runs that meet the condition', interest: '1 for a case of interest', box: 'first box holding it (0: none)' };
  for (const dim of dimensions) columns[dim.name] = 'swept dimension';
  return formatCsv(
    columns,
    rows.map((r, i) => {
      const row: Record<string, string | number> = { case: r.id, point: r.point, runs: r.runs, share: r.share, interest: y[i], box: inBox[i] };
      for (const dim of dimensions) row[dim.name] = dim.kind === 'numeric' ? dim.values[i] : dim.levels[dim.values[i]];
      return row;
    }),
  );
}

export interface DiscoveryContext {
  scenario: string;
  condition: string;
  at: string;
  policy?: string;
  /** share threshold over replicates, when cases are points */
  share?: number;
  settings: string;
  dropped: number;
}

export function boxesMarkdown(discovery: Discovery, dimensions: readonly Dimension[], context: DiscoveryContext): string {
  const unit = context.share === undefined ? 'runs' : 'points';
  const lines = [
    `# Scenario discovery: ${context.scenario}`,
    '',
    `Cases of interest: \`${context.condition}\` at ${context.at}${context.policy ? `, policy ${context.policy}` : ''}${context.share === undefined ? '' : ` in at least ${significant(context.share)} of a point's replicates`}: ${discovery.cases} of ${discovery.n} ${unit} (${significant(discovery.n > 0 ? discovery.cases / discovery.n : NaN)})${context.dropped > 0 ? `; ${context.dropped} runs without a value left out` : ''}.`,
    '',
    `Method: ${discovery.method === 'prim' ? 'PRIM' : 'CART'} (${context.settings}) over ${dimensions.length} dimension${dimensions.length === 1 ? '' : 's'}: ${dimensions.map((d) => d.name).join(', ')}.`,
    '',
  ];
  for (const b of discovery.boxes) {
    lines.push(
      `## Box ${b.index}${discovery.method === 'prim' ? ` (step ${b.step} of ${b.trajectory.length - 1})` : ''}`,
      '',
      `Coverage ${significant(b.stats.coverage)}, density ${significant(b.stats.density)}, mass ${significant(b.stats.mass)}: ${b.stats.cases} cases of interest among ${b.stats.n} ${unit}${b.index > 1 ? ` (of those earlier boxes left; ${significant(b.coverageTotal)} of all cases of interest)` : ''}.`,
      '',
    );
    const restricted = dimensions.map((_, d) => d).filter((d) => isRestricted(b.box[d], discovery.ranges[d]));
    if (restricted.length === 0) {
      lines.push('The box restricts no dimension.', '');
      continue;
    }
    const rows = restricted.map((d) => {
      const levels = dimensions[d].kind === 'categorical' ? (dimensions[d] as { levels: readonly string[] }).levels : [];
      return [dimensions[d].name, limitText(b.box[d], levels), limitText(discovery.ranges[d], levels), formatP(b.quasiP[d]), significant(b.stabilityCoverage[d], 2), significant(b.stabilityDensity[d], 2)];
    });
    lines.push(markdownTable(['dimension', 'limits', 'range', 'quasi-p', 'stability (coverage)', 'stability (density)'], rows, ['l', 'l', 'l', 'r', 'r', 'r']).trimEnd(), '');
    const free = dimensions.filter((_, d) => !restricted.includes(d)).map((d) => d.name);
    if (free.length > 0) lines.push(`Unrestricted: ${free.join(', ')}.`, '');
  }
  lines.push(
    'Coverage: the share of the cases of interest inside the box; density: the share of the box that is of interest; mass: the share of all cases inside the box.',
    'Quasi-p: a one-sided binomial test of the box against the box without that restriction (small: the restriction matters).',
    'Stability: how often resamples of half the data restrict the dimension in the box closest in coverage (or density); empty for CART.',
    '',
  );
  return lines.join('\n');
}
