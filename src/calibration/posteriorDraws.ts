/**
 * posteriorPoints(options): M draws from a calibration's posterior population as the
 * points of a sweep (`compare --posterior <calibration-dir> --draws M`), taken as
 * predict.ts takes them: systematic resampling by weight from one seeded uniform. Draw d
 * is point d with the particle's calibrated values and role `{ draw, particle }`; each
 * replicate of a draw has one seed, shared by every policy (common random numbers).
 *
 * The scenario must be the one calibrated: its hash at the calibration's steps and
 * migrants must be the calibration's (an input error otherwise).
 *
 * @example
 * const posterior = await posteriorPoints({ dir: 'results/calibrate-stylised-1', draws: 20, seed: 1, scenario: 'stylised' });
 * posterior.points.length; // 20
 */
import { createStream } from '../engine/random.js';
import type { PosteriorPoints } from '../experiments/sweep.js';
import { InputError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { scenarioHash } from '../scenario/loader.js';
import { readCalibrationFolder, readParticles } from './particlesFile.js';
import { systematicResample } from './predict.js';

export interface PosteriorPointsOptions {
  /** the calibration folder */
  dir: string;
  draws: number;
  /** seed of the resampling (the sweep's base seed) */
  seed: number;
  /** the scenario the sweep runs (file or bundled name) */
  scenario: string;
  /** how the folder is named in messages (default: dir) */
  label?: string;
}

export async function posteriorPoints(options: PosteriorPointsOptions): Promise<PosteriorPoints> {
  const label = options.label ?? options.dir;
  const folder = readCalibrationFolder(options.dir);
  const { key } = folder.manifest;
  const paths = folder.manifest.parameters.map((p) => p.path);
  const generation = folder.manifest.posteriorGeneration;
  if (generation === null) throw new InputError(`--posterior ${label}: the calibration accepted no particles`);
  const particles = readParticles(options.dir, generation, paths);
  if (particles.length === 0) throw new InputError(`--posterior ${label}: no particles in generation ${generation}`);
  const calibrated = await loadScenario(options.scenario, { steps: key.steps, migrants: key.migrants });
  if (scenarioHash(calibrated.base) !== key.scenarioHash) {
    throw new InputError(`--posterior ${label}: the calibration ran another scenario (or an earlier version of ${options.scenario}); compare the scenario it calibrated (${folder.manifest.scenario.file})`);
  }
  const picks = systematicResample(particles.map((p) => p.weight), options.draws, createStream(`posterior/${options.seed}`, 'resample').next());
  const points = picks.map((k, d) => ({ index: d, values: Object.fromEntries(paths.map((p, j) => [p, particles[k].theta[j]])), role: { draw: d, particle: particles[k].particle } }));
  return { dir: label, generation, draws: options.draws, paths, points };
}
