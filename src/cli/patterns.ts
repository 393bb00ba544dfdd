/**
 * `partnersim patterns [scenario]`: the share of the uncertain parameter space in which
 * each pattern is reproduced, per model variant (src/validation/patternSweep.ts). Writes
 * pass-rates.csv, points.csv and a manifest to --out and prints the pass-rate table.
 * Ctrl-C stops after the runs in progress; the same command then resumes.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import { DEFAULT_SCENARIO } from '../scenario/loader.js';
import type { PatternsOptions, PatternsResult } from '../validation/patternSweep.js';
import { VARIANTS } from '../domain/vocabulary.js';
import { formatDuration } from '../experiments/progress.js';
import { InputError } from '../scenario/errors.js';
import { ExitWith } from './shared/errors.js';
import { guard } from './shared/guard.js';
import { processIo, type CliIo } from './shared/io.js';
import { integerOption, textOption } from './shared/options.js';
import { checkOutputFolder } from './shared/outputFolder.js';

export interface PatternsArguments {
  scenario?: unknown;
  variant?: unknown;
  samples?: unknown;
  seeds?: unknown;
  workers?: unknown;
  seed?: unknown;
  steps?: unknown;
  migrants?: unknown;
  out?: unknown;
  quiet?: unknown;
}

export const DEFAULT_PATTERN_SAMPLES = 64;
export const DEFAULT_PATTERN_SEEDS = 3;
/** migrants per run: the patterns read states' conduct, which 10,000 migrants give as 100,000 do (bench/patterns.ts) */
export const DEFAULT_PATTERN_MIGRANTS = 10000;

export function toPatternsOptions(args: PatternsArguments, io: CliIo): PatternsOptions {
  const cwd = io.cwd ?? process.cwd();
  const scenario = textOption('scenario', args.scenario) ?? DEFAULT_SCENARIO;
  const variants = (textOption('variant', args.variant) ?? 'governmentality').split(',').map((v) => v.trim());
  if (variants.some((v) => v === '')) throw new InputError(`--variant: expected ${VARIANTS.join(', ')} or all, separated by commas, got "${String(args.variant)}"`);
  const samples = args.samples === undefined ? DEFAULT_PATTERN_SAMPLES : integerOption('samples', args.samples, 1);
  if (samples < 2) throw new InputError(`--samples: expected at least 2 points, got ${samples}`);
  const out = path.resolve(cwd, textOption('out', args.out) ?? path.join('results', `patterns-${path.basename(scenario).replace(/\.(ts|json)$/, '')}`));
  checkOutputFolder(out, '--out');
  return {
    scenario,
    variants,
    samples,
    seeds: args.seeds === undefined ? DEFAULT_PATTERN_SEEDS : integerOption('seeds', args.seeds, 1),
    workers: args.workers === undefined ? 2 : integerOption('workers', args.workers, 0),
    seed: args.seed === undefined ? 1 : integerOption('seed', args.seed, 0),
    steps: args.steps === undefined ? undefined : integerOption('steps', args.steps, 1),
    migrants: args.migrants === undefined ? DEFAULT_PATTERN_MIGRANTS : integerOption('migrants', args.migrants, 0),
    out,
    quiet: args.quiet === true,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : '—');

/** The pass-rate table as terminal text. */
export function passRateText(result: PatternsResult): string {
  const lines = result.rates.map((r) => `${r.variant.padEnd(16)} ${r.pattern.padEnd(16)} ${String(r.passed).padStart(4)}/${String(r.points).padEnd(4)} ${pct(r.share).padStart(5)} [${pct(r.ci_low)}, ${pct(r.ci_high)}]  seeds ${pct(r.seed_share)}${r.note ? `  (${r.note})` : ''}`);
  for (const s of result.skipped) lines.push(`${s.pattern}: not evaluated, ${s.reason}`);
  return lines.join('\n');
}

export function registerPatterns(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'patterns [scenario]',
    'pass rates of the validation patterns over a Latin hypercube of the uncertain parameters, per model variant',
    (y) =>
      y
        .positional('scenario', { describe: 'a bundled scenario with patterns (eu-mobility-partnerships, north-america-rcm, tip-scorecard) or its file', type: 'string', default: DEFAULT_SCENARIO })
        .option('variant', { describe: `model variant(s): ${VARIANTS.join(', ')}, a comma-separated list, or all`, type: 'string', default: 'governmentality' })
        .option('samples', { alias: 'n', describe: 'points of the Latin hypercube', type: 'number', default: DEFAULT_PATTERN_SAMPLES })
        .option('seeds', { alias: 'k', describe: 'seeds per point (a point passes a pattern when a strict majority of its seeds do)', type: 'number', default: DEFAULT_PATTERN_SEEDS })
        .option('workers', { alias: 'w', describe: 'worker threads (0 runs in process)', type: 'number', default: 2 })
        .option('seed', { describe: 'base seed of the design and the runs', type: 'number', default: 1 })
        .option('steps', { describe: "override the scenario's steps", type: 'number' })
        .option('migrants', { describe: 'migrants per run', type: 'number', default: DEFAULT_PATTERN_MIGRANTS })
        .option('out', { alias: 'o', describe: 'output folder (default results/patterns-<scenario>)', type: 'string' })
        .option('quiet', { alias: 'q', describe: 'no progress', type: 'boolean', default: false })
        .example('$0 patterns eu-mobility-partnerships --variant all --samples 64 --seeds 3', 'the three variants on the EU scenario')
        .example('$0 patterns north-america-rcm --samples 4 --seeds 3 --migrants 2000 --out results/patterns-quick', 'a quick look'),
    (args) =>
      guard('patterns', async () => {
        const options = toPatternsOptions(args as PatternsArguments, io);
        const { runPatterns } = await import('../validation/patternSweep.js');
        const controller = new AbortController();
        let interrupts = 0;
        const onInterrupt = () => {
          if (++interrupts > 1) process.exit(130);
          io.stderr('\npartnersim: stopping after the runs in progress (Ctrl-C again to quit at once)\n');
          controller.abort();
        };
        process.on('SIGINT', onInterrupt);
        process.on('SIGTERM', onInterrupt);
        try {
          const stream = io.stderr === processIo.stderr ? process.stderr : { write: (text: string) => io.stderr(text), isTTY: false };
          const result = await runPatterns({ ...options, stream, signal: controller.signal });
          const where = path.relative(io.cwd ?? process.cwd(), result.dir) || '.';
          if (result.interrupted) throw new ExitWith(130, `patterns: interrupted; finish with the same command (it resumes the sweeps in ${where})`);
          io.stdout(`${passRateText(result)}\npatterns: ${result.runs} runs, ${formatDuration(result.wallMs / 1000)} -> ${where}\n`);
        } finally {
          process.off('SIGINT', onInterrupt);
          process.off('SIGTERM', onInterrupt);
        }
      }),
  );
}
