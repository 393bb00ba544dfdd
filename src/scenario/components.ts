/**
 * Policies made of components. A policy may list `components` (other policies, by name
 * or file): its override is the merge of theirs, then its own override on top (the one
 * place a policy refines what its components set; the precedence of a swept parameter
 * or a lever over all of it is precedence.ts's). Two components that set the same path
 * (or one a path inside the other's, or a shock of the same kind) are an input error
 * naming both, whatever the values: the combination must not depend on the order in
 * which the components are listed, and a factorial design (designs/factorial.ts) needs
 * components whose effects can be told apart. Interventions are concatenated in the
 * order of the components.
 *
 * @example
 * combineOverrides([{ name: 'sanctions', override: { params: { partnership: { sanctions: 0.5 } } } },
 *                   { name: 'no-ranking', override: { processes: { rankPeers: false } } }]);
 * // { params: { partnership: { sanctions: 0.5 } }, processes: { rankPeers: false } }
 */
import { deepMerge } from './deepMerge.js';
import { InputError } from './errors.js';
import { overridePaths, pathsOverlap } from './overridePaths.js';
import type { ScenarioOverride } from './policies.js';

export interface Component {
  name: string;
  override: ScenarioOverride;
}

/** The first pair of components that set the same path, or null. */
export function componentConflict(components: readonly Component[]): { a: string; b: string; path: string } | null {
  const paths = components.map((c) => overridePaths(c.override));
  for (let i = 0; i < components.length; i++) {
    for (let j = i + 1; j < components.length; j++) {
      for (const p of paths[i]) {
        const q = paths[j].find((x) => pathsOverlap(p, x));
        if (q !== undefined) return { a: components[i].name, b: components[j].name, path: p.length >= q.length ? p : q };
      }
    }
  }
  return null;
}

/**
 * The override of a combination: its components' merged (an InputError names two that
 * conflict, prefixed by `where`), then `own` over them.
 */
export function combineOverrides(components: readonly Component[], own: ScenarioOverride = {}, where = 'components'): ScenarioOverride {
  const names = components.map((c) => c.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new InputError(`${where}: the component "${twice}" is listed twice`);
  const conflict = componentConflict(components);
  if (conflict) throw new InputError(`${where}: components ${conflict.a} and ${conflict.b} both set ${conflict.path}; a combination's components must set different fields`);
  let merged: ScenarioOverride = {};
  const interventions = [];
  for (const c of [...components, { name: '(own)', override: own }]) {
    const { interventions: ivs, ...rest } = c.override;
    merged = deepMerge(merged, rest);
    if (ivs) interventions.push(...ivs);
  }
  return interventions.length > 0 ? { ...merged, interventions } : merged;
}
