/**
 * The file the explorer's "export" downloads: what one side of the page ran and what it
 * showed, enough for `partnersim run --from FILE` to write the same timeseries.csv
 * byte for byte and for the page to load the run again.
 *
 * - `scenario`: the scenario as the command line validated it (JSON), with its short name;
 * - `policy`: the policy as data, its override holding the levers moved in the page;
 * - `seed`, `steps` (the horizon), `migrants`, and `step`: how many steps were run;
 * - `package`: name and version of partnersim, and the git commit when known;
 * - `scenarioHash`: the content hash of the scenario the engine ran (policy applied);
 * - `indicatorsHash`: SHA-256 of the timeseries.csv of the steps run.
 *
 * Runs in the page and in Node alike.
 */
import { z } from 'zod';
import { TIMESERIES_COLUMNS, type TimeseriesRow } from '../indicators/columns.js';
import { formatCsv } from '../io/csv.js';
import { sha256Hex } from '../io/sha256.js';
import { InputError } from '../scenario/errors.js';
import type { ScenarioInput } from '../scenario/schema.js';
import { policyDataSchema, settingsSchema, type PolicyData, type RunSettings } from './settings.js';

export const EXPORT_FORMAT = 'partnersim-explorer-run/1';

export interface ExportedRun {
  format: typeof EXPORT_FORMAT;
  package: { name: string; version: string; commit: string | null };
  scenario: { slug: string; input: ScenarioInput };
  /** the settings of the side, so that the page can show them again */
  settings: RunSettings;
  /** the policy as the engine ran it (levers merged) */
  policy: PolicyData;
  seed: number;
  steps: number;
  migrants: number;
  step: number;
  scenarioHash: string;
  indicatorsHash: string;
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hexadecimal digits');

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
  package: z.strictObject({ name: z.string(), version: z.string(), commit: z.string().nullable() }),
  scenario: z.strictObject({
    slug: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, 'expected a scenario short name'),
    input: z.record(z.string(), z.unknown()),
  }),
  settings: settingsSchema,
  policy: policyDataSchema,
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  steps: z.number().int().min(1).max(100_000),
  migrants: z.number().int().min(0).max(100_000_000),
  step: z.number().int().min(0),
  scenarioHash: hex64,
  indicatorsHash: hex64,
});

/** The timeseries.csv text of some rows: what `run` writes. */
export function timeseriesCsv(rows: readonly TimeseriesRow[]): string {
  return formatCsv(TIMESERIES_COLUMNS, rows);
}

/** SHA-256 of the timeseries.csv of some rows. */
export function indicatorsHash(rows: readonly TimeseriesRow[]): string {
  return sha256Hex(timeseriesCsv(rows));
}

/**
 * Reads an exported file's text; throws an InputError naming `file` and the field on
 * anything malformed (not JSON, a missing or mistyped field, a step past the horizon).
 * The scenario and policy inside are validated when they are run.
 */
export function parseExport(text: string, file: string): ExportedRun {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not a partnersim export (invalid JSON: ${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${file}: not a partnersim export (expected a JSON object)`);
  const result = exportSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.join('.') || 'file';
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problem${result.error.issues.length > 2 ? 's' : ''})` : '';
    throw new InputError(`${file}: ${where}: ${issue.message}${more}`);
  }
  const run = result.data as ExportedRun;
  for (const key of ['seed', 'steps', 'migrants'] as const) {
    if (run[key] !== run.settings[key]) throw new InputError(`${file}: ${key}: ${run[key]} disagrees with settings.${key} (${run.settings[key]})`);
  }
  if (run.step > run.steps) throw new InputError(`${file}: step: ${run.step} is past the horizon of ${run.steps} steps`);
  return run;
}
