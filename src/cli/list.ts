/**
 * `partnersim list`: the bundled scenarios, the named policies and the indicators,
 * each with a one-line description.
 */
import type { Argv } from 'yargs';
import { INDICATOR_NAMES, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import { InputError } from '../scenario/errors.js';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_SCENARIO_DIR, bundledScenarios, loadScenarioInput } from '../scenario/loader.js';
import { loadPolicyFile, scenarioPolicies } from '../scenario/resolvePolicy.js';
import { BUILTIN_COMPONENTS } from '../scenario/builtinComponents.js';
import { POLICIES, POLICY_NAMES } from '../scenario/policies.js';
import { oneLine } from './shared/errors.js';
import { guard } from './shared/guard.js';
import type { CliIo } from './shared/io.js';

export const LIST_TOPICS = ['scenarios', 'policies', 'indicators'] as const;
export type ListTopic = (typeof LIST_TOPICS)[number];

export interface ListOptions {
  /** What to list; all three when empty. */
  topics: readonly ListTopic[];
}

/** The policy files shipped with partnersim (scenarios/policies/), sorted. */
export function shippedPolicyFiles(): string[] {
  const dir = path.join(BUNDLED_SCENARIO_DIR, 'policies');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ts|json)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Aligned `name  description` lines. */
export function formatEntries(entries: readonly [string, string][]): string[] {
  if (entries.length === 0) return ['  (none)'];
  const width = Math.max(...entries.map(([name]) => name.length));
  return entries.map(([name, description]) => `  ${name.padEnd(width)}  ${description}`.trimEnd());
}

/** The bundled scenarios with their `description` field (or why they cannot be loaded). */
export async function scenarioEntries(): Promise<[string, string][]> {
  const entries: [string, string][] = [];
  for (const name of bundledScenarios()) {
    try {
      const { input } = await loadScenarioInput(name);
      const description = (input as { description?: unknown }).description;
      entries.push([name, typeof description === 'string' && description.trim() ? oneLine(description) : '(no description)']);
    } catch (error) {
      entries.push([name, `(cannot be loaded: ${oneLine((error as Error).message)})`]);
    }
  }
  return entries;
}

/**
 * Every policy a `--policy` can name: the built-ins, the built-in components, the policy files shipped in
 * scenarios/policies/ (by path) and the policies each bundled scenario declares
 * (as `scenario:name`, usable as --policy name with that scenario).
 */
export async function policyEntries(cwd = process.cwd()): Promise<[string, string][]> {
  const entries: [string, string][] = POLICY_NAMES.map((name) => [name, `${POLICIES[name].description} (built-in)`]);
  for (const c of BUILTIN_COMPONENTS) entries.push([c.name, `${c.description} (built-in component)`]);
  for (const file of shippedPolicyFiles()) {
    const shown = path.relative(cwd, file) || file;
    try {
      const policy = await loadPolicyFile(file);
      entries.push([shown.startsWith('..') ? file : shown, `${oneLine(policy.description)} (file; policy ${policy.name})`]);
    } catch (error) {
      entries.push([shown, `(cannot be loaded: ${oneLine((error as Error).message)})`]);
    }
  }
  for (const name of bundledScenarios()) {
    try {
      const { input, file } = await loadScenarioInput(name);
      for (const policy of scenarioPolicies(input, file)) entries.push([`${name}:${policy.name}`, `${oneLine(policy.description)} (declared by the scenario ${name})`]);
    } catch {
      // a scenario that cannot be loaded is reported under scenarios
    }
  }
  return entries;
}

/** Lines of one topic, without its heading. */
export async function listTopic(topic: ListTopic): Promise<string[]> {
  switch (topic) {
    case 'scenarios':
      return formatEntries(await scenarioEntries());
    case 'policies':
      return formatEntries(await policyEntries());
    case 'indicators':
      return formatEntries(INDICATOR_NAMES.map((name) => [name, TIMESERIES_COLUMNS[name]]));
  }
}

/** The text of `partnersim list`: headings only when more than one topic is listed. */
export async function listText(options: ListOptions): Promise<string> {
  const topics = options.topics.length > 0 ? options.topics : LIST_TOPICS;
  const blocks: string[] = [];
  for (const topic of topics) {
    const lines = await listTopic(topic);
    blocks.push((topics.length > 1 ? [`${topic}:`, ...lines] : lines).join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}

function isTopic(value: string): value is ListTopic {
  return (LIST_TOPICS as readonly string[]).includes(value);
}

/** Registers `list` on the CLI. */
export function registerList(cli: Argv, io: CliIo): Argv {
  return cli.command(
    'list [topic]',
    'list the bundled scenarios, the named policies and the indicators',
    (y) =>
      y
        .positional('topic', { describe: `one of ${LIST_TOPICS.join(', ')} (default: all three)`, type: 'string' })
        .example('$0 list', 'everything')
        .example('$0 list policies', 'the built-in policies, the shipped policy files and the policies scenarios declare'),
    (args) =>
      guard('list', async () => {
        const topic = args.topic === undefined ? undefined : String(args.topic);
        if (topic !== undefined && !isTopic(topic)) {
          throw new InputError(`list: unknown topic ${JSON.stringify(topic)} (known: ${LIST_TOPICS.join(', ')})`);
        }
        io.stdout(await listText({ topics: topic ? [topic] : [] }));
      }),
  );
}
