/**
 * The CLI's errors and how they are reported. Exit codes: 0 success; 1 a failure during
 * a run; 2 bad usage or invalid input. Usage and input errors print one line
 * (`partnersim: <message>`), never a stack.
 */
import { InputError } from '../../scenario/errors.js';
import type { CliIo } from './io.js';

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
