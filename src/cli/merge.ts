/** `partnersim merge DIR... --out DIR`: joins shard outputs into the unsharded sweep's. */
import path from 'node:path';
import type { Argv } from 'yargs';
import { InputError } from '../scenario/errors.js';
import { ExitWith } from './shared/errors.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { textOption } from './shared/options.js';

export function registerMerge(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'merge <dirs..>',
    'merge the output folders of the shards of one sweep into one folder',
    (y) =>
      y
        .positional('dirs', { describe: 'shard output folders', type: 'string', array: true })
        .option('out', { alias: 'o', describe: 'the merged output folder', type: 'string', demandOption: true, requiresArg: true })
        .example('$0 merge shards/* --out results/sweep', 'join every shard'),
    (args) =>
      guard('merge', async () => {
        const cwd = io.cwd ?? process.cwd();
        const out = textOption('out', args.out);
        if (!out) throw new InputError('--out: expected a folder');
        const dirs = (args.dirs as string[]).map((d) => path.resolve(cwd, d));
        const outDir = path.resolve(cwd, out);
        if (dirs.includes(outDir)) throw new InputError('--out: must not be one of the folders merged');
        const { mergeSweeps } = await import('../experiments/merge.js');
        const summary = await mergeSweeps(dirs, outDir, { report: io.stderr });
        const line = `merge: ${summary.runs}/${summary.expected} runs, ${summary.failed} failed -> ${path.relative(cwd, outDir) || '.'}`;
        if (summary.runs < summary.expected) {
          const shards = summary.missingShards.map((i) => `${i}/${summary.shardCount}`).join(', ');
          const which = shards ? ` (shard${summary.missingShards.length > 1 ? 's' : ''} ${shards} not given)` : ' (shards with failed or unfinished runs: finish them with --resume)';
          throw new ExitWith(1, `${line}\npartnersim: ${summary.expected - summary.runs} runs are missing${which}; merge again with every shard, each finished (partnersim sweep ... --resume)`);
        }
        io.stdout(`${line}\n`);
      }),
  );
}
