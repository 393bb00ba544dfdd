/**
 * `npm run figures`: rebuilds the README's figures in docs/figures/ from a small
 * deterministic sweep of the default scenario (four policies, five replicates, seed 1,
 * 20,000 migrants, with states): the time series of mean responsibilisation by policy,
 * and the partnership status timeline under `partnership`. SVG and PNG (144 dpi).
 * The same code and seed give the same files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawCharts } from '../src/charts/drawCharts.js';
import { runCli } from '../src/cli/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'docs', 'figures');
const tmp = mkdtempSync(path.join(tmpdir(), 'partnersim-figures-'));
const sweep = path.join(tmp, 'sweep');
const out = path.join(tmp, 'charts');

try {
  const args = ['sweep', 'eu-mobility-partnerships', '--policies', 'partnership,conditionality,no-benchmarking,withdrawal', '-r', '5', '--migrants', '20000', '--states', '--seed', '1', '-q', '--out', sweep];
  const code = await runCli(args, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: root });
  if (code !== 0) throw new Error(`partnersim ${args.join(' ')} exited ${code}`);
  const common = { dir: sweep, formats: ['svg', 'png'] as const, out, scale: 2 };
  await drawCharts({ ...common, kinds: ['timeseries'], indicators: ['mean_responsibilisation'], width: 260, height: 150 });
  await drawCharts({ ...common, kinds: ['states'], policies: ['partnership'] });
  mkdirSync(target, { recursive: true });
  const copies: [string, string][] = [
    ['timeseries', 'responsibilisation-by-policy'],
    ['states-timeline', 'status-timeline'],
  ];
  for (const [from, to] of copies) {
    for (const ext of ['svg', 'png']) {
      copyFileSync(path.join(out, `${from}.${ext}`), path.join(target, `${to}.${ext}`));
      console.log(`wrote docs/figures/${to}.${ext}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
