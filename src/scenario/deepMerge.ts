/**
 * deepMerge(base, override): the merge every override goes through (a policy into a
 * scenario, an intervention into the parameters, components into a combination). Plain
 * objects merge key by key; arrays and scalars in the override replace.
 *
 * @example
 * deepMerge({ a: { x: 1, y: 2 } }, { a: { y: 3 } }); // { a: { x: 1, y: 3 } }
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge<T>(base: T, override: unknown): T {
  if (!isPlainObject(override)) return (override === undefined ? base : override) as T;
  const out: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(override)) {
    out[key] = deepMerge(out[key], value);
  }
  return out as T;
}
