/**
 * Theme files (`--theme FILE`): read from disk and merged over the publication theme.
 * Kept apart from theme.ts, which the explorer's page imports and which reads no file.
 *
 * @example
 * const config = chartTheme('my-theme.json');
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../scenario/errors.js';
import { mergeConfig, publicationTheme, type ChartConfig } from './theme.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a theme file: a JSON object of Vega-Lite config, or `{ "config": {...} }`. */
export function readThemeFile(file: string): ChartConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`--theme ${file}: no such file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--theme ${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new InputError(`--theme ${file}: expected a JSON object of Vega-Lite config`);
  if (isObject(value.config) && Object.keys(value).length === 1) return value.config;
  return value;
}

/** The theme with an optional override file applied. */
export function chartTheme(themeFile?: string): ChartConfig {
  return themeFile === undefined ? publicationTheme() : mergeConfig(publicationTheme(), readThemeFile(themeFile));
}
