/**
 * factorialSweep(options): the main effects and two-way interactions of the components
 * of a factorial sweep (`sweep --factorial`), per indicator (factorialEffects.ts), written
 * to factorial.csv and factorial.md in the sweep folder (or `out`), atomically. Blocks
 * are (point, replicate): every cell of a block ran on the same seed.
 *
 * Columns of factorial.csv: `indicator, at, kind, effect, components, n, estimate, ci_low,
 * ci_high, p_value, p_adjusted, adjust, dropped, design`.
 *
 * @example
 * await factorialSweep({ dir: 'results/factorial', indicators: ['mean_effort'], at: { kind: 'mean' }, formats: ['md', 'csv'] });
 */
import path from 'node:path';
import { formatCsv } from '../io/csv.js';
import { folderWriter } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { checkAt } from './compareSweep.js';
import { adjustFactorial, factorialContrasts, factorialEffects, type FactorialEstimate } from './factorialEffects.js';
import { DEFAULT_ADJUSTMENT, type Adjustment } from './multiplicity.js';
import type { TableFormat } from './options.js';
import { pairKey } from './pairing.js';
import { atLabel, openSweep, readRunValues, type At, type SweepFolder } from './sweepFolder.js';
import { formatP, markdownTable, significant } from './tableText.js';

export interface FactorialOptions {
  dir: string;
  indicators: string[];
  at: At;
  formats: TableFormat[];
  level?: number;
  adjust?: Adjustment;
  out?: string;
}

export interface FactorialResult {
  sweep: SweepFolder;
  rows: FactorialEstimate[];
  files: string[];
  /** effects tested (the family of the adjustment) */
  tested: number;
}

export const FACTORIAL_COLUMNS = {
  indicator: 'indicator',
  at: 'when the indicator is read: final, mean (over steps) or a step (0-based)',
  kind: 'main (a main effect) or interaction (a two-way interaction)',
  effect: 'the component, or the two components a×b',
  components: 'the components, separated by +',
  n: 'blocks (point and replicate, one seed for every cell) with a value in every cell',
  estimate: 'main: mean outcome with the component on minus off, averaged over the others; interaction: the effect of a with b on minus its effect with b off, averaged over the others',
  ci_low: 'lower end of the t interval over the blocks',
  ci_high: 'upper end of that interval',
  p_value: 'two-sided t-test of estimate = 0 over the blocks (unadjusted)',
  p_adjusted: 'p_value adjusted over every effect and indicator of the table',
  adjust: 'the adjustment: holm, bh or none',
  dropped: 'blocks left out: some cell has no value',
  design: 'full (2^k cells) or fraction (2^(k-p) cells, resolution V or more)',
} as const;

export async function factorialSweep(options: FactorialOptions): Promise<FactorialResult> {
  const sweep = openSweep(options.dir);
  const factorial = sweep.factorial;
  if (!factorial) throw new InputError(`${options.dir}: not a factorial sweep (run partnersim sweep --factorial a,b,... first)`);
  checkAt(options.at, sweep);
  const level = options.level ?? 0.95;
  const adjust = options.adjust ?? DEFAULT_ADJUSTMENT;
  const cellIndex = new Map(factorial.cells.map((c, i) => [c.policy, i]));
  const contrasts = factorialContrasts(factorial.cells.map((c) => c.levels), factorial.components);
  const runs = await readRunValues(sweep, options.indicators, options.at);
  const rows: FactorialEstimate[] = [];
  options.indicators.forEach((indicator, i) => {
    const blocks = new Map<string, number[]>();
    for (const run of runs) {
      const cell = cellIndex.get(run.policy);
      if (cell === undefined) continue;
      const key = pairKey(run.point, run.replicate);
      let ys = blocks.get(key);
      if (!ys) blocks.set(key, (ys = factorial.cells.map(() => NaN)));
      ys[cell] = run.values[i];
    }
    rows.push(...factorialEffects(indicator, contrasts, new Map([...blocks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), level));
  });
  const tested = adjustFactorial(rows, adjust);
  const at = atLabel(options.at);
  const out = path.resolve(options.out ?? sweep.dir);
  const { write, files } = folderWriter(out);
  if (options.formats.includes('csv')) {
    await write(
      'factorial.csv',
      formatCsv(
        FACTORIAL_COLUMNS,
        rows.map((r) => ({
          indicator: r.indicator,
          at,
          kind: r.kind,
          effect: r.name,
          components: r.components.join('+'),
          n: r.n,
          estimate: r.estimate,
          ci_low: r.interval?.low,
          ci_high: r.interval?.high,
          p_value: r.pValue,
          p_adjusted: r.pAdjusted,
          adjust,
          dropped: r.dropped,
          design: factorial.kind,
        })),
      ),
    );
  }
  if (options.formats.includes('md')) await write('factorial.md', factorialMarkdown(rows, sweep, at, level, adjust));
  return { sweep, rows, files, tested };
}

function factorialMarkdown(rows: readonly FactorialEstimate[], sweep: SweepFolder, at: string, level: number, adjust: Adjustment): string {
  const f = sweep.factorial!;
  const design =
    f.kind === 'full'
      ? `the full 2^${f.components.length} design (${f.cells.length} cells)`
      : `a 2^(${f.components.length}−${f.generators.length}) fraction (${f.cells.length} cells, resolution ${f.resolution}; generators ${f.generators.join(', ')})`;
  const lines = [
    `# Factorial effects: ${sweep.scenario}`,
    '',
    `Components ${f.components.join(', ')}; ${design}; ${sweep.points} point${sweep.points === 1 ? '' : 's'} × ${sweep.replicates} replicate${sweep.replicates === 1 ? '' : 's'}, every cell of a block on the same seed. At ${at}; ${Math.round(level * 100)}% t intervals over the blocks; p adjusted by ${adjust} over the ${rows.filter((r) => r.pValue !== undefined).length} effects.`,
    '',
    'Main effect: the mean with the component on minus off, averaged over the others. Interaction a×b: the effect of a with b on minus its effect with b off.',
    '',
  ];
  for (const indicator of [...new Set(rows.map((r) => r.indicator))]) {
    lines.push(`## ${indicator}`, '');
    const own = rows.filter((r) => r.indicator === indicator);
    lines.push(
      markdownTable(
        ['effect', 'estimate', 'interval', 'p (adjusted)', 'n'],
        own.map((r) => [r.name, significant(r.estimate), r.interval ? `[${significant(r.interval.low)}, ${significant(r.interval.high)}]` : '–', formatP(r.pAdjusted), String(r.n)]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
    );
    lines.push('');
  }
  return lines.join('\n');
}
