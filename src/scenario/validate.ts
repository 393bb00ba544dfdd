/**
 * Validation of scenario inputs against the runtime schema, with errors that name the
 * file, the field path and the problem.
 */
import type { z } from 'zod';
import { InputError, formatPath } from './errors.js';
import type { Variant } from '../domain/vocabulary.js';
import { applyPolicy, type Policy } from './policies.js';
import { scenarioSchema, type Scenario, type ScenarioInput } from './schema.js';

export interface ValidationProblem {
  path: string;
  message: string;
}

/** One zod issue as the short phrase the CLI prints after the field path. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `expected ${issue.expected}, got ${issue.input === undefined ? 'nothing' : typeof issue.input}`;
  }
  return issue.message;
}

function problemsOf(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

/** Every problem of an input, in schema order; empty when the input is valid. */
export function checkScenario(input: unknown): ValidationProblem[] {
  const result = scenarioSchema.safeParse(input);
  return result.success ? [] : problemsOf(result.error);
}

export interface ParseOptions {
  /** The file the input came from, named in error messages. */
  file?: string;
  /** A policy to apply before validation. */
  policy?: Policy;
  /** The name of a policy the input already has applied (named in error messages). */
  appliedPolicy?: string;
  /** Overrides of the number of steps and migrants (the CLI's --steps and --migrants). */
  steps?: number;
  migrants?: number;
  /** Override of the model variant (the CLI's --variant). */
  variant?: Variant;
}

/**
 * Validates a scenario input (after applying a policy and overrides) and returns the
 * scenario with every default filled in. Throws an InputError naming the first problem.
 */
export function parseScenario(input: ScenarioInput | unknown, options: ParseOptions = {}): Scenario {
  let effective = input as ScenarioInput;
  if (typeof effective !== 'object' || effective === null || Array.isArray(effective)) {
    throw new InputError(`${options.file ?? 'scenario'}: expected a scenario object, got ${Array.isArray(effective) ? 'an array' : typeof effective}`);
  }
  if (options.policy) effective = applyPolicy(effective, options.policy);
  if (options.steps !== undefined) effective = { ...effective, steps: options.steps };
  if (options.migrants !== undefined) effective = { ...effective, migrants: options.migrants };
  if (options.variant !== undefined) effective = { ...effective, variant: options.variant };
  // one pass of the schema: its problems, or the scenario with its defaults
  const result = scenarioSchema.safeParse(effective);
  if (!result.success) {
    const problems = problemsOf(result.error);
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    const named = options.policy?.name ?? options.appliedPolicy;
    const origin = named && named !== 'partnership' ? ` [with policy ${named}]` : '';
    throw new InputError(`${options.file ?? 'scenario'}: ${first.path}: ${first.message}${more}${origin}`);
  }
  return result.data;
}
