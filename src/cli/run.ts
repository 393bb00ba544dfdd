/**
 * `partnersim run`: runs one scenario under one policy with one seed and writes
 * `timeseries.csv`, `states.csv` and `manifest.json` (last) to the output folder.
 * Every input is validated before the folder is created, so a bad input leaves
 * nothing behind.
 */
import { checkOutputFolder } from './shared/outputFolder.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Argv } from 'yargs';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import { writeOutputFolder, type OutputFile } from '../io/atomic.js';
import { formatCsv } from '../io/csv.js';
import { buildManifest, formatManifest, type OutputFileName } from '../io/manifest.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { DEFAULT_SCENARIO, resolveScenarioFile } from '../scenario/loader.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { integerOption, policyOption, textOption, VARIANT_OPTION, variantOption } from './shared/options.js';
import type { Variant } from '../domain/vocabulary.js';

/** What `partnersim run` was asked to do, validated. */
export interface RunOptions {
  /** A scenario file or the name of a bundled scenario. */
  scenario: string;
  /** a built-in name, a policy file or a name the scenario declares */
  policy: string;
  seed: number;
  steps?: number;
  migrants?: number;
  /** the model variant, overriding the scenario's */
  variant?: Variant;
  /** Output folder; default `results/<run id>` under `cwd`. */
  out?: string;
  /** Whether to write `states.csv`. */
  states: boolean;
  cwd: string;
}

/** The arguments of `run` as yargs hands them over (not yet validated). */
export interface RunArguments {
  scenario?: unknown;
  policy?: unknown;
  seed?: unknown;
  steps?: unknown;
  migrants?: unknown;
  variant?: unknown;
  out?: unknown;
  states?: unknown;
  from?: unknown;
}

/** Maps yargs' arguments to validated options; loads nothing. */
export function toRunOptions(args: RunArguments, cwd: string): RunOptions {
  const policy = policyOption(args.policy ?? 'partnership');
  const seed = integerOption('seed', args.seed ?? 1, 0);
  const steps = args.steps === undefined ? undefined : integerOption('steps', args.steps, 1);
  const migrants = args.migrants === undefined ? undefined : integerOption('migrants', args.migrants, 0);
  const variant = variantOption(args.variant);
  const scenario = textOption('scenario', args.scenario) ?? DEFAULT_SCENARIO;
  const out = textOption('out', args.out);
  return { scenario, policy, seed, steps, migrants, ...(variant ? { variant } : {}), out, states: args.states !== false, cwd };
}

