/**
 * `partnersim slurm <scenario> [sweep options] --array-size N`: writes the sbatch
 * scripts of a sweep as a Slurm job array plus a merge job, and prints how to submit
 * them; with --submit it calls sbatch itself and prints the job ids.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { slurmScripts, shellQuote, type SlurmOptions } from '../cluster/slurm.js';
import { writeFileAtomic } from '../io/atomic.js';
import { InputError } from '../scenario/errors.js';
import { DEFAULT_SCENARIO, PACKAGE_ROOT } from '../scenario/loader.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, textOption } from './shared/options.js';
import { sweepOptionsBuilder, toSweepOptions, type SweepArguments } from './shared/sweepOptions.js';

/** How the cluster's nodes run partnersim by default: this Node and this package's bin. */
export function defaultCommand(): string {
  return `${shellQuote(process.execPath)} ${shellQuote(path.join(PACKAGE_ROOT, 'bin', 'partnersim.mjs'))}`;
}

function sbatch(args: string[], env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync('sbatch', ['--parsable', ...args], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim().split(';')[0];
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new InputError('--submit: sbatch not found (is Slurm installed on this machine?)');
    throw new Error(`sbatch failed: ${(err.stderr ?? err.message).trim()}`);
  }
}

export function registerSlurm(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'slurm [scenario]',
    'write (and with --submit, submit) a sweep as a Slurm job array plus a merge job',
    (y) =>
      sweepOptionsBuilder(y.positional('scenario', { describe: 'a scenario file or bundled name', type: 'string', default: DEFAULT_SCENARIO }))
        .option('array-size', { describe: 'array tasks: the sweep is cut into this many shards', demandOption: true, requiresArg: true })
        .option('partition', { describe: 'Slurm partition', type: 'string', requiresArg: true })
        .option('time', { describe: 'wall-time limit per task, HH:MM:SS', type: 'string', requiresArg: true })
        .option('cpus-per-task', { describe: 'CPUs per task (its worker threads)', default: 1, requiresArg: true })
        .option('mem', { describe: 'memory per task, as sbatch takes it (e.g. 4G)', type: 'string', requiresArg: true })
        .option('command', { describe: 'how the nodes run partnersim (default: this node and package, by absolute path)', type: 'string', requiresArg: true })
        .option('submit', { describe: 'submit the jobs with sbatch and print their ids', type: 'boolean' })
        .example('$0 slurm --policies all -r 100 --array-size 50 --time 01:00:00 --cpus-per-task 4 --out results/big', 'write the scripts')
        .example('$0 slurm --policies all -r 100 --array-size 50 --out results/big --submit', 'write and submit them'),
    (args) =>
      guard('slurm', async () => {
        const raw = args as SweepArguments & Record<string, unknown>;
        if (raw.shard !== undefined) throw new InputError('--shard: set by the job array (--array-size), not by hand');
        if (raw.resume !== undefined) throw new InputError('--resume: each task resumes its shard by itself when resubmitted');
        const cwd = io.cwd ?? process.cwd();
        const sweep = toSweepOptions(raw, io);
        const arraySize = integerOption('array-size', raw['array-size'], 1);
        const time = textOption('time', raw.time);
        if (time !== undefined && !/^(\d+-)?\d{1,2}:\d{2}:\d{2}$/.test(time)) throw new InputError(`--time: expected HH:MM:SS (or D-HH:MM:SS), got "${time}"`);
        const slurm: SlurmOptions = {
          arraySize,
          partition: textOption('partition', raw.partition),
          time,
          cpusPerTask: integerOption('cpus-per-task', raw['cpus-per-task'] ?? 1, 1),
          mem: textOption('mem', raw.mem),
          command: textOption('command', raw.command) ?? defaultCommand(),
          cwd,
        };
        // A scenario given as a file must be found from the nodes: make it absolute.
        const scenario = /[\\/]|\.\w+$/.test(sweep.scenario) ? path.resolve(cwd, sweep.scenario) : sweep.scenario;
        const options = { ...sweep, scenario, resume: false };
        const { prepareSweep } = await import('../experiments/sweep.js');
        const prepared = await prepareSweep(options);
        if (arraySize > prepared.experiments.length) throw new InputError(`--array-size: ${arraySize} tasks for ${prepared.experiments.length} runs; use at most ${prepared.experiments.length}`);
        const out = options.out;
        const scripts = slurmScripts(options, slurm, out);
        const dir = path.join(out, 'slurm');
        mkdirSync(path.join(dir, 'logs'), { recursive: true });
        for (const [name, text] of [['sweep.sbatch', scripts.sweep], ['merge.sbatch', scripts.merge], ['submit.sh', scripts.submit]] as const) {
          await writeFileAtomic(path.join(dir, name), text);
          chmodSync(path.join(dir, name), 0o755);
        }
        const shown = path.relative(cwd, dir) || '.';
        io.stdout(`wrote ${shown}/sweep.sbatch (${arraySize} tasks, ${prepared.experiments.length} runs), ${shown}/merge.sbatch and ${shown}/submit.sh\n`);
        if (!raw.submit) {
          io.stdout(`submit with: bash ${shown}/submit.sh\n(or: sbatch ${shown}/sweep.sbatch, then sbatch --dependency=afterok:<array job id> ${shown}/merge.sbatch)\n`);
          return;
        }
        const env = { ...process.env, ...(io.env ?? {}) };
        const arrayJob = sbatch([path.join(dir, 'sweep.sbatch')], env);
        const mergeJob = sbatch([`--dependency=afterok:${arrayJob}`, path.join(dir, 'merge.sbatch')], env);
        io.stdout(`submitted: array job ${arrayJob}, merge job ${mergeJob}\n`);
      }),
  );
}
