/**
 * Opening a results folder for charts: a `partnersim run` folder or a finished
 * `partnersim sweep` folder (CSV or Parquet tables), with the analysis tables that
 * `compare` (effects.csv) and `sensitivity` (sensitivity.csv) may have added. A
 * missing or malformed folder throws an InputError: one line, exit code 2.
 *
 * @example
 * const folder = openResults('results/sweep-eu-mobility-partnerships-1');
 * folder.table('states'); // its states.csv or .parquet, or undefined
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SWEEP_MANIFEST_FORMAT } from '../../experiments/sweep.js';
import { MANIFEST_FORMAT, PATTERNS_MANIFEST_FORMAT } from '../../io/manifest.js';
import { InputError } from '../../scenario/errors.js';

export type TableName = 'timeseries' | 'states' | 'runs' | 'design' | 'effects' | 'sensitivity' | 'pass-rates';

export interface ResultsFolder {
  dir: string;
  /** a run, a sweep, or a `partnersim patterns` folder (pass rates only) */
  kind: 'run' | 'sweep' | 'patterns';
  manifest: Record<string, any>;
  /** policies in the folder's order (a run: its one policy) */
  policies: string[];
  /** replicates per policy and point (a run: 1) */
  replicates: number;
  /** swept parameter paths (a run: none) */
  parameters: string[];
  /** the sweep's design (a run: 'run') */
  design: string;
  format: 'csv' | 'parquet';
  /** The file of a table when the folder has it. */
  table(name: TableName): string | undefined;
}

/** Opens a run or sweep folder; throws InputError naming the folder and the problem. */
export function openResults(dir: string): ResultsFolder {
  if (!existsSync(dir)) throw new InputError(`${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new InputError(`${dir}: not a folder (expected the output folder of partnersim run or sweep)`);
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new InputError(`${dir}: not a partnersim results folder (no manifest.json)`);
  let manifest: Record<string, any>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new InputError(`${file}: expected a JSON object`);
  const format = manifest.key?.format === 'parquet' ? 'parquet' : 'csv';
  const table = (name: TableName): string | undefined => {
    const ext = name === 'effects' || name === 'sensitivity' || name === 'design' || name === 'pass-rates' ? 'csv' : format;
    const candidate = path.join(dir, `${name}.${ext}`);
    return existsSync(candidate) ? candidate : undefined;
  };
  if (manifest.format === MANIFEST_FORMAT) {
    const policy = manifest.policy?.name;
    if (typeof policy !== 'string') throw new InputError(`${file}: malformed run manifest (no policy.name)`);
    if (!table('timeseries')) throw new InputError(`${dir}: the run folder has no timeseries.csv`);
    return { dir, kind: 'run', manifest, policies: [policy], replicates: 1, parameters: [], design: 'run', format: 'csv', table };
  }
  if (manifest.format === PATTERNS_MANIFEST_FORMAT) {
    if (!table('pass-rates')) throw new InputError(`${dir}: the patterns folder has no pass-rates.csv`);
    return { dir, kind: 'patterns', manifest, policies: [], replicates: 1, parameters: [], design: 'patterns', format: 'csv', table };
  }
  if (manifest.format === SWEEP_MANIFEST_FORMAT) {
    if (manifest.status !== 'complete' && manifest.status !== 'failures') {
      throw new InputError(`${dir}: the sweep is ${String(manifest.status ?? 'unfinished')}; finish it with partnersim sweep ... --resume first`);
    }
    const key = manifest.key;
    if (!key || !Array.isArray(key.policies) || key.policies.length === 0) throw new InputError(`${file}: malformed sweep manifest (no key.policies)`);
    if (!table('runs') || !table('timeseries')) throw new InputError(`${dir}: the sweep folder has no runs.${format} or timeseries.${format}`);
    return {
      dir,
      kind: 'sweep',
      manifest,
      policies: key.policies.map(String),
      replicates: Number(key.replicates) || 1,
      parameters: (Array.isArray(key.parameters) ? key.parameters : []).map((p: { path?: unknown }) => String(p?.path)),
      design: String(key.design ?? 'grid'),
      format,
      table,
    };
  }
  throw new InputError(`${dir}: not a partnersim results folder (manifest format ${JSON.stringify(manifest.format ?? null)}, expected ${MANIFEST_FORMAT} or ${SWEEP_MANIFEST_FORMAT})`);
}
