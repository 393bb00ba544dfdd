/**
 * `npm run validation:patterns`: computes the pass-rate table of docs/validation.md with
 * `partnersim patterns` (every variant, N = 64 points x 3 seeds, 10,000 migrants, two
 * workers, base seed 1) on the EU and North American scenarios and the TIP-like world,
 * and writes docs/data/pass-rates.csv (the rows of each pass-rates.csv) and
 * docs/data/pass-rates.json (the model fingerprint and settings they came from). The
 * sweeps stay in results/pass-rates/<scenario>, so a second call resumes them.
 * `npm run docs` renders the tables from these files; neither `npm test` nor
 * `npm run docs:check` runs this. Options: --samples N --seeds K --workers W
 * --migrants M --scenarios a,b.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFingerprint } from '../src/io/fingerprint.js';
import { passRatesCsv, type PassRateRow } from '../src/validation/passRates.js';
import { runPatterns } from '../src/validation/patternSweep.js';
import { variantNames } from '../src/validation/variants.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 && process.argv[k + 1] !== undefined ? process.argv[k + 1] : fallback;
};
const settings = {
  samples: Number(arg('samples', '64')),
  seeds: Number(arg('seeds', '3')),
  workers: Number(arg('workers', '2')),
  migrants: Number(arg('migrants', '10000')),
  seed: 1,
  variants: variantNames(),
  scenarios: arg('scenarios', 'eu-mobility-partnerships,north-america-rcm,tip-scorecard').split(','),
};
const rows: PassRateRow[] = [];
const skipped: { scenario: string; pattern: string; reason: string }[] = [];
const timings: Record<string, number> = {};
for (const scenario of settings.scenarios) {
  const t0 = Date.now();
  const result = await runPatterns({ scenario, variants: ['all'], samples: settings.samples, seeds: settings.seeds, workers: settings.workers, seed: settings.seed, out: path.join(root, 'results', 'pass-rates', scenario), migrants: settings.migrants, quiet: true });
  if (result.interrupted) process.exit(130);
  rows.push(...result.rates);
  skipped.push(...result.skipped.map((s) => ({ scenario, ...s })));
  timings[scenario] = Math.round((Date.now() - t0) / 1000);
  console.log(`${scenario}: ${result.runs} runs, ${timings[scenario]} s`);
}
const model = modelFingerprint();
writeFileSync(path.join(root, 'docs', 'data', 'pass-rates.csv'), passRatesCsv(rows));
writeFileSync(path.join(root, 'docs', 'data', 'pass-rates.json'), JSON.stringify({ model: { package: model.package, code: model.code, tree: model.tree }, settings, skipped, seconds: timings }, null, 2) + '\n');
console.log('wrote docs/data/pass-rates.csv and docs/data/pass-rates.json');
