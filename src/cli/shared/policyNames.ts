/**
 * The policies that `compare`, `robustness`, `chart`, `sensitivity` and `discover` select from a sweep folder are
 * labelled by name: a policy file given there stands for the policy it defines, so its
 * name is read from the file (resolvePolicy's rule: a value with a '/' or a .ts, .mts,
 * .js, .mjs or .json ending is a file).
 */
import { isPolicyPath, loadPolicyFile } from '../../scenario/resolvePolicy.js';

/** The names of `refs`, reading policy files for theirs. */
export async function policyNames(refs: readonly string[], cwd: string): Promise<string[]> {
  const names: string[] = [];
  for (const ref of refs) names.push(isPolicyPath(ref) ? (await loadPolicyFile(ref, cwd)).name : ref);
  return names;
}

/** The same, leaving `undefined` (every policy) as it is. */
export async function optionalPolicyNames(refs: readonly string[] | undefined, cwd: string): Promise<string[] | undefined> {
  return refs === undefined ? undefined : policyNames(refs, cwd);
}
