/**
 * prim(table, options): the Patient Rule Induction Method (Friedman and Fisher 1999) as
 * used for scenario discovery (Bryant and Lempert 2010), with EMA Workbench's defaults.
 *
 * 1. Peeling: from the box of the whole data, take the best peel (peel.ts) as long as
 *    it keeps at least `massMin` of the data and raises the density; each box is a step
 *    of the trajectory.
 * 2. Pasting: from the last peeled box, take the best paste as long as it raises the
 *    density; the pasted boxes continue the trajectory.
 * 3. Choice: the knee of the trajectory (knee.ts), or step `box` when given.
 * 4. The chosen box's quasi-p-values (quasiP.ts) and its stability over resamples of
 *    half the data (resample.ts).
 * 5. Covering: the cases in the chosen box are set aside and the search runs again on
 *    the rest, up to `boxes` boxes; it stops early when no case of interest is left,
 *    when fewer than two cases are left, or when a later box restricts nothing.
 *
 * Pure: no I/O, no global randomness (resamples draw from createStream(seed, 'discovery/resample')).
 *
 * @example
 * const { boxes } = prim(table, { resamples: 10, seed: 1 });
 * boxes[0].stats; // { n, cases, coverage, density, mass, restricted }
 */
import { createStream } from '../engine/random.js';
import { InputError } from '../scenario/errors.js';
import { allRows, countCases, dataRanges, rowsInBox } from './box.js';
import { kneeStep } from './knee.js';
import type { Objective } from './peel.js';
import { quasiPValues } from './quasiP.js';
import { stability } from './resample.js';
import { peelingTrajectory } from './trajectory.js';
import type { CaseTable, Discovery, FoundBox } from './types.js';

export interface PrimOptions {
  /** share of the box's cases a peel removes (default 0.05) */
  peelAlpha?: number;
  /** share of the box's cases a paste adds (default 0.05) */
  pasteAlpha?: number;
  /** smallest box, as a share of the data searched (default 0.05) */
  massMin?: number;
  objective?: Objective;
  /** the step of the first box's trajectory to choose (default: its knee) */
  box?: number;
  /** how many boxes to search for, each covering cases the earlier ones missed (default 1) */
  boxes?: number;
  /** resamples of half the data for stability (default 10; 0: none) */
  resamples?: number;
  /** seed of the resamples (default 1) */
  seed?: number;
}

export const PRIM_DEFAULTS = { peelAlpha: 0.05, pasteAlpha: 0.05, massMin: 0.05, objective: 'lenient1' as Objective, boxes: 1, resamples: 10, seed: 1 };

type Settings = typeof PRIM_DEFAULTS;

function checkShare(name: string, x: number, open = false): void {
  if (!(x > 0 && (open ? x < 1 : x <= 1))) throw new InputError(`${name}: expected a share in (0, 1${open ? ')' : ']'}, got ${x}`);
}

export function prim(table: CaseTable, options: PrimOptions = {}): Discovery {
  const settings: Settings = { ...PRIM_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  checkShare('peelAlpha', settings.peelAlpha, true);
  checkShare('pasteAlpha', settings.pasteAlpha, true);
  checkShare('massMin', settings.massMin, true);
  if (!(Number.isInteger(settings.boxes) && settings.boxes >= 1)) throw new InputError(`boxes: expected a whole number >= 1, got ${settings.boxes}`);
  if (!(Number.isInteger(settings.resamples) && settings.resamples >= 0)) throw new InputError(`resamples: expected a whole number >= 0, got ${settings.resamples}`);
  const ranges = dataRanges(table);
  const all = allRows(table);
  const totalCases = countCases(table, all);
  const rng = createStream(settings.seed, 'discovery/resample');
  const boxes: FoundBox[] = [];
  let rows = all;
  while (boxes.length < settings.boxes) {
    const cases = countCases(table, rows);
    if (boxes.length > 0 && (cases === 0 || rows.length < 2)) break;
    const trajectory = peelingTrajectory(table, rows, ranges, settings);
    let step = kneeStep(trajectory.map((s) => s.stats));
    if (boxes.length === 0 && options.box !== undefined) {
      if (!(Number.isInteger(options.box) && options.box >= 0 && options.box < trajectory.length)) {
        throw new InputError(`--box: expected a step of the trajectory, 0 to ${trajectory.length - 1}, got ${options.box}`);
      }
      step = options.box;
    }
    const chosen = trajectory[step];
    if (boxes.length > 0 && chosen.stats.restricted === 0) break;
    const resampled = settings.resamples > 0 ? stability(table, rows, ranges, chosen.stats, settings, settings.resamples, rng) : undefined;
    boxes.push({
      index: boxes.length + 1,
      step,
      box: chosen.box,
      stats: chosen.stats,
      coverageTotal: totalCases > 0 ? chosen.stats.cases / totalCases : NaN,
      quasiP: quasiPValues(table, rows, chosen.box, ranges),
      stabilityCoverage: resampled?.coverage ?? ranges.map(() => NaN),
      stabilityDensity: resampled?.density ?? ranges.map(() => NaN),
      trajectory,
    });
    const inside = new Set(rowsInBox(table, rows, chosen.box));
    rows = rows.filter((i) => !inside.has(i));
  }
  return { method: 'prim', ranges, n: all.length, cases: totalCases, boxes };
}
