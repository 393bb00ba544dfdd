/**
 * `partnersim sweep`: maps arguments to SweepOptions and calls runSweep. Ctrl-C stops
 * cleanly, keeping what finished; a second Ctrl-C ends the process at once.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import type { SweepOptions } from '../experiments/sweep.js';
import { DEFAULT_SCENARIO } from '../scenario/loader.js';
import { ExitWith } from './shared/errors.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { runSweepCommand } from './shared/runSweep.js';
import { sweepOptionsBuilder, toSweepOptions, type SweepArguments } from './shared/sweepOptions.js';

function rerunHint(options: SweepOptions, cwd: string): string {
  const out = path.relative(cwd, options.out) || '.';
  return `rerun the failed runs with the same command and --resume (e.g. partnersim sweep ${options.scenario} ... --out ${out} --resume)`;
}

export function registerSweep(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'sweep [scenario]',
    'run a sweep: policies x parameter points x replicates, in parallel worker threads',
    (y) =>
      sweepOptionsBuilder(y.positional('scenario', { describe: 'a scenario file or bundled name', type: 'string', default: DEFAULT_SCENARIO }))
        .example('$0 sweep --policies all --replicates 10', 'every policy on the default scenario, 10 replicates each')
        .example('$0 sweep stylised --design lhs --samples 40 --param params.benchmarking.pressureGain=0:0.5 --param params.responsibilisation.agencyRate=0:0.02', 'a Latin hypercube over two parameters')
        .example('$0 sweep --policies partnership,withdrawal -r 30 --out results/w --resume', 'finish an interrupted sweep')
        .example('$0 sweep --policies all -r 20 --shard 2/8 --out shards/2', 'the third of eight slices, for a cluster'),
    (args) =>
      guard('sweep', async () => {
        const options = toSweepOptions(args as SweepArguments, io);
        const { summary, line, where } = await runSweepCommand(options, io);
        if (summary.failed > 0) {
          throw new ExitWith(1, `${line}\npartnersim: ${summary.failed} run${summary.failed > 1 ? 's' : ''} failed (see ${path.join(where, 'failures.csv')}); ${rerunHint(options, io.cwd ?? process.cwd())}`);
        }
        io.stdout(`${line}\n`);
      }),
  );
}
