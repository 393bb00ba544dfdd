/**
 * `npm run bench:scaling`: run time against the number of migrants (10^4 to 10^7, the
 * default scenario) and of states (16 to 1,000, the stylised scenario), printed as
 * markdown tables with the cost per migrant-step and per state-step, so that linear
 * growth in migrants and at most n log n growth in states can be read off.
 */
import { loadScenario, simulate } from '../dist/src/index.js';
import { median } from './stats.js';

const STEPS = 16;

async function seconds(ref: string, options: { migrants: number; states?: number }, repeats: number): Promise<number> {
  const { base, slug } = await loadScenario(ref, { migrants: options.migrants, steps: STEPS });
  const scenario = options.states && base.generate ? { ...base, generate: { ...base.generate, states: options.states } } : base;
  const times: number[] = [];
  for (let k = 0; k <= repeats; k++) {
    const t0 = performance.now();
    simulate(scenario, { seed: k + 1, runId: 'scaling', scenarioName: slug, policy: 'partnership', collectStates: false });
    if (k > 0) times.push((performance.now() - t0) / 1000);
  }
  return median(times).median;
}

const lines: string[] = [];
lines.push(`Migrants (default scenario, 18 states, ${STEPS} steps; median of 3 runs after a warm-up):`, '');
lines.push('| migrants | run time (s) | ns per migrant-step | ratio to the previous row (time) |', '|---:|---:|---:|---:|');
let previous = 0;
for (const migrants of [1e4, 1e5, 1e6, 1e7]) {
  const s = await seconds('eu-mobility-partnerships', { migrants }, migrants >= 1e7 ? 1 : 3);
  lines.push(`| ${migrants.toLocaleString('en')} | ${s.toFixed(3)} | ${((s / (migrants * STEPS)) * 1e9).toFixed(1)} | ${previous ? (s / previous).toFixed(2) : ''} |`);
  previous = s;
}
lines.push('', `States (stylised scenario, 10,000 migrants, ${STEPS} steps):`, '');
lines.push('| states | run time (s) | µs per state-step | µs per state-step / log2(states) |', '|---:|---:|---:|---:|');
for (const states of [16, 64, 250, 1000]) {
  const s = await seconds('stylised', { migrants: 10000, states }, 3);
  const perState = (s / (states * STEPS)) * 1e6;
  lines.push(`| ${states} | ${s.toFixed(3)} | ${perState.toFixed(1)} | ${(perState / Math.log2(states)).toFixed(2)} |`);
}
console.log(lines.join('\n'));
