/**
 * Reads a targets file (TypeScript with a `defineTargets` default export, or JSON) and
 * validates it: bad input is an InputError of one line naming the file, the field and
 * the problem; the scenario-dependent checks (states exist, dates inside the run,
 * parameter paths and prior ranges) come from `resolveTargets`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../scenario/errors.js';
import { describeLoadError } from '../scenario/loader.js';
import { checkTargets, type Targets } from './targets.js';

export interface LoadedTargets {
  file: string;
  path: string;
  targets: Targets;
}

/** Validates an already loaded targets input (from a notebook, say). */
export function parseTargets(input: unknown, file = 'targets'): Targets {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InputError(`${file}: expected a targets object made with defineTargets(...)`);
  const checked = checkTargets(input);
  if (!checked.ok) {
    const more = checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more problem${checked.problems.length > 2 ? 's' : ''})` : '';
    throw new InputError(`${file}: ${checked.problems[0]}${more}`);
  }
  return checked.targets;
}

export async function loadTargets(file: string): Promise<LoadedTargets> {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  if (!/\.(ts|mts|js|mjs|json)$/.test(file)) throw new InputError(`${file}: expected a .ts, .js or .json targets file`);
  let input: unknown;
  if (file.endsWith('.json')) {
    try {
      input = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new InputError(`${file}: invalid JSON: ${(error as Error).message.split('\n')[0]}`);
    }
  } else {
    let module: { default?: unknown };
    try {
      const url = pathToFileURL(path.resolve(file)).href;
      if (/\.(ts|mts)$/.test(file)) {
        const { tsImport } = await import('tsx/esm/api');
        module = (await tsImport(url, import.meta.url)) as { default?: unknown };
      } else {
        module = (await import(url)) as { default?: unknown };
      }
    } catch (error) {
      throw new InputError(`${file}: could not be loaded: ${describeLoadError(error)}`);
    }
    input = module.default;
    if (input && typeof input === 'object' && 'default' in input && Object.keys(input).every((k) => k === 'default' || k === '__esModule')) input = (input as { default: unknown }).default;
    if (input === undefined) throw new InputError(`${file}: expected a default export made with defineTargets(...)`);
  }
  return { file, path: path.resolve(file), targets: parseTargets(input, file) };
}
