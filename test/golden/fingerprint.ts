/**
 * Golden fingerprints: the SHA-256 of timeseries.csv and states.csv of each shipped
 * scenario at a fixed seed. They change only when the model's behaviour changes; then
 * `npm run golden:update` rewrites them, on purpose, in a commit that says why.
 */
import { createHash } from 'node:crypto';
import { bundledScenarios, formatCsv, loadScenario, simulate, STATE_COLUMNS, TIMESERIES_COLUMNS } from '../../src/index.js';

export const GOLDEN_SEED = 1;
export const GOLDEN_MIGRANTS = 5000;

export interface Fingerprint {
  timeseries: string;
  states: string;
  final: { partners: number; mean_effort: number; mean_responsibilisation: number };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function fingerprint(name: string): Promise<Fingerprint> {
  const { scenario, slug, policy } = await loadScenario(name, { migrants: GOLDEN_MIGRANTS });
  const result = simulate(scenario, { seed: GOLDEN_SEED, runId: `${slug}-golden`, scenarioName: slug, policy: policy.name });
  const last = result.timeseries[result.timeseries.length - 1];
  return {
    timeseries: sha256(formatCsv(TIMESERIES_COLUMNS, result.timeseries)),
    states: sha256(formatCsv(STATE_COLUMNS, result.states)),
    final: {
      partners: last.partners,
      mean_effort: Number(last.mean_effort.toFixed(6)),
      mean_responsibilisation: Number(last.mean_responsibilisation.toFixed(6)),
    },
  };
}

export async function allFingerprints(): Promise<Record<string, Fingerprint>> {
  const out: Record<string, Fingerprint> = {};
  for (const name of bundledScenarios()) out[name] = await fingerprint(name);
  return out;
}
