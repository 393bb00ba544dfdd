/**
 * The page's data from a scenario loaded by the command line: the validated scenario
 * as JSON, the named policies as data and the settings both sides start from.
 */
import { readGitInfo, readPackageInfo } from '../io/manifest.js';
import type { LoadedScenario } from '../scenario/load.js';
import { POLICY_NAMES, getPolicy } from '../scenario/policies.js';
import type { ScenarioInput } from '../scenario/schema.js';
import type { PageData } from './pageData.js';
import type { PolicyData } from './settings.js';

export function pageDataOf(loaded: LoadedScenario, start: { policy: string; seed: number }): PageData {
  const policies: PolicyData[] = POLICY_NAMES.map((name) => {
    const p = getPolicy(name);
    return { name: p.name, description: p.description, override: p.override };
  });
  const pkg = readPackageInfo();
  return {
    slug: loaded.slug,
    // validated: every default filled in, and plain JSON (what the page's worker validates again)
    scenario: JSON.parse(JSON.stringify(loaded.base)) as ScenarioInput,
    policies,
    initial: { policy: start.policy, levers: {}, seed: start.seed, migrants: loaded.base.migrants, steps: loaded.base.steps },
    package: { name: pkg.name, version: pkg.version, commit: readGitInfo().commit },
  };
}
