/**
 * Persistence after withdrawal, per model variant (docs/ODD.md §7.14, §7.15): for the
 * policies partnership (for reference, at the same step), withdrawal (incentives stop) and full-withdrawal (every technology stops as
 * well), the mean responsibilisation R and mean effort over origin and transit states
 * at the step before the shock and at the last step, over several seeds, and the ratio
 * last / before; also among the states with R >= 0.3 before the shock.
 *
 * Usage: npx tsx scripts/persistence.ts [scenario] [--seeds 10] [--migrants 10000]
 */
import { VARIANTS, getPolicy, loadScenarioInput, parseScenario, shockStep, simulate } from '../src/index.js';

function option(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1] : fallback;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((s, v) => s + v, 0) / xs.length);
const round = (x: number) => Number(x.toFixed(3));

async function main() {
  const args = process.argv.slice(2);
  const ref = args.find((a, k) => !a.startsWith('--') && (k === 0 || !args[k - 1].startsWith('--'))) ?? 'eu-mobility-partnerships';
  const seeds = Number(option('seeds', '10'));
  const migrants = Number(option('migrants', '10000'));
  const { input, slug } = await loadScenarioInput(ref);
  for (const variant of VARIANTS) {
    for (const policy of ['partnership', 'withdrawal', 'full-withdrawal'] as const) {
      const scenario = parseScenario(input, { policy: getPolicy(policy), variant, migrants });
      const at = shockStep(scenario.shocks.withdrawal ?? { atShare: 0.5 }, scenario.steps);
      const R0: number[] = [];
      const R1: number[] = [];
      const a0: number[] = [];
      const a1: number[] = [];
      const hiR0: number[] = [];
      const hiR1: number[] = [];
      const hiA0: number[] = [];
      const hiA1: number[] = [];
      for (let seed = 1; seed <= seeds; seed++) {
        const { states } = simulate(scenario, { seed, runId: 'r', scenarioName: slug, policy, collectStates: true });
        const rows = states.filter((r) => String(r.roles) !== 'destination');
        const before = new Map(rows.filter((r) => r.step === at - 1).map((r) => [r.state, r]));
        for (const last of rows.filter((r) => r.step === scenario.steps - 1)) {
          const b = before.get(last.state)!;
          R0.push(Number(b.responsibilisation));
          R1.push(Number(last.responsibilisation));
          a0.push(Number(b.effort));
          a1.push(Number(last.effort));
          if (Number(b.responsibilisation) >= 0.3) {
            hiR0.push(Number(b.responsibilisation));
            hiR1.push(Number(last.responsibilisation));
            hiA0.push(Number(b.effort));
            hiA1.push(Number(last.effort));
          }
        }
      }
      process.stdout.write(
        JSON.stringify({
          scenario: slug,
          variant,
          policy,
          seeds,
          shockStep: at,
          meanR: [round(mean(R0)), round(mean(R1))],
          ratioR: round(mean(R1) / mean(R0)),
          meanEffort: [round(mean(a0)), round(mean(a1))],
          ratioEffort: round(mean(a1) / mean(a0)),
          highR: { stateRuns: hiR0.length, ratioR: round(mean(hiR1) / mean(hiR0)), effort: [round(mean(hiA0)), round(mean(hiA1))], ratioEffort: round(mean(hiA1) / mean(hiA0)) },
        }) + '\n',
      );
    }
  }
}

void main();
