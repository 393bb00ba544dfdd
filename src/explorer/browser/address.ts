/**
 * The page's address carries what it shows: each side's settings (policy, levers,
 * seed, migrants, horizon), the step reached and whether the sides' controls are
 * linked, in the fragment (`#a=…&b=…&step=…&linked=…`), so a copied address opens the
 * same runs at the same step. Settings are base64url-encoded JSON, checked on the way in.
 */
import { InputError } from '../../scenario/errors.js';
import { parseSettings, type RunSettings } from '../settings.js';

export interface PageAddress {
  a: RunSettings;
  b: RunSettings;
  step: number;
  linked: boolean;
}

function encode(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decode(text: string, what: string): unknown {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new InputError(`address: ${what}: not base64url-encoded JSON settings`);
  }
}

export function formatAddress(address: PageAddress): string {
  return `#a=${encode(address.a)}&b=${encode(address.b)}&step=${address.step}&linked=${address.linked ? 1 : 0}`;
}

/** The settings in a fragment; undefined when it holds none; throws an InputError when malformed. */
export function parseAddress(fragment: string): PageAddress | undefined {
  const text = fragment.replace(/^#/, '');
  if (text === '') return undefined;
  const params = new URLSearchParams(text);
  for (const key of params.keys()) if (!['a', 'b', 'step', 'linked'].includes(key)) throw new InputError(`address: unknown part "${key}"`);
  const a = params.get('a');
  const b = params.get('b');
  if (a === null || b === null) throw new InputError('address: expected the settings of both sides (a= and b=)');
  const stepText = params.get('step') ?? '0';
  if (!/^\d{1,6}$/.test(stepText)) throw new InputError(`address: step: expected a non-negative integer, got ${JSON.stringify(stepText)}`);
  const linked = params.get('linked') ?? '0';
  if (linked !== '0' && linked !== '1') throw new InputError(`address: linked: expected 0 or 1, got ${JSON.stringify(linked)}`);
  return { a: parseSettings(decode(a, 'a'), 'address: a'), b: parseSettings(decode(b, 'b'), 'address: b'), step: Number(stepText), linked: linked === '1' };
}
