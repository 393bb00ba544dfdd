/**
 * `partnersim discover <sweep-dir> --where "<indicator> <op> <value>"`: scenario
 * discovery (src/discovery/discoverSweep.ts). Marks each run (or, with --share, each
 * point over its replicates) as a case of interest and searches the sweep's swept
 * dimensions for boxes by PRIM (default) or CART; writes trajectory.csv, boxes.csv,
 * cases.csv and boxes.md to <sweep-dir>/discovery and prints the boxes found.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import { parseAt } from '../analysis/options.js';
import { significant } from '../analysis/tableText.js';
import { isRestricted } from '../discovery/box.js';
import { METHODS, type Method } from '../discovery/discover.js';
import type { DiscoverOptions, DiscoverResult } from '../discovery/discoverSweep.js';
import { limitText } from '../discovery/limits.js';
import { InputError } from '../scenario/errors.js';
import { withFolderLock } from '../io/lock.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, textOption } from './shared/options.js';
import { policyNames } from './shared/policyNames.js';

export interface DiscoverArguments {
  dir?: unknown;
  where?: unknown;
  policy?: unknown;
  at?: unknown;
  share?: unknown;
  method?: unknown;
  peelAlpha?: unknown;
  pasteAlpha?: unknown;
  massMin?: unknown;
  objective?: unknown;
  box?: unknown;
  boxes?: unknown;
  resamples?: unknown;
  seed?: unknown;
  maxDepth?: unknown;
  minLeaf?: unknown;
  out?: unknown;
}

/** A share in (0, 1) (or (0, 1] with `closed`), or undefined when not given. */
function shareOption(name: string, raw: unknown, closed = false): number | undefined {
  const text = textOption(name, raw);
  if (text === undefined) return undefined;
  const x = Number(text.trim());
  if (text.trim() === '' || !(x > 0 && (closed ? x <= 1 : x < 1))) throw new InputError(`--${name}: expected a number in (0, 1${closed ? ']' : ')'}, got "${text}"`);
  return x;
}

export function toDiscoverOptions(args: DiscoverArguments, io: CliIo): DiscoverOptions {
  const cwd = io.cwd ?? process.cwd();
  const dir = textOption('dir', args.dir);
  if (dir === undefined) throw new InputError('discover: expected a sweep folder');
  const where = textOption('where', args.where);
  if (where === undefined) throw new InputError('discover: expected --where "<indicator> <op> <value>", e.g. --where "mean_responsibilisation < 0.2"');
  const method = textOption('method', args.method) ?? 'prim';
  if (!(METHODS as readonly string[]).includes(method)) throw new InputError(`--method: expected ${METHODS.join(' or ')}, got "${method}"`);
  const objective = textOption('objective', args.objective) ?? 'lenient1';
  if (objective !== 'lenient1' && objective !== 'original') throw new InputError(`--objective: expected lenient1 or original, got "${objective}"`);
  const minLeaf = shareOption('min-leaf', args.minLeaf);
  if (minLeaf !== undefined && minLeaf >= 0.5) throw new InputError(`--min-leaf: expected a number in (0, 0.5), got "${String(args.minLeaf)}"`);
  const out = textOption('out', args.out);
  return {
    dir: path.resolve(cwd, dir),
    where,
    // checked against the sweep's steps once it is open
    at: parseAt(textOption('at', args.at), Infinity),
    policy: textOption('policy', args.policy),
    share: shareOption('share', args.share, true),
    method: method as Method,
    prim: {
      peelAlpha: shareOption('peel-alpha', args.peelAlpha),
      pasteAlpha: shareOption('paste-alpha', args.pasteAlpha),
      massMin: shareOption('mass-min', args.massMin),
      objective,
      box: args.box === undefined ? undefined : integerOption('box', args.box, 0),
      boxes: args.boxes === undefined ? undefined : integerOption('boxes', args.boxes, 1),
      resamples: args.resamples === undefined ? undefined : integerOption('resamples', args.resamples, 0),
      seed: args.seed === undefined ? undefined : integerOption('seed', args.seed, 0),
    },
    cart: {
      maxDepth: args.maxDepth === undefined ? undefined : integerOption('max-depth', args.maxDepth, 1),
      minLeaf,
    },
    out: out === undefined ? undefined : path.resolve(cwd, out),
  };
}

