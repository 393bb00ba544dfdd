/**
 * overridePaths(override): the dotted paths an override sets, sorted. What precedence
 * (precedence.ts) and the combination of components (components.ts) compare.
 *
 * A policy sets the leaves of its override (`params.partnership.sanctions`); a shock in
 * an override replaces the scenario's shock of that kind whole, so it sets `shocks.<kind>`;
 * an intervention's params set the same paths from its step on.
 *
 * @example
 * overridePaths({ processes: { rankPeers: false }, params: { partnership: { sanctions: 0.5 } } });
 * // ['params.partnership.sanctions', 'processes.rankPeers']
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function overridePaths(override: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (!isPlainObject(node)) {
      out.push(prefix);
      return;
    }
    for (const [key, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${key}` : key);
  };
  const { shocks, interventions, ...rest } = (isPlainObject(override) ? override : {}) as Record<string, unknown>;
  walk(rest, '');
  // A shock replaces the scenario's shock of that kind whole.
  if (isPlainObject(shocks)) for (const kind of Object.keys(shocks)) out.push(`shocks.${kind}`);
  // An intervention's params override the same paths from its step on.
  if (Array.isArray(interventions)) for (const iv of interventions) if (isPlainObject(iv) && isPlainObject(iv.params)) walk(iv.params, 'params');
  return [...new Set(out.filter(Boolean))].sort();
}

/** Whether path `a` is `b` or lies inside it, or the other way round. */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
