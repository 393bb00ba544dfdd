/**
 * The `partnersim` executable's entry (imported by `bin/partnersim.mjs`): runs the
 * command line on the process's arguments and sets the exit code.
 */
import { hideBin } from 'yargs/helpers';
import { processIo, runCli } from './cli.js';

process.exitCode = await runCli(hideBin(process.argv), processIo);
