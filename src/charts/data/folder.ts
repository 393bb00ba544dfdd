/**
 * Opening a results folder for charts: a `partnersim run` folder or a finished
 * `partnersim sweep` folder (CSV or Parquet tables), with the analysis tables that
 * `compare` (effects.csv) and `sensitivity` (sensitivity.csv) may have added; or a
 * finished `partnersim calibrate` folder (with predict's outputs when predict wrote
 * them there), or a folder of predict's outputs alone (predict.json, `predict --out`). A
 * missing or malformed folder throws an InputError: one line, exit code 2.
 *
 * @example
 * const folder = openResults('results/sweep-eu-mobility-partnerships-1');
 * folder.table('states'); // its states.csv or .parquet, or undefined
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SWEEP_MANIFEST_FORMAT } from '../../experiments/sweep.js';
import { CALIBRATION_MANIFEST_FORMAT } from '../../calibration/calibrate.js';
import { PREDICT_MANIFEST, PREDICT_MANIFEST_FORMAT } from '../../calibration/predictManifest.js';
import { MANIFEST_FORMAT, PATTERNS_MANIFEST_FORMAT } from '../../io/manifest.js';
import { InputError } from '../../scenario/errors.js';

export type TableName = 'timeseries' | 'states' | 'runs' | 'design' | 'effects' | 'sensitivity' | 'pass-rates';

export interface ResultsFolder {
  dir: string;
  /** a calibration folder (calibrate) or a folder of predict's outputs alone (predict --out) hold no runs; a `partnersim patterns` folder holds pass rates only */
  kind: 'run' | 'sweep' | 'calibration' | 'predict' | 'patterns';
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
  const none = (): string | undefined => undefined;
  if (!existsSync(file) && existsSync(path.join(dir, PREDICT_MANIFEST))) {
    const predict = readJson(path.join(dir, PREDICT_MANIFEST));
    if (predict.format !== PREDICT_MANIFEST_FORMAT) throw new InputError(`${path.join(dir, PREDICT_MANIFEST)}: not the manifest of partnersim predict (format ${JSON.stringify(predict.format ?? null)})`);
    return { dir, kind: 'predict', manifest: predict, policies: [], replicates: 1, parameters: [], design: 'predict', format: 'csv', table: none };
  }
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
  if (manifest.format === CALIBRATION_MANIFEST_FORMAT) {
    if (manifest.status === 'running') throw new InputError(`${dir}: the calibration has not finished (finish it with partnersim calibrate ... --resume first)`);
    const parameters = Array.isArray(manifest.parameters) ? manifest.parameters.map((p: { path?: unknown }) => String(p?.path)) : [];
    return { dir, kind: 'calibration', manifest, policies: [String(manifest.key?.policy ?? 'partnership')], replicates: 1, parameters, design: 'calibration', format: 'csv', table: none };
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
  throw new InputError(`${dir}: not a partnersim results folder (manifest format ${JSON.stringify(manifest.format ?? null)}, expected ${MANIFEST_FORMAT}, ${SWEEP_MANIFEST_FORMAT} or ${CALIBRATION_MANIFEST_FORMAT})`);
}

function readJson(file: string): Record<string, any> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${file}: expected a JSON object`);
  return value as Record<string, any>;
}
