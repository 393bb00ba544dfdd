/**
 * The `partnersim` executable's entry (imported by `bin/partnersim.mjs`): runs the
 * command line on the process's arguments and sets the exit code.
 */
import { hideBin } from 'yargs/helpers';
import { runCli } from './cli.js';
import { processIo } from './shared/io.js';

process.exitCode = await runCli(hideBin(process.argv), processIo);
