/**
 * The model variants a scenario can name in its `variant` field (governmentality,
 * incentives, transfer: docs/ODD.md), read from the scenario schema itself, so that the
 * patterns command offers exactly what the engine runs. A model without the field runs
 * one variant, the article's (governmentality), and a scenario is then left as it is.
 */
import { scenarioSchema } from '../scenario/schema.js';

export const DEFAULT_VARIANT = 'governmentality';

interface EnumLike {
  options?: readonly string[];
  def?: { innerType?: EnumLike; entries?: Record<string, string> };
  unwrap?: () => EnumLike;
}

/** The variant names the schema accepts, the default first; ['governmentality'] when it has no `variant` field. */
export function variantNames(): string[] {
  const field = (scenarioSchema as unknown as { shape?: Record<string, EnumLike> }).shape?.variant;
  if (!field) return [DEFAULT_VARIANT];
  let node: EnumLike | undefined = field;
  for (let k = 0; k < 5 && node && !node.options; k++) node = node.def?.innerType ?? node.unwrap?.();
  const names = node?.options ? [...node.options] : [DEFAULT_VARIANT];
  return [DEFAULT_VARIANT, ...names.filter((n) => n !== DEFAULT_VARIANT)];
}

/** Whether the schema knows variants (the `variant` field). */
export function hasVariants(): boolean {
  return Boolean((scenarioSchema as unknown as { shape?: Record<string, unknown> }).shape?.variant);
}
