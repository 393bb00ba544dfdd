/**
 * The data of the calibration charts: the posterior generation's weighted particles and
 * the parameters' priors (a calibration folder's manifest.json and particles.csv), and
 * the posterior predictive of the states' statuses with the targets' dates
 * (predict.json and predict-states.csv, in the calibration folder or predict's --out).
 * Malformed files are InputErrors naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { readParticles } from '../../calibration/particlesFile.js';
import { PREDICT_MANIFEST, type PredictManifest } from '../../calibration/predictManifest.js';
import type { Prior } from '../../calibration/priors.js';
import { InputError } from '../../scenario/errors.js';
import type { ResultsFolder } from './folder.js';
import type { PosteriorParameter, PosteriorParticle } from '../kinds/posterior.js';
import type { ObservedDate, PredictiveRow } from '../kinds/predictive.js';

export interface PosteriorData {
  generation: number;
  parameters: PosteriorParameter[];
  particles: PosteriorParticle[];
}

/** The posterior generation's particles, or the reason there are none. */
export function readPosterior(folder: ResultsFolder): PosteriorData | string {
  if (folder.kind !== 'calibration') return 'not a calibration folder (the output folder of partnersim calibrate)';
  const generation = folder.manifest.posteriorGeneration;
  if (typeof generation !== 'number') return 'the calibration accepted no particles';
  const listed = folder.manifest.parameters as { path: string; prior: Prior }[];
  const parameters = listed.map((p) => ({ path: p.path, prior: p.prior }));
  const particles = readParticles(folder.dir, generation, parameters.map((p) => p.path)).map((p) => ({ theta: p.theta, weight: p.weight }));
  return { generation, parameters, particles };
}

export interface PredictiveData {
  manifest: PredictManifest;
  rows: PredictiveRow[];
  observed: ObservedDate[];
}

/** The predicted status shares and the targets' dates, or the reason there are none. */
export function readPredictive(folder: ResultsFolder): PredictiveData | string {
  const manifestFile = path.join(folder.dir, PREDICT_MANIFEST);
  const table = path.join(folder.dir, 'predict-states.csv');
  if (folder.kind !== 'calibration' && folder.kind !== 'predict') return 'not a calibration or predict folder';
  if (!existsSync(manifestFile) || !existsSync(table)) return `no ${PREDICT_MANIFEST} and predict-states.csv (run partnersim predict on the calibration first)`;
  const manifest = folder.kind === 'predict' ? (folder.manifest as PredictManifest) : (JSON.parse(readFileSync(manifestFile, 'utf8')) as PredictManifest);
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(table, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    throw new InputError(`${table}: malformed table (${(error as Error).message.split('\n')[0]})`);
  }
  const rows = records.map((r, i) => {
    const step = Number(r.step);
    const share = Number(r.share);
    if (!r.state || !r.status || !Number.isInteger(step) || !Number.isFinite(share)) throw new InputError(`${table}: row ${i + 2}: expected state, step, status and share`);
    return { state: r.state, step, status: r.status, share };
  });
  const observed = (manifest.observed ?? []).map((o) => ({ state: o.state, kind: o.kind, step: o.step, tolerance: o.tolerance, role: 'target' as const }));
  return { manifest, rows, observed };
}
