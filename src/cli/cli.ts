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
import { InputError } from '../scenario/errors.js';
import { registerList } from './list.js';
import { registerMerge } from './merge.js';
import { registerSweep } from './sweep.js';
import { registerChart } from './chart.js';
import { registerCompare } from './compare.js';
import { registerSensitivity } from './sensitivity.js';
import { registerRobustness } from './robustness.js';
import { registerExplore } from './explore.js';
import { registerRun } from './run.js';
import { registerSlurm } from './slurm.js';
import { registerValidate } from './validate.js';

/** The side effects of the CLI, injected. */
export interface CliIo {
  /** Writes text to standard output (the text carries its own line endings). */
  stdout: (text: string) => void;
  /** Writes text to standard error. */
  stderr: (text: string) => void;
  /** Folder that relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string;
  /** Environment variables (default: `process.env`); `PARTNERSIM_DEBUG=1` shows stacks. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The process's own standard streams, folder and environment. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Bad usage of the command line (unknown option, missing argument): exit code 2. */
export class UsageError extends InputError {}

/** An unexpected failure while a command ran: exit code 1. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
  constructor(
    readonly command: string,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** A command that finished but must exit with a given code (a sweep with failures: 1; interrupted: 130). */
export class ExitWith extends Error {
  override readonly name = 'ExitWith';
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs a command handler; any error that is not the user's (an InputError) becomes a
 * CommandFailure naming the command.
 */
export async function guard(command: string, action: () => Promise<void> | void): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof InputError || error instanceof CommandFailure || error instanceof ExitWith) throw error;
    throw new CommandFailure(command, error);
  }
}

/** Collapses a message to one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function isYargsError(error: unknown): boolean {
  return error instanceof Error && error.name === 'YError';
}

/** Prints an error the way the CLI does and returns its exit code (1 or 2). */
export function reportError(error: unknown, io: CliIo): number {
  const env = io.env ?? process.env;
  if (error instanceof ExitWith) {
    io.stderr(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
    return error.code;
  }
  if (error instanceof InputError || isYargsError(error)) {
    io.stderr(`partnersim: ${oneLine((error as Error).message)}\n`);
    return 2;
  }
  const command = error instanceof CommandFailure ? error.command : 'command';
  const cause = error instanceof CommandFailure ? error.cause : error;
  const message = cause instanceof Error ? cause.message : String(cause);
  io.stderr(`partnersim: ${command} failed: ${oneLine(message) || (cause as Error)?.name || 'unknown error'}\n`);
  if (env.PARTNERSIM_DEBUG === '1' && cause instanceof Error && cause.stack) io.stderr(cause.stack + '\n');
  return 1;
}

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
    .demandCommand(1, 'expected a command: run, sweep, compare, sensitivity, robustness, merge, slurm, validate, list or explore (see partnersim --help)')
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
