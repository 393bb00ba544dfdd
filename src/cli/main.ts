/**
 * The `partnersim` executable's entry (imported by `bin/partnersim.mjs`): runs the
 * command line on the process's arguments, waits until standard output and standard
 * error have taken everything written, and exits with the command's code. It does not
 * wait for the event loop to drain: the work is done, and a handle left open by
 * anything the command loaded must not keep the process alive.
 */
import { hideBin } from 'yargs/helpers';
import { runCli } from './cli.js';
import { processIo } from './shared/io.js';

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

const code = await runCli(hideBin(process.argv), processIo);
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