function displayPath(target: string, cwd: string): string {
  const relative = path.relative(cwd, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
}

/** Runs the scenario and writes the output folder; returns the summary line. */
export async function runScenario(options: RunOptions): Promise<string> {
  const startedAt = new Date();
  const t0 = performance.now();
  const outLabel = '--out';
  if (options.out !== undefined) checkOutputFolder(path.resolve(options.cwd, options.out), outLabel);

  const loaded = await loadScenario(options.scenario, { policy: options.policy, steps: options.steps, migrants: options.migrants, variant: options.variant, cwd: options.cwd });
  const policy = loaded.policy;
  const { base, scenario: effective } = loaded;
  // a variant other than the default is named in the run id, so that runs of two variants do not share a folder
  const variantPart = effective.variant === 'governmentality' ? '' : `${effective.variant}-`;
  const runId = `${loaded.slug}-${variantPart}${policy.name}-${options.seed}`;
  const folder = path.resolve(options.cwd, options.out ?? path.join('results', runId));
  if (options.out === undefined) checkOutputFolder(folder, 'output folder');

  const { simulate } = await import('../engine/simulate.js');
  const result = simulate(effective, {
    seed: options.seed,
    runId,
    scenarioName: loaded.slug,
    policy: policy.name,
    collectStates: options.states,
  });
  const durationMs = performance.now() - t0;
  const finishedAt = new Date();

  const files: OutputFile[] = [{ name: 'timeseries.csv', content: formatCsv(TIMESERIES_COLUMNS, result.timeseries) }];
  const listed: { name: OutputFileName; rows: number }[] = [{ name: 'timeseries.csv', rows: result.timeseries.length }];
  if (options.states) {
    files.push({ name: 'states.csv', content: formatCsv(STATE_COLUMNS, result.states) });
    listed.push({ name: 'states.csv', rows: result.states.length });
  }
  const manifest = buildManifest({
    runId,
    scenario: { slug: loaded.slug, ref: options.scenario, file: path.resolve(resolveScenarioFile(options.scenario)) },
    base,
    effective,
    policy,
    seed: options.seed,
    startedAt,
    finishedAt,
    durationMs,
    files: listed,
  });
  files.push({ name: 'manifest.json', content: formatManifest(manifest) });
  // A states.csv left by an earlier run would contradict this run's manifest.
  await writeOutputFolder(folder, files, { remove: options.states ? [] : ['states.csv'] });

  const last = result.timeseries[result.timeseries.length - 1];
  return (
    `wrote ${displayPath(folder, options.cwd)}${path.sep}: ${effective.steps} steps, ${effective.migrants} migrants ` +
    `in ${(durationMs / 1000).toFixed(1)} s; final: ${last?.partners ?? 'n/a'} partners, ` +
    `mean responsibilisation ${fixed(last?.mean_responsibilisation, 3)}`
  );
}

/** `run --from FILE`: the file names scenario, policy, seed and steps, so none may be given besides. */
async function runFromArguments(args: RunArguments, cwd: string): Promise<string> {
  const given = (['scenario', 'policy', 'seed', 'steps', 'migrants', 'variant'] as const).filter((k) => args[k] !== undefined);
  if (given.length > 0) throw new InputError(`--from: the file gives the scenario, policy, seed and steps; drop ${given.map((k) => (k === 'scenario' ? 'the scenario' : `--${k}`)).join(', ')}`);
  const { runFromExport } = await import('./shared/runFrom.js');
  return runFromExport({ file: textOption('from', args.from)!, out: textOption('out', args.out), states: args.states !== false, cwd });
}

/** Registers `run` on the CLI. */
export function registerRun(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'run [scenario]',
    'run a scenario under a policy and write timeseries.csv, states.csv and manifest.json',
    (y) =>
      y
        .positional('scenario', {
          describe: 'a .ts or .json scenario file, or the name of a bundled scenario (see `partnersim list scenarios`)',
          type: 'string',
          defaultDescription: DEFAULT_SCENARIO,
        })
        .option('policy', { alias: 'p', describe: 'a built-in policy, a policy file (.ts or .json) or a policy the scenario declares (see `partnersim list policies`)', type: 'string', defaultDescription: 'partnership', requiresArg: true })
        .option('seed', { alias: 's', describe: 'seed of the random streams, a non-negative integer', defaultDescription: '1', requiresArg: true })
        .option('steps', { describe: "number of steps (overrides the scenario's)", requiresArg: true })
        .option('migrants', { describe: "number of migrant agents (overrides the scenario's)", requiresArg: true })
        .option('variant', VARIANT_OPTION)
        .option('out', { alias: 'o', describe: 'output folder', defaultDescription: 'results/<scenario>-[<variant>-]<policy>-<seed>', type: 'string', requiresArg: true })
        .option('states', { describe: 'write states.csv (--no-states: skip it)', type: 'boolean', default: true })
        .option('from', { describe: 'run what `partnersim explore` exported (scenario, policy, seed and steps come from the file)', type: 'string', requiresArg: true })
        .example('$0 run', `run ${DEFAULT_SCENARIO} under the partnership policy, seed 1`)
        .example('$0 run my-scenario.ts --policy conditionality --seed 7', 'a scenario file under another policy')
        .example('$0 run --policy scenarios/policies/visa-moldova-2014.ts', 'a policy file')
        .example('$0 run --steps 8 --migrants 2000 --out /tmp/quick --no-states', 'a quick short run without states.csv')
        .example('$0 run --from explored.json', 'reproduce a run exported from the explorer'),
    (args) =>
      guard('run', async () => {
        if (args.from !== undefined) {
          io.stdout((await runFromArguments(args as RunArguments, io.cwd ?? process.cwd())) + '\n');
          return;
        }
        const options = toRunOptions(args as RunArguments, io.cwd ?? process.cwd());
        io.stdout((await runScenario(options)) + '\n');
      }),
  );
}
