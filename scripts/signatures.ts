/**
 * `npm run signatures`: the signature table of the EU and North American scenarios
 * over 20 seeds (policy `partnership`, 20,000 migrants): for each origin and transit
 * state, the share of seeds in which it signs a partnership, the median quarter of
 * signature, and the seeds in which it refuses and stalls (src/validation/signatures.ts),
 * next to the observed record (src/validation/record.ts). Writes
 * docs/validation/signatures.json, with the model fingerprint and git commit it came
 * from; `npm run docs` renders it into docs/validation.md, so `npm test` never recomputes
 * it. About a minute and a half.
 *
 *   npm run signatures                      # 20 seeds from 1, 20,000 migrants
 *   npx tsx scripts/signatures.ts --seeds 5 --out /some/where.json
 */
import path from 'node:path';
import { writeFileAtomic } from '../src/io/atomic.js';
import { readModelRecord } from '../src/io/manifest.js';
import { EU_RECORD, NA_RECORD, type ObservedRecord } from '../src/validation/record.js';
import { runSet } from '../src/validation/runs.js';
import { signatureTable } from '../src/validation/signatures.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const k = args.indexOf(`--${name}`);
  return k >= 0 && args[k + 1] !== undefined ? args[k + 1] : fallback;
};
const seedCount = Number(option('seeds', '20'));
const migrants = Number(option('migrants', '20000'));
const out = option('out', path.join('docs', 'validation', 'signatures.json'));
if (!Number.isInteger(seedCount) || seedCount < 1 || !Number.isInteger(migrants) || migrants < 0) {
  console.error('signatures: --seeds expects a positive integer and --migrants a non-negative integer');
  process.exit(2);
}
const seeds = Array.from({ length: seedCount }, (_, k) => k + 1);
const policy = 'partnership';

async function table(record: ObservedRecord) {
  const set = await runSet({ scenario: record.scenario, policy, seeds, migrants });
  const s = set.scenario;
  return {
    scenario: record.scenario,
    start: s.start,
    stepsPerYear: s.stepsPerYear,
    steps: s.steps,
    rows: signatureTable(set.runs.map((r) => r.states), s, Object.keys(record.states)),
    record,
  };
}

const model = readModelRecord();
const data = {
  format: 'partnersim-signatures/1',
  model: { package: model.package, code: model.code, tree: model.tree, commit: model.git.commit, dirty: model.git.dirty },
  policy,
  seeds: { first: seeds[0], count: seeds.length },
  migrants,
  scenarios: [await table(EU_RECORD), await table(NA_RECORD)],
};
await writeFileAtomic(out, JSON.stringify(data, null, 2) + '\n');
console.log(`wrote ${out}: ${seeds.length} seeds, ${migrants} migrants, model ${model.code.slice(0, 19)}, commit ${model.git.commit ?? 'unknown'}${model.git.dirty ? ' (uncommitted changes)' : ''}`);
