/**
 * `partnersim list`: the bundled scenarios, the named policies and the indicators,
 * each with a one-line description.
 */
import type { Argv } from 'yargs';
import { INDICATOR_NAMES, TIMESERIES_COLUMNS } from '../indicators/columns.js';
import { InputError } from '../scenario/errors.js';
import { bundledScenarios, loadScenarioInput } from '../scenario/loader.js';
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

/** Lines of one topic, without its heading. */
export async function listTopic(topic: ListTopic): Promise<string[]> {
  switch (topic) {
    case 'scenarios':
      return formatEntries(await scenarioEntries());
    case 'policies':
      return formatEntries(POLICY_NAMES.map((name) => [name, POLICIES[name].description]));
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
        .example('$0 list policies', 'the ten named policies'),
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
