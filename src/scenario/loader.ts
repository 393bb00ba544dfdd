/**
 * Loads scenario files: TypeScript (`defineScenario` default export, loaded with
 * tsx) or JSON, by path or by the name of a bundled scenario.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError } from './errors.js';
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

function isModuleWrapper(value: unknown): value is { default: unknown } {
  return typeof value === 'object' && value !== null && 'default' in value && Object.keys(value).every((k) => k === 'default' || k === '__esModule');
}

/**
 * One line from a module's load error: esbuild's "Transform failed with 1 error:" is
 * followed by `file:line:column: ERROR: message`, which is the part worth showing.
 */
export function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const located = /:(\d+):(\d+): ERROR: (.+)/.exec(message);
  if (located) return `line ${located[1]}, column ${Number(located[2]) + 1}: ${located[3].trim()}`;
  return firstLine(message);
}

/**
 * Reads a config file (JSON, or a module whose default export is the config) and returns
 * its raw content, not yet validated. `what` names the expected export in errors
 * (`defineScenario(...)`, `definePolicy(...)`). Scenario and policy files load alike.
 */
export async function loadConfigFile(file: string, ref: string, what: string): Promise<unknown> {
  let input: unknown;
  if (file.endsWith('.json')) {
    const text = readFileSync(file, 'utf8');
    try {
      input = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      throw new InputError(`${ref}: invalid JSON${jsonPosition(text, message)}: ${firstLine(message)}`);
    }
  } else {
    let module: { default?: unknown };
    try {
      if (/\.(ts|mts)$/.test(file)) {
        const { tsImport } = await import('tsx/esm/api');
        module = (await tsImport(pathToFileURL(path.resolve(file)).href, import.meta.url)) as { default?: unknown };
      } else {
        module = (await import(pathToFileURL(path.resolve(file)).href)) as { default?: unknown };
      }
    } catch (error) {
      throw new InputError(`${ref}: could not be loaded: ${describeLoadError(error)}`);
    }
    input = module.default;
    // tsx loads a .ts file outside an ESM package as CommonJS: its default export arrives wrapped once more.
    if (isModuleWrapper(input)) input = input.default;
    if (input === undefined) throw new InputError(`${ref}: expected a default export made with ${what}`);
  }
  return input;
}

/** Reads a scenario file and returns its raw input (not yet validated). */
export async function loadScenarioInput(ref: string): Promise<LoadedInput> {
  const file = resolveScenarioFile(ref);
  const slug = path.basename(file).replace(/\.\w+$/, '');
  const input = await loadConfigFile(file, ref, 'defineScenario(...)');
  return { file: ref, path: path.resolve(file), slug, input: input as ScenarioInput };
}

/** A canonical JSON text: object keys sorted, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** SHA-256 of the canonical JSON of a validated scenario: its content hash. */
export function scenarioHash(scenario: unknown): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}
