/**
 * The model variants the patterns are scored under: every variant the engine runs
 * (src/domain/vocabulary.ts; governmentality, incentives, transfer: docs/ODD.md), the
 * article's first.
 */
import { VARIANTS, type Variant } from '../domain/vocabulary.js';

export const DEFAULT_VARIANT: Variant = 'governmentality';

/** The variant names, the default first. */
export function variantNames(): Variant[] {
  return [DEFAULT_VARIANT, ...VARIANTS.filter((v) => v !== DEFAULT_VARIANT)];
}
