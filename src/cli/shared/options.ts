/** Parsers of single options shared by the commands; each throws an InputError naming the option. */
import { isVariant, VARIANTS, type Variant } from '../../domain/vocabulary.js';
import { InputError } from '../../scenario/errors.js';
import { showValue } from '../../scenario/fields.js';

/** Validates an integer option; `min` is 0 (non-negative) or 1 (positive). */
export function integerOption(name: string, raw: unknown, min: 0 | 1): number {
  const kind = min === 0 ? 'a non-negative integer' : 'a positive integer';
  if (Array.isArray(raw)) throw new InputError(`--${name}: given more than once`);
  // yargs leaves digit strings with leading zeros (`007`) as text.
  if (typeof raw === 'string' && /^\d+$/.test(raw)) raw = Number(raw);
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < min) {
    throw new InputError(`--${name}: expected ${kind}, got ${raw === '' ? 'nothing' : showValue(raw)}`);
  }
  return raw;
}

/**
 * The `--policy` value: a built-in name, a policy file or a name the scenario declares,
 * resolved once the scenario is loaded (resolvePolicy). Only its form is checked here.
 */
export function policyOption(raw: unknown): string {
  if (Array.isArray(raw)) throw new InputError('--policy: given more than once');
  if (typeof raw !== 'string' || raw === '') throw new InputError(`--policy: expected a policy name or file, got ${raw === '' ? 'nothing' : showValue(raw)}`);
  return raw;
}

export function textOption(name: string, raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw new InputError(`--${name}: given more than once`);
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new InputError(`--${name}: expected a value`);
  const text = String(raw);
  if (text === '') throw new InputError(`--${name}: expected a value, got nothing`);
  return text;
}

/** `--variant V`: the model variant, overriding the scenario's `variant` field; undefined when not given. */
export function variantOption(raw: unknown): Variant | undefined {
  const text = textOption('variant', raw);
  if (text === undefined) return undefined;
  if (!isVariant(text)) throw new InputError(`--variant: expected one of ${VARIANTS.join(', ')}, got "${text}"`);
  return text;
}

/** The yargs description of `--variant`, the same on every command that takes a scenario. */
export const VARIANT_OPTION = {
  describe: `model variant (overrides the scenario's variant field): ${VARIANTS.join(', ')}`,
  type: 'string',
  defaultDescription: "the scenario's (governmentality)",
  requiresArg: true,
} as const;
