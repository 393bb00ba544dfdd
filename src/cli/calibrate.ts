/**
 * `partnersim calibrate <scenario> --targets FILE`: ABC-SMC of the parameters named in
 * the targets file (their priors live there too, so a calibration folder says all it
 * was fitted to) against its targets; writes a calibration folder (see
 * src/calibration/calibrate.ts), prints progress per generation with an ETA and a
 * one-line summary. Ctrl-C stops after the batch in progress; --resume finishes it.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Argv } from 'yargs';
import type { CalibrateOptions } from '../calibration/calibrate.js';
import { formatDuration } from '../experiments/progress.js';
import { InputError } from '../scenario/errors.js';
import { withFolderLock } from '../io/lock.js';
import { ExitWith } from './shared/errors.js';
import { guard } from './shared/guard.js';
import { processIo, type CliIo } from './shared/io.js';
import { integerOption, textOption, VARIANT_OPTION, variantOption } from './shared/options.js';

export interface CalibrateArguments {
  scenario?: unknown;
  targets?: unknown;
  particles?: unknown;
  generations?: unknown;
  workers?: unknown;
  seed?: unknown;
  out?: unknown;
  resume?: unknown;
  replicates?: unknown;
  quantile?: unknown;
  minEpsilon?: unknown;
  minAcceptance?: unknown;
  maxSimulations?: unknown;
  maxTime?: unknown;
  steps?: unknown;
  migrants?: unknown;
  runSteps?: unknown;
  variant?: unknown;
  quiet?: unknown;
}

/** A real number option in [min, max]. */
export function realOption(name: string, raw: unknown, min: number, max: number): number {
  if (Array.isArray(raw)) throw new InputError(`--${name}: given more than once`);
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) throw new InputError(`--${name}: expected a number in [${min}, ${Number.isFinite(max) ? max : '∞'}], got ${JSON.stringify(raw)}`);
  return value;
}

export function toCalibrateOptions(args: CalibrateArguments, cwd: string): CalibrateOptions {
  const scenario = textOption('scenario', args.scenario);
  if (scenario === undefined) throw new InputError('calibrate: expected a scenario');
  const targets = textOption('targets', args.targets);
  if (targets === undefined) throw new InputError('calibrate: expected --targets FILE');
  const seed = integerOption('seed', args.seed ?? 1, 0);
  const out = textOption('out', args.out) ?? path.join('results', `calibrate-${path.basename(scenario).replace(/\.\w+$/, '')}-${seed}`);
  const particles = integerOption('particles', args.particles ?? 200, 1);
  if (particles < 2) throw new InputError('--particles: expected at least 2');
  return {
    scenario,
    targets: path.resolve(cwd, targets),
    out: path.resolve(cwd, out),
    particles,
    generations: integerOption('generations', args.generations ?? 8, 1),
    seed,
    workers: args.workers === undefined ? availableParallelism() : integerOption('workers', args.workers, 0),
    resume: args.resume === true,
    quiet: args.quiet === true,
    ...(args.replicates !== undefined ? { replicates: integerOption('replicates', args.replicates, 1) } : {}),
    ...(args.quantile !== undefined ? { quantile: realOption('quantile', args.quantile, 0.01, 0.99) } : {}),
    ...(args.minEpsilon !== undefined ? { minEpsilon: realOption('min-epsilon', args.minEpsilon, 0, Infinity) } : {}),
    ...(args.minAcceptance !== undefined ? { minAcceptanceRate: realOption('min-acceptance', args.minAcceptance, 0, 1) } : {}),
    ...(args.maxSimulations !== undefined ? { maxSimulations: integerOption('max-simulations', args.maxSimulations, 1) } : {}),
    ...(args.maxTime !== undefined ? { maxWallTime: realOption('max-time', args.maxTime, 0, Infinity) } : {}),
    ...(args.steps !== undefined ? { steps: integerOption('steps', args.steps, 1) } : {}),
    ...(args.migrants !== undefined ? { migrants: integerOption('migrants', args.migrants, 0) } : {}),
    ...(args.runSteps !== undefined ? { runSteps: integerOption('run-steps', args.runSteps, 1) } : {}),
    ...(args.variant !== undefined ? { variant: variantOption(args.variant) } : {}),
  };
}