/** What discover prints: the cases, then each box's statistics and restrictions. */
export function discoverSummary(result: DiscoverResult, cwd: string): string {
  const { discovery, table } = result;
  const where = path.relative(cwd, path.dirname(result.files[0])) || '.';
  const unit = result.cases.length > 0 && result.cases[0].id.startsWith('point-') ? 'points' : 'runs';
  const lines = [
    `discover: ${discovery.method}, ${discovery.cases} of ${discovery.n} ${unit} of interest over ${table.dimensions.length} dimension${table.dimensions.length === 1 ? '' : 's'}, ${discovery.boxes.length} box${discovery.boxes.length === 1 ? '' : 'es'} -> ${where} (${result.files.map((f) => path.basename(f)).join(', ')})`,
  ];
  for (const b of discovery.boxes) {
    const restricted = table.dimensions
      .map((dim, d) => ({ dim, d }))
      .filter(({ d }) => isRestricted(b.box[d], discovery.ranges[d]))
      .map(({ dim, d }) => `${dim.name} in ${limitText(b.box[d], dim.kind === 'categorical' ? dim.levels : [])}`);
    lines.push(`  box ${b.index}: coverage ${significant(b.stats.coverage)}, density ${significant(b.stats.density)}, mass ${significant(b.stats.mass)}; ${restricted.length > 0 ? restricted.join(', ') : 'no restriction'}`);
  }
  return lines.join('\n') + '\n';
}

export function registerDiscover(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'discover <dir>',
    'scenario discovery: boxes of swept parameters (and policies) that hold the runs meeting a condition, by PRIM or CART',
    (y) =>
      y
        .positional('dir', { describe: 'a sweep folder (over parameters, or several policies)', type: 'string' })
        .option('where', { describe: 'the cases of interest: "<indicator> <op> <value>", op one of < <= > >= == !=', type: 'string', requiresArg: true })
        .option('at', { describe: "final, mean (over each run's steps) or a step number (0-based)", type: 'string', default: 'final', requiresArg: true })
        .option('policy', { describe: "only this policy's runs (default: every policy, as a dimension when there are several)", type: 'string', requiresArg: true })
        .option('share', { describe: "cases are points: of interest when at least this share of a point's replicates meets the condition", requiresArg: true })
        .option('method', { describe: 'prim or cart', type: 'string', default: 'prim', requiresArg: true })
        .option('peel-alpha', { describe: 'PRIM: share of the box a peel removes', defaultDescription: '0.05', requiresArg: true })
        .option('paste-alpha', { describe: 'PRIM: share of the box a paste adds', defaultDescription: '0.05', requiresArg: true })
        .option('mass-min', { describe: 'PRIM: smallest box, as a share of the data', defaultDescription: '0.05', requiresArg: true })
        .option('objective', { describe: 'PRIM: lenient1 (density gained per case given up) or original (density)', type: 'string', defaultDescription: 'lenient1', requiresArg: true })
        .option('box', { describe: 'PRIM: the step of the trajectory to choose as the first box', defaultDescription: 'the knee', requiresArg: true })
        .option('boxes', { describe: 'PRIM: boxes to find in sequence, each over the cases the earlier ones left', defaultDescription: '1', requiresArg: true })
        .option('resamples', { describe: 'PRIM: resamples of half the data for stability (0: none)', defaultDescription: '10', requiresArg: true })
        .option('seed', { describe: 'PRIM: seed of the resamples', defaultDescription: '1', requiresArg: true })
        .option('max-depth', { describe: 'CART: deepest split', defaultDescription: '4', requiresArg: true })
        .option('min-leaf', { describe: 'CART: smallest leaf, as a share of the data', defaultDescription: '0.05', requiresArg: true })
        .option('out', { alias: 'o', describe: 'output folder', type: 'string', defaultDescription: '<dir>/discovery', requiresArg: true })
        .example('$0 discover results/lhs --where "mean_responsibilisation < 0.2"', 'where does responsibilisation stay low?')
        .example('$0 discover results/lhs --where "suspensions >= 1" --method cart --max-depth 3', 'a tree instead of PRIM'),
    (args) =>
      guard('discover', async () => {
        const options = toDiscoverOptions(args as DiscoverArguments, io);
        const { discoverSweep } = await import('../discovery/discoverSweep.js');
        const result = await withFolderLock(options.out ?? options.dir, { command: 'discover', create: options.out !== undefined, report: io.stderr }, async () => discoverSweep({ ...options, policy: options.policy === undefined ? undefined : (await policyNames([options.policy], io.cwd ?? process.cwd()))[0] }));
        io.stdout(discoverSummary(result, io.cwd ?? process.cwd()));
      }),
  );
}
