/**
 * `partnersim run --from FILE`: runs what the explorer exported (its scenario and
 * policy as JSON, seed, horizon, migrants) for the steps the page had run, writes the
 * run folder as `run` does, and checks that the indicators are those the page showed:
 * the SHA-256 of timeseries.csv must equal the file's `indicatorsHash` (exit 1 when it
 * does not). A malformed file is an input error (exit 2) naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { indicatorsHash, parseExport, timeseriesCsv } from '../explorer/exportFile.js';
import { effectiveScenario, runIdOf } from '../explorer/settings.js';
import { STATE_COLUMNS } from '../indicators/columns.js';
import { writeOutputFolder, type OutputFile } from '../io/atomic.js';
import { formatCsv } from '../io/csv.js';
import { buildManifest, formatManifest, readPackageInfo, type OutputFileName } from '../io/manifest.js';
import { InputError } from '../scenario/errors.js';
import type { Policy } from '../scenario/policies.js';
import { parseScenario } from '../scenario/validate.js';
import { ExitWith } from './shared/errors.js';
import { checkOutputFolder } from './run.js';

export interface RunFromOptions {
  file: string;
  out?: string;
  states: boolean;
  cwd: string;
}

/** Runs an exported file; returns the summary line, or throws ExitWith(1) when the indicators differ. */
export async function runFromExport(options: RunFromOptions): Promise<string> {
  const startedAt = new Date();
  const t0 = performance.now();
  const file = path.resolve(options.cwd, options.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`--from ${options.file}: no such file`);
  }
  const run = parseExport(text, options.file);
  const sizes = { steps: run.steps, migrants: run.migrants };
  const base = parseScenario(run.scenario.input, { file: options.file, ...sizes });
  const effective = effectiveScenario(run.scenario.input, run.policy, sizes, options.file);
  const runId = runIdOf(run.scenario.slug, run.policy.name, run.seed);
  const folder = path.resolve(options.cwd, options.out ?? path.join('results', `${runId}-step-${run.step}`));
  checkOutputFolder(folder, options.out === undefined ? 'output folder' : '--out');

  const { simulate } = await import('../engine/simulate.js');
  const result = simulate(effective, { seed: run.seed, runId, scenarioName: run.scenario.slug, policy: run.policy.name, collectStates: options.states, stopAfter: run.step });
  const durationMs = performance.now() - t0;
  const files: OutputFile[] = [{ name: 'timeseries.csv', content: timeseriesCsv(result.timeseries) }];
  const listed: { name: OutputFileName; rows: number }[] = [{ name: 'timeseries.csv', rows: result.timeseries.length }];
  if (options.states) {
    files.push({ name: 'states.csv', content: formatCsv(STATE_COLUMNS, result.states) });
    listed.push({ name: 'states.csv', rows: result.states.length });
  }
  // An exported policy is data with any name; the manifest records its override in full.
  const policy = { name: run.policy.name, description: run.policy.description ?? 'from an explorer export', contrast: '', override: run.policy.override } as unknown as Policy;
  const manifest = buildManifest({ runId, scenario: { slug: run.scenario.slug, ref: options.file, file }, base, effective, policy, seed: run.seed, startedAt, finishedAt: new Date(), durationMs, files: listed });
  files.push({ name: 'manifest.json', content: formatManifest(manifest) });
  await writeOutputFolder(folder, files, { remove: options.states ? [] : ['states.csv'] });

  const where = `${path.relative(options.cwd, folder) || '.'}${path.sep}`;
  const hash = indicatorsHash(result.timeseries);
  if (hash !== run.indicatorsHash) {
    const version = readPackageInfo().version;
    const versions = version === run.package.version ? '' : ` (exported by partnersim ${run.package.version}, this is ${version})`;
    throw new ExitWith(1, `partnersim: wrote ${where}, but its indicators differ from those of ${options.file}${versions}: timeseries.csv hashes to ${hash}, the file says ${run.indicatorsHash}`);
  }
  return `wrote ${where}: ${run.step} of ${run.steps} steps, ${run.migrants} migrants; indicators identical to ${options.file} (sha256 ${hash.slice(0, 12)}…)`;
}