export function registerCalibrate(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'calibrate <scenario>',
    'fit parameters to historical targets by ABC-SMC: deterministic over workers, resumable',
    (y) =>
      y
        .positional('scenario', { describe: 'a scenario file or bundled name', type: 'string' })
        .option('targets', { alias: 't', describe: 'targets file (.ts with defineTargets, or .json): the parameters with their priors, and the targets', type: 'string', requiresArg: true })
        .option('particles', { alias: 'n', describe: 'particles per generation (default 200)', requiresArg: true })
        .option('generations', { alias: 'g', describe: 'most generations, the prior included (default 8)', requiresArg: true })
        .option('replicates', { alias: 'r', describe: 'runs per particle, scores averaged (default 1)', requiresArg: true })
        .option('quantile', { describe: 'each threshold is this quantile of the previous distances (default 0.5)', requiresArg: true })
        .option('min-epsilon', { describe: 'final threshold: stop after a generation at or below it (default 0)', requiresArg: true })
        .option('min-acceptance', { describe: 'stop when the acceptance rate falls below this (default 0: never)', requiresArg: true })
        .option('max-simulations', { describe: 'stop before running more simulations than this', requiresArg: true })
        .option('max-time', { describe: 'stop after this many seconds, between batches (the partial generation is kept and flagged; --resume continues)', requiresArg: true })
        .option('workers', { alias: 'w', describe: 'worker threads (default: the number of cores; 0 runs in process)', requiresArg: true })
        .option('seed', { alias: 's', describe: 'calibration seed (default 1)', requiresArg: true })
        .option('steps', { describe: 'steps per run (default: the scenario\'s; the targets\' dates must fall inside)', requiresArg: true })
        .option('migrants', { describe: 'migrant agents per run (overrides the scenario\'s)', requiresArg: true })
        .option('run-steps', { describe: 'steps each run takes before it is scored, the first of the horizon (default: the fewest that decide every target)', requiresArg: true })
        .option('variant', VARIANT_OPTION)
        .option('out', { alias: 'o', describe: 'output folder', type: 'string', defaultDescription: 'results/calibrate-<scenario>-<seed>', requiresArg: true })
        .option('resume', { describe: 'finish an interrupted or stopped calibration in --out', type: 'boolean' })
        .option('quiet', { alias: 'q', describe: 'no progress output', type: 'boolean' })
        .example('$0 calibrate eu-mobility-partnerships --targets scenarios/targets/eu-to-2011.ts --migrants 2000', 'fit the EU scenario to what was known by 2011'),
    (args) =>
      guard('calibrate', async () => {
        const cwd = io.cwd ?? process.cwd();
        const options = toCalibrateOptions(args as CalibrateArguments, cwd);
        const { calibrate } = await import('../calibration/calibrate.js');
        const controller = new AbortController();
        let interrupts = 0;
        const onInterrupt = () => {
          if (++interrupts > 1) process.exit(130);
          io.stderr('\npartnersim: stopping after the batch in progress (Ctrl-C again to quit at once)\n');
          controller.abort();
        };
        process.on('SIGINT', onInterrupt);
        process.on('SIGTERM', onInterrupt);
        try {
          const stream = io.stderr === processIo.stderr ? process.stderr : { write: (text: string) => io.stderr(text) };
          const summary = await withFolderLock(options.out, { command: 'calibrate', create: true, report: io.stderr }, () => calibrate({ ...options, stream, signal: controller.signal }));
          const last = [...summary.result.generations].reverse().find((g) => g.particles.length > 0);
          const where = path.relative(cwd, summary.dir) || '.';
          const line = `calibrate: ${summary.result.generations.length} generation${summary.result.generations.length === 1 ? '' : 's'}, ${last?.particles.length ?? 0} particles, ε ${last ? last.epsilon.toPrecision(3) : '–'}, ESS ${last ? last.ess.toFixed(0) : '–'}, ${summary.result.simulations} simulations, ${formatDuration(summary.wallMs / 1000)} (stopped by ${summary.result.stopReason}) -> ${where}`;
          if (summary.status === 'stopped') throw new ExitWith(130, `${line}\npartnersim: stopped inside generation ${summary.result.generations.length - 1}, kept and flagged partial; continue it with the same command and --resume`);
          io.stdout(line + '\n');
        } finally {
          process.off('SIGINT', onInterrupt);
          process.off('SIGTERM', onInterrupt);
        }
      }),
  );
}
