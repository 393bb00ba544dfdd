/**
 * discover(table, options): scenario discovery on a table of cases by PRIM (prim.ts, the
 * default) or CART (cart.ts); both give boxes in the same shape (types.ts).
 *
 * @example
 * const result = discover(table, { method: 'cart', cart: { maxDepth: 3 } });
 */
import { cart, CART_DEFAULTS, type CartOptions } from './cart.js';
import { prim, PRIM_DEFAULTS, type PrimOptions } from './prim.js';
import type { CaseTable, Discovery } from './types.js';

export const METHODS = ['prim', 'cart'] as const;
export type Method = (typeof METHODS)[number];

export interface DiscoverTableOptions {
  method?: Method;
  prim?: PrimOptions;
  cart?: CartOptions;
}

export function discover(table: CaseTable, options: DiscoverTableOptions = {}): Discovery {
  return (options.method ?? 'prim') === 'cart' ? cart(table, options.cart) : prim(table, options.prim);
}

/** The settings in force, as one line for boxes.md. */
export function settingsText(method: Method, primOptions: PrimOptions = {}, cartOptions: CartOptions = {}): string {
  if (method === 'cart') {
    const c = { ...CART_DEFAULTS, ...Object.fromEntries(Object.entries(cartOptions).filter(([, v]) => v !== undefined)) };
    return `Gini impurity, depth up to ${c.maxDepth}, leaves of at least ${c.minLeaf} of the cases`;
  }
  const p = { ...PRIM_DEFAULTS, ...Object.fromEntries(Object.entries(primOptions).filter(([, v]) => v !== undefined)) };
  return `peel alpha ${p.peelAlpha}, paste alpha ${p.pasteAlpha}, minimum mass ${p.massMin}, objective ${p.objective}, ${p.resamples} resamples of half the data (seed ${p.seed})${primOptions.box === undefined ? ", box at the knee" : `, box at step ${primOptions.box}`}, up to ${p.boxes} box${p.boxes === 1 ? '' : 'es'}`;
}
