/**
 * Measures how far responsibilisation and effort come apart (docs/ODD.md §7.3, §7.7),
 * on a scenario over several seeds:
 *
 *   - corr(R, effort) at the last step, over every origin and transit state of every
 *     seed, and over those engaged at the end (dialogue, agenda, candidate, partner);
 *   - signed states (partner at some step) that keep effort < 0.3 for 8 quarters or
 *     more in a row after signing (decoupling: commitment without conduct);
 *   - states with R >= 0.5 and effort < 0.35 for 4 quarters or more in a row.
 *
 * Usage: npx tsx scripts/decoupling.ts [scenario] [--seeds 10] [--migrants 10000]
 *          [--variant V] [--policy P] [--set path=value ...]
 */
import { applyPoint } from '../src/experiments/parameters.js';
import { loadScenario, parseScenario, simulate } from '../src/index.js';

function option(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** The longest run of consecutive steps at which `holds` is true. */
function longestRun(flags: readonly boolean[]): number {
  let best = 0;
  let run = 0;
  for (const f of flags) {
    run = f ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

const ENGAGED = new Set(['dialogue', 'agenda', 'candidate', 'partner']);

async function main() {
  const args = process.argv.slice(2);
  const positional = args.find((a, k) => !a.startsWith('--') && (k === 0 || !args[k - 1].startsWith('--')));
  const scenarioRef = positional ?? 'eu-mobility-partnerships';
  const seeds = Number(option('seeds', '10'));
  const migrants = Number(option('migrants', '10000'));
  const variant = process.argv.includes('--variant') ? (option('variant', 'governmentality') as 'governmentality') : undefined;
  const policyName = option('policy', 'partnership');
  const loaded = await loadScenario(scenarioRef, { migrants, policy: policyName, ...(variant ? { variant } : {}) });
  const { slug } = loaded;
  const sets = process.argv.flatMap((a, k) => (a === '--set' ? [process.argv[k + 1]] : []));
  const values = Object.fromEntries(sets.map((s) => [s.split('=')[0], Number(s.split('=')[1])]));
  const scenario = sets.length > 0 ? parseScenario(applyPoint(loaded.scenario, values)) : loaded.scenario;
  const endR: number[] = [];
  const endA: number[] = [];
  const engR: number[] = [];
  const engA: number[] = [];
  let signed = 0;
  let decoupledSigned = 0;
  let highRLowEffort = 0;
  let reachedHighR = 0;
  let stateRuns = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const result = simulate(scenario, { seed, runId: `${slug}-${seed}`, scenarioName: slug, policy: policyName, collectStates: true });
    const byState = new Map<string, typeof result.states>();
    for (const row of result.states) {
      if (String(row.roles) === 'destination') continue;
      const list = byState.get(String(row.state)) ?? [];
      list.push(row);
      byState.set(String(row.state), list);
    }
    for (const rows of byState.values()) {
      stateRuns += 1;
      const last = rows[rows.length - 1];
      const R = Number(last.responsibilisation);
      const a = Number(last.effort);
      endR.push(R);
      endA.push(a);
      if (ENGAGED.has(String(last.status))) {
        engR.push(R);
        engA.push(a);
      }
      const firstSigned = rows.findIndex((r) => r.status === 'partner');
      if (firstSigned >= 0) {
        signed += 1;
        const after = rows.slice(firstSigned).map((r) => (r.status === 'partner' || r.status === 'suspended') && Number(r.effort) < 0.3);
        if (longestRun(after) >= 8) decoupledSigned += 1;
      }
      if (longestRun(rows.map((r) => Number(r.responsibilisation) >= 0.5 && Number(r.effort) < 0.35)) >= 4) highRLowEffort += 1;
      if (rows.some((r) => Number(r.responsibilisation) >= 0.5)) reachedHighR += 1;
    }
  }
  const out = {
    scenario: slug,
    variant: scenario.variant,
    policy: policyName,
    ...(sets.length > 0 ? { set: values } : {}),
    seeds,
    migrants,
    stateRuns,
    corrAll: Number(pearson(endR, endA).toFixed(3)),
    engagedAtEnd: engR.length,
    corrEngaged: Number(pearson(engR, engA).toFixed(3)),
    signedStateRuns: signed,
    signedLowEffort8: decoupledSigned,
    highRLowEffort4: highRLowEffort,
    reachedR05: reachedHighR,
    meanFinalR: Number((endR.reduce((s, v) => s + v, 0) / endR.length).toFixed(4)),
    meanFinalEffort: Number((endA.reduce((s, v) => s + v, 0) / endA.length).toFixed(4)),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

void main();
