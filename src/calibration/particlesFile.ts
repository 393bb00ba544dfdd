/**
 * Reads a calibration folder back: its manifest and the particles of one generation
 * from particles.csv (for `predict`, notebooks and posterior-as-prior chaining).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../scenario/errors.js';
import type { CalibrationKey } from './calibrate.js';
import { CALIBRATION_MANIFEST_FORMAT } from './calibrate.js';

export interface CalibrationFolder {
  dir: string;
  manifest: {
    key: CalibrationKey;
    status: string;
    posteriorGeneration: number | null;
    scenario: { file: string; hash: string; steps: number; migrants: number };
    parameters: { path: string }[];
  };
}

export function readCalibrationFolder(dir: string): CalibrationFolder {
  if (!existsSync(dir)) throw new InputError(`${dir}: no such folder`);
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new InputError(`${dir}: holds no calibration (no manifest.json; expected the output folder of partnersim calibrate)`);
  let manifest: CalibrationFolder['manifest'] & { format?: string };
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as typeof manifest;
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  if (manifest.format !== CALIBRATION_MANIFEST_FORMAT) throw new InputError(`${file}: not the manifest of a calibration`);
  if (manifest.status === 'running') throw new InputError(`${dir}: the calibration has not finished (finish it with partnersim calibrate ... --resume)`);
  return { dir, manifest };
}

export interface StoredParticle {
  particle: number;
  weight: number;
  theta: number[];
}

/** The particles of generation g, in file order. */
export function readParticles(dir: string, generation: number, paths: readonly string[]): StoredParticle[] {
  const file = path.join(dir, 'particles.csv');
  if (!existsSync(file)) throw new InputError(`${dir}: no particles.csv`);
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    throw new InputError(`${file}: malformed table (${(error as Error).message.split('\n')[0]})`);
  }
  const missing = paths.find((p) => rows.length > 0 && !(p in rows[0]));
  if (missing) throw new InputError(`${file}: no column "${missing}"`);
  const out = rows
    .filter((r) => Number(r.generation) === generation)
    .map((r, i) => {
      const values = [r.weight, ...paths.map((p) => r[p])].map(Number);
      if (values.some((v) => !Number.isFinite(v))) throw new InputError(`${file}: particle ${r.particle} of generation ${generation}: a value is not a number`);
      return { particle: Number(r.particle ?? i), weight: values[0], theta: values.slice(1) };
    });
  if (out.length === 0) throw new InputError(`${file}: no particles in generation ${generation}`);
  return out;
}
