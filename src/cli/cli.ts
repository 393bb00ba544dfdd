/**
 * The `partnersim` command line: a thin yargs shell over the library. Each command
 * lives in its own file and only maps arguments to a typed options object; side
 * effects (output, working folder, environment) are injected through `CliIo`, so
 * tests call `runCli([...], io)` and spawn nothing.
 *
 * Exit codes: 0 success; 1 a failure during a run; 2 bad usage or invalid input.
 * Usage and input errors print one line (`partnersim: <message>`), never a stack.
 *
 * @example
 * const code = await runCli(['validate', 'scenarios/tiny.json'], { stdout: out, stderr: err });
 */
import yargs, { type Argv } from 'yargs';
import { readPackageInfo } from '../io/manifest.js';
import { reportError, UsageError } from './shared/errors.js';
import { processIo, type CliIo } from './shared/io.js';
import { registerCalibrate } from './calibrate.js';
import { registerList } from './list.js';
import { registerMerge } from './merge.js';
import { registerSweep } from './sweep.js';
import { registerChart } from './chart.js';
import { registerCompare } from './compare.js';
import { registerDiscover } from './discover.js';
import { registerPatterns } from './patterns.js';
import { registerSensitivity } from './sensitivity.js';
import { registerRobustness } from './robustness.js';
import { registerPredict } from './predict.js';
import { registerExplore } from './explore.js';
import { registerRun } from './run.js';
import { registerSlurm } from './slurm.js';
import { registerValidate } from './validate.js';

export type { CliIo } from './shared/io.js';

/**
 * The configured yargs instance for `argv` (the arguments after `partnersim`). It
 * never exits the process; errors reject `parseAsync()`. Most callers want `runCli`.
 */
export function buildCli(argv: string[], io: CliIo = processIo): Argv {
  let cli = yargs(argv)
    .scriptName('partnersim')
    .usage('$0 <command> [options]\n\nAgent-based simulation of partnership governance in international migration.')
    .version(readPackageInfo().version)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .exitProcess(false)
    .showHelpOnFail(false)
    .wrap(100)
    .demandCommand(1, 'expected a command: run, sweep, compare, sensitivity, robustness, discover, calibrate, predict, merge, slurm, validate, list or explore (see partnersim --help)')
    .fail((message: string | undefined, error: Error | undefined) => {
      if (error) throw error;
      throw new UsageError(message ?? 'bad usage (see partnersim --help)');
    })
    .epilogue('Exit codes: 0 success, 1 a failure during a run (a sweep with failed runs), 2 bad usage or invalid input, 130 a sweep interrupted (finish it with --resume).');
  cli = registerRun(cli, io);
  cli = registerSweep(cli, io);
  cli = registerCompare(cli, io);
  cli = registerSensitivity(cli, io);
  cli = registerRobustness(cli, io);
  cli = registerDiscover(cli, io);
  cli = registerPatterns(cli, io);
  cli = registerCalibrate(cli, io);
  cli = registerPredict(cli, io);
  cli = registerChart(cli, io);
  cli = registerMerge(cli, io);
  cli = registerSlurm(cli, io);
  cli = registerValidate(cli, io);
  cli = registerList(cli, io);
  cli = registerExplore(cli, io);
  return cli;
}

/** Runs the command line on `argv` and returns its exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const cli = buildCli(argv, io);
    let output = '';
    await cli.parseAsync(argv, {}, (_error, _argv, text) => {
      output = text;
    });
    if (output) io.stdout(output.endsWith('\n') ? output : output + '\n');
    return 0;
  } catch (error) {
    return reportError(error, io);
  }
}
