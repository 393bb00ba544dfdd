/**
 * How many migrants a calibration of the EU scenario to scenarios/targets/eu-to-2011.ts
 * needs: the same prior draws and seeds run at several migrant counts (each run stopped
 * at the targets' horizon, as calibrate runs them), and each count's target scores
 * compared with those of the scenario's own count (100,000). Prints a Markdown table:
 * per count, the milliseconds per run, the share of (draw, target) pairs met at that
 * count exactly when they are met at 100,000, the mean absolute difference of the
 * combined distance (targets scaled as calibrate scales them: by the median absolute
 * deviation of the scores at 100,000) and its rank correlation with the distances at
 * 100,000. The times are of one thread on a shared machine: a guide, not a benchmark.
 *
 *   npx tsx scripts/calibration-migrants.ts [--draws 40]
 */
import { combinedDistance } from '../src/calibration/abcSmc.js';
import { targetsHorizon } from '../src/calibration/horizon.js';
import { loadTargets } from '../src/calibration/loadTargets.js';
import { samplePrior } from '../src/calibration/priors.js';
import { summariseCompact } from '../src/calibration/runSummary.js';
import { resolveTargets, scoreRun } from '../src/calibration/score.js';
import { madScale } from '../src/calibration/weighted.js';
import { createStream } from '../src/engine/random.js';
import { normalisePath } from '../src/experiments/parameters.js';
import { runExperiment, type SweepContext } from '../src/experiments/runExperiment.js';
import { loadScenario } from '../src/scenario/load.js';

const args = process.argv.slice(2);
const k = args.indexOf('--draws');
const draws = k >= 0 ? Number(args[k + 1]) : 40;
const COUNTS = [250, 500, 1000, 2000, 5000, 20000, 100000];
const REFERENCE = 100000;

const { targets } = await loadTargets('scenarios/targets/eu-to-2011.ts');
const paths = targets.parameters.map((p) => normalisePath(p.path, 'parameters'));
const random = createStream('migrant-study', 'prior');
const thetas = Array.from({ length: draws }, () => targets.parameters.map((p) => samplePrior(p.prior, random)));

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let m = i; m <= j; m++) out[order[m][1]] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

function spearman(a: readonly number[], b: readonly number[]): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (ra.length - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - mean) * (rb[i] - mean);
    da += (ra[i] - mean) ** 2;
    db += (rb[i] - mean) ** 2;
  }
  return num / Math.sqrt(da * db);
}

const scoresAt = new Map<number, number[][]>();
const msAt = new Map<number, number>();
// the first count runs twice, the first time untimed: its time would include compiling the model
for (const migrants of [COUNTS[0], ...COUNTS]) {
  const loaded = await loadScenario('eu-mobility-partnerships', { migrants });
  const base = loaded.base;
  const calendar = { start: base.start, stepsPerYear: base.stepsPerYear };
  const origins = base.states.filter((s) => !s.roles.includes('destination') || s.roles.length > 1).map((s) => s.id);
  const resolved = resolveTargets(targets, { calendar, steps: base.steps, states: origins, allStates: base.states.map((s) => s.id) });
  const context: SweepContext = { input: base, file: loaded.file, slug: loaded.slug, collectStates: true, stopAfter: targetsHorizon(resolved, calendar, base.steps), compact: { indicators: [] } };
  const t0 = performance.now();
  scoresAt.set(
    migrants,
    thetas.map((theta, d) => {
      const output = runExperiment(context, { id: `d${d}`, point: d, policy: 'partnership', replicate: 1, seed: 1000 + d, values: Object.fromEntries(paths.map((p, j) => [p, theta[j]])) });
      return scoreRun(resolved, summariseCompact(output.compact!), calendar);
    }),
  );
  msAt.set(migrants, (performance.now() - t0) / draws);
}

const reference = scoresAt.get(REFERENCE)!;
const weights = targets.targets.map((t) => t.weight);
const scales = targets.targets.map((_, t) => madScale(reference.map((s) => s[t])));
const distance = (s: number[]) => combinedDistance(s, scales, weights);
const refDistances = reference.map(distance);
console.log(`${draws} prior draws of eu-to-2011's parameters, seeds 1000–${999 + draws}, runs stopped at the targets' horizon; reference: ${REFERENCE.toLocaleString('en')} migrants.\n`);
console.log('| migrants | ms per run (one thread) | (draw, target) met as at 100,000 | mean abs. difference of the distance | rank correlation of the distance |');
console.log('|---|---|---|---|---|');
for (const migrants of COUNTS) {
  const scores = scoresAt.get(migrants)!;
  let same = 0;
  let pairs = 0;
  scores.forEach((s, d) => s.forEach((v, t) => ((pairs += 1), (same += (v === 0) === (reference[d][t] === 0) ? 1 : 0))));
  const distances = scores.map(distance);
  const diff = distances.reduce((sum, v, d) => sum + Math.abs(v - refDistances[d]), 0) / draws;
  console.log(`| ${migrants.toLocaleString('en')} | ${msAt.get(migrants)!.toFixed(1)} | ${((100 * same) / pairs).toFixed(1)}% | ${diff.toFixed(3)} | ${spearman(distances, refDistances).toFixed(3)} |`);
}
const meanRef = refDistances.reduce((a, b) => a + b, 0) / draws;
console.log(`\nMean distance at ${REFERENCE.toLocaleString('en')} migrants: ${meanRef.toFixed(3)}.`);
