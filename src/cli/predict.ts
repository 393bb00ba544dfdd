/**
 * `partnersim predict <calibration-dir>`: the posterior predictive (src/calibration/predict.ts):
 * per target the probability it is met, per event (the targets' and any --event
 * STATE:status) the probability and the quarters of its first occurrence.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Argv } from 'yargs';
import type { PredictOptions } from '../calibration/predict.js';
import { InputError } from '../scenario/errors.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, textOption } from './shared/options.js';

export interface PredictArguments {
  dir?: unknown;
  draws?: unknown;
  seed?: unknown;
  workers?: unknown;
  event?: unknown;
  steps?: unknown;
  out?: unknown;
}

export function toPredictOptions(args: PredictArguments, cwd: string): PredictOptions {
  const dir = textOption('dir', args.dir);
  if (dir === undefined) throw new InputError('predict: expected a calibration folder');
  const events = args.event === undefined ? [] : (Array.isArray(args.event) ? args.event : [args.event]).map(String);
  const out = textOption('out', args.out);
  return {
    dir: path.resolve(cwd, dir),
    draws: integerOption('draws', args.draws ?? 100, 1),
    seed: integerOption('seed', args.seed ?? 1, 0),
    workers: args.workers === undefined ? availableParallelism() : integerOption('workers', args.workers, 0),
    events,
    ...(args.steps !== undefined ? { steps: integerOption('steps', args.steps, 1) } : {}),
    ...(out !== undefined ? { out: path.resolve(cwd, out) } : {}),
  };
}

export function registerPredict(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'predict <dir>',
    'posterior predictive of a calibration: probability and date of each target and event',
    (y) =>
      y
        .positional('dir', { describe: 'a calibration folder (partnersim calibrate --out)', type: 'string' })
        .option('draws', { alias: 'm', describe: 'posterior draws to run (default 100)', requiresArg: true })
        .option('event', { alias: 'e', describe: 'an event to predict, STATE:status (repeatable), e.g. MAR:partner', type: 'string', requiresArg: true })
        .option('seed', { alias: 's', describe: 'seed of the draws (default 1)', requiresArg: true })
        .option('steps', { describe: 'steps per run (default: the scenario\'s own horizon)', requiresArg: true })
        .option('workers', { alias: 'w', describe: 'worker threads (default: the number of cores; 0 runs in process)', requiresArg: true })
        .option('out', { alias: 'o', describe: 'folder for predict.csv and predict.md (default: the calibration folder)', type: 'string', requiresArg: true })
        .example('$0 predict results/calibrate-eu-mobility-partnerships-1 --draws 200 --event MAR:partner --event TUN:partner', 'forecast later partnerships'),
    (args) =>
      guard('predict', async () => {
        const cwd = io.cwd ?? process.cwd();
        const options = toPredictOptions(args as PredictArguments, cwd);
        const { predict } = await import('../calibration/predict.js');
        const result = await predict(options);
        const lines = [`predict: ${result.draws} draws, ${result.steps} steps -> ${path.relative(cwd, path.dirname(result.files[0])) || '.'} (${result.files.map((f) => path.basename(f)).join(', ')})`];
        for (const e of result.events) lines.push(`  ${e.state} ${e.status}: P ${(100 * e.probability).toFixed(0)}%${e.quantiles ? `, first ${e.quantiles[1]} (10–90%: ${e.quantiles[0]} to ${e.quantiles[2]})` : ''}`);
        const met = result.targets.filter((t) => t.probabilityMet >= 0.5).length;
        lines.push(`  targets met in at least half of the draws: ${met}/${result.targets.length}`);
        io.stdout(lines.join('\n') + '\n');
      }),
  );
}
