/**
 * Loads scenario files: TypeScript or JavaScript (a `defineScenario` default export,
 * run in a read-only child process with a time limit) or JSON, by path or by the name
 * of a bundled scenario.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from './errors.js';
import { loadDefaultExport } from './isolatedLoad.js';
import type { ScenarioInput } from './schema.js';

/** The root of the partnersim package (the folder of its package.json), from src/ or dist/src/. */
export const PACKAGE_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

/** The folder of the scenarios shipped with partnersim. */
export const BUNDLED_SCENARIO_DIR = path.join(PACKAGE_ROOT, 'scenarios');

/** The default scenario, run when none is named. */
export const DEFAULT_SCENARIO = 'eu-mobility-partnerships';

export interface LoadedInput {
  /** The file as the user named it (used in error messages). */
  file: string;
  /** The absolute path of the file that was read. */
  path: string;
  /** The scenario's short name: the file name without extension. */
  slug: string;
  input: ScenarioInput;
}

/** Names of the bundled scenarios, e.g. `eu-mobility-partnerships`. */
export function bundledScenarios(): string[] {
  if (!existsSync(BUNDLED_SCENARIO_DIR)) return [];
  return readdirSync(BUNDLED_SCENARIO_DIR)
    .filter((f) => /\.(ts|json)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.(ts|json)$/, ''))
    .sort();
}

/** Resolves a path or a bundled scenario name to an existing file. */
export function resolveScenarioFile(ref: string): string {
  if (existsSync(ref) && /\.(ts|mts|js|mjs|json)$/.test(ref)) return ref;
  if (!/[\\/]/.test(ref) && !/\.\w+$/.test(ref)) {
    for (const ext of ['.ts', '.json']) {
      const candidate = path.join(BUNDLED_SCENARIO_DIR, ref + ext);
      if (existsSync(candidate)) return candidate;
    }
    throw new InputError(`${ref}: no such scenario (bundled: ${bundledScenarios().join(', ')}; or give a path to a .ts or .json file)`);
  }
  if (!existsSync(ref)) throw new InputError(`${ref}: no such file`);
  throw new InputError(`${ref}: expected a .ts, .js or .json scenario file`);
}

function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

function firstLine(message: string): string {
  return message.split('\n').find((l) => l.trim().length > 0)?.trim() ?? message;
}

export { describeLoadError } from './isolatedLoad.js';

export interface LoadInputOptions {
  /** Time limit of a code scenario's loading, in ms (default: PARTNERSIM_LOAD_TIMEOUT seconds, else 10 s). */
  timeoutMs?: number;
}

/**
 * Reads a config file and returns its raw content, not yet validated. A JSON file is
 * parsed and runs no code; a .ts, .mts, .js or .mjs file is code, run in a child process
 * that may read files but not write them, within a time limit. `what` names the expected
 * default export in errors (`defineScenario(...)`, `definePolicy(...)`): scenario and
 * policy files load alike.
 */
export async function loadConfigFile(file: string, ref: string, what: string, options: LoadInputOptions = {}): Promise<unknown> {
  if (file.endsWith('.json')) {
    const text = readFileSync(file, 'utf8');
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      throw new InputError(`${ref}: invalid JSON${jsonPosition(text, message)}: ${firstLine(message)}`);
    }
  }
  // Code runs in a child process, read-only and within a time limit (src/scenario/isolatedLoad.ts).
  return loadDefaultExport(file, { label: ref, timeoutMs: options.timeoutMs, expected: what });
}

/** Reads a scenario file and returns its raw input (not yet validated); see loadConfigFile. */
export async function loadScenarioInput(ref: string, options: LoadInputOptions = {}): Promise<LoadedInput> {
  const file = resolveScenarioFile(ref);
  const slug = path.basename(file).replace(/\.\w+$/, '');
  const input = await loadConfigFile(file, ref, 'defineScenario(...)', options);
  return { file: ref, path: path.resolve(file), slug, input: input as ScenarioInput };
}

// Canonical JSON and the scenario hash run in the browser too: they live in canonical.ts.
export { canonicalJson, scenarioHash } from './canonical.js';
