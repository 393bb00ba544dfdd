/**
 * `partnersim validate`: loads and validates a scenario (optionally with a policy
 * applied) and prints what it holds, or the first problem as one line (exit 2).
 */
import type { Argv } from 'yargs';
import { loadScenarioInput } from '../scenario/loader.js';
import type { Policy } from '../scenario/policies.js';
import type { Scenario } from '../scenario/schema.js';
import { resolvePolicy } from '../scenario/resolvePolicy.js';
import { parseScenario } from '../scenario/validate.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';
import { policyOption } from './shared/options.js';

export interface ValidateOptions {
  /** A scenario file or the name of a bundled scenario. */
  scenario: string;
  /** a policy, or a built-in name, a policy file or a name the scenario declares */
  policy?: Policy | string;
}

/** What a valid scenario holds, in a few words: `2 states, 1 expert, ...`. */
export function describeScenario(scenario: Scenario): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const g = scenario.generate;
  const entities = g
    ? `generated: ${count(g.states, 'state')}, ${count(g.experts, 'expert')}, ${count(g.forums, 'forum')}`
    : `${count(scenario.states.length, 'state')}, ${count(scenario.experts.length, 'expert')}, ${count(scenario.forums.length, 'forum')}`;
  return `${entities}, ${count(scenario.steps, 'step')}, ${count(scenario.migrants, 'migrant')}`;
}

/** Validates a scenario; returns the line to print. Throws an InputError naming the problem. */
export async function validateScenario(options: ValidateOptions): Promise<string> {
  const loaded = await loadScenarioInput(options.scenario);
  const policy = typeof options.policy === 'string' ? await resolvePolicy(options.policy, { scenario: loaded.input, scenarioFile: loaded.file }) : options.policy;
  const scenario = parseScenario(loaded.input, { file: loaded.file, policy });
  const withPolicy = policy ? ` with policy ${policy.name}` : '';
  return `${loaded.file}: valid${withPolicy} (${describeScenario(scenario)})`;
}

/** Registers `validate` on the CLI. */
export function registerValidate(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'validate <scenario>',
    'check a scenario file against the schema without running it',
    (y) =>
      y
        .positional('scenario', { describe: 'a .ts or .json scenario file, or the name of a bundled scenario', type: 'string' })
        .option('policy', { alias: 'p', describe: 'validate with this policy applied', type: 'string', requiresArg: true })
        .example('$0 validate my-scenario.json', 'check a JSON scenario')
        .example('$0 validate eu-mobility-partnerships --policy withdrawal', 'check a bundled scenario under a policy'),
    (args) =>
      guard('validate', async () => {
        const policy = args.policy === undefined ? undefined : policyOption(args.policy);
        io.stdout((await validateScenario({ scenario: String(args.scenario), policy })) + '\n');
      }),
  );
}
