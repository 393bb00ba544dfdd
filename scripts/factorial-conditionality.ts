/**
 * The factorial decomposition of the built-in `conditionality` into its six components
 * (src/scenario/builtinComponents.ts) on the EU scenario: the full 2^6 design, each
 * cell at the same seeds, main effects and two-way interactions on the final mean
 * responsibilisation, mean effort, partners and irregular arrivals. Writes
 * docs/validation/factorial-conditionality.json, which `npm run docs` renders into
 * docs/validation.md (so neither `npm test` nor `npm run docs` reruns the model).
 *
 *   npx tsx scripts/factorial-conditionality.ts --replicates 5 --migrants 10000 --workers 2
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { factorialSweep } from '../src/analysis/factorialSweep.js';
import { runSweep } from '../src/experiments/sweep.js';
import { modelKey } from '../src/io/fingerprint.js';
import { CONDITIONALITY_COMPONENTS } from '../src/scenario/builtinComponents.js';

function option(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k < 0 ? fallback : Number(process.argv[k + 1]);
}

const replicates = option('replicates', 5);
const migrants = option('migrants', 10000);
const workers = option('workers', 2);
const seed = option('seed', 1);
const scenario = 'eu-mobility-partnerships';
const indicators = ['mean_responsibilisation', 'mean_effort', 'partners', 'irregular_arrivals'];
const dir = mkdtempSync(path.join(os.tmpdir(), 'partnersim-factorial-'));
try {
  const out = path.join(dir, 'sweep');
  const summary = await runSweep({ scenario, policies: [], factorial: [...CONDITIONALITY_COMPONENTS], replicates, design: 'grid', ranges: [], samples: 1, workers, seed, out, resume: false, format: 'csv', states: false, migrants, quiet: true });
  if (summary.failed > 0) throw new Error(`${summary.failed} runs failed`);
  const result = await factorialSweep({ dir: out, indicators, at: { kind: 'final' }, formats: ['csv'] });
  const data = {
    scenario,
    components: [...CONDITIONALITY_COMPONENTS],
    design: 'full 2^6 (64 cells)',
    replicates,
    migrants,
    seed,
    at: 'final',
    adjust: 'holm',
    model: modelKey().package,
    runs: summary.completed,
    command: `npx tsx scripts/factorial-conditionality.ts --replicates ${replicates} --migrants ${migrants} --workers ${workers}`,
    rows: result.rows.map((r) => ({ indicator: r.indicator, kind: r.kind, effect: r.name, n: r.n, estimate: r.estimate, low: r.interval?.low, high: r.interval?.high, pAdjusted: r.pAdjusted })),
  };
  writeFileSync(path.join('docs', 'validation', 'factorial-conditionality.json'), JSON.stringify(data, null, 2) + '\n');
  console.log(`wrote docs/validation/factorial-conditionality.json: ${summary.completed} runs in ${(summary.wallMs / 1000).toFixed(0)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
