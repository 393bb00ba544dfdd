/**
 * Checking the analysis options that name things in a sweep: indicators, the time
 * `--at`, practical-significance bands, policies and output formats. Each throws an
 * InputError naming the option, so the CLI prints one line and exits 2.
 *
 * @example
 * parseIndicators('mean_effort,partners');            // ['mean_effort', 'partners']
 * parseAt('39', 64);                                   // { kind: 'step', step: 39 }
 * parseBands(['mean_effort=0.02'], ['mean_effort']);  // Map { 'mean_effort' => 0.02 }
 */
import { INDICATOR_NAMES } from '../indicators/columns.js';
import { InputError } from '../scenario/errors.js';
import type { At } from './sweepFolder.js';

function list(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

function oneOf(option: string, names: readonly string[], known: readonly string[], what: string): void {
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new InputError(`${option}: unknown ${what}${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${known.join(', ')})`);
  }
  if (new Set(names).size !== names.length) throw new InputError(`${option}: a ${what} is named twice`);
}

/** Indicator names from `a,b` (default: all of INDICATOR_NAMES). */
export function parseIndicators(text: string | undefined, option = '--indicators'): string[] {
  if (text === undefined || text === 'all') return [...INDICATOR_NAMES];
  const names = list(text);
  if (names.length === 0) throw new InputError(`${option}: expected indicator names, got nothing`);
  oneOf(option, names, INDICATOR_NAMES, 'indicator');
  return names;
}

/** `final`, `mean` or a step in 0 … steps − 1. */
export function parseAt(text: string | undefined, steps: number): At {
  if (text === undefined || text === 'final') return { kind: 'final' };
  if (text === 'mean') return { kind: 'mean' };
  if (/^\d+$/.test(text)) {
    const step = Number(text);
    if (step < steps) return { kind: 'step', step };
    throw new InputError(`--at: step ${step} is past the sweep's last step (${steps - 1}; steps are 0-based)`);
  }
  throw new InputError(`--at: expected final, mean or a step number, got "${text}"`);
}

/** Bands from `name=width` items (repeatable, or comma-separated); widths finite and >= 0. */
export function parseBands(items: readonly string[], indicators: readonly string[]): Map<string, number> {
  const bands = new Map<string, number>();
  for (const item of items.flatMap(list)) {
    const m = /^([^=]+)=(.*)$/.exec(item);
    if (!m) throw new InputError(`--band: expected indicator=width, got "${item}"`);
    const [, name, raw] = m;
    if (!(INDICATOR_NAMES as readonly string[]).includes(name)) throw new InputError(`--band: unknown indicator "${name}" (known: ${INDICATOR_NAMES.join(', ')})`);
    const width = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(width) || width < 0) throw new InputError(`--band ${name}: expected a width >= 0, got "${raw}"`);
    if (bands.has(name)) throw new InputError(`--band: ${name} is given twice`);
    if (!indicators.includes(name)) throw new InputError(`--band: ${name} is not among the indicators compared`);
    bands.set(name, width);
  }
  return bands;
}

/** Policies of the sweep named in `a,b` (default: all of them). */
export function parsePolicies(text: string | undefined, available: readonly string[], option = '--policies'): string[] {
  if (text === undefined || text === 'all') return [...available];
  const names = list(text);
  if (names.length === 0) throw new InputError(`${option}: expected policy names, got nothing`);
  for (const name of names) {
    if (!available.includes(name)) throw new InputError(`${option}: policy "${name}" is not in the sweep (it holds ${available.join(', ')})`);
  }
  if (new Set(names).size !== names.length) throw new InputError(`${option}: a policy is named twice`);
  return names;
}

export const TABLE_FORMATS = ['md', 'csv', 'tex'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Output formats from `md,csv,tex` (default md,csv). */
export function parseFormats(text: string | undefined): TableFormat[] {
  if (text === undefined) return ['md', 'csv'];
  const names = list(text);
  if (names.length === 0) throw new InputError('--format: expected md, csv or tex, got nothing');
  oneOf('--format', names, TABLE_FORMATS, 'format');
  return names as TableFormat[];
}
