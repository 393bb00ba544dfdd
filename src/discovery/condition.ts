/**
 * The case-of-interest rule of `partnersim discover --where`: one comparison of an
 * indicator with a number, `<indicator> <op> <value>` with op one of <, <=, >, >=, ==,
 * != (e.g. `mean_responsibilisation < 0.3`, `suspensions >= 1`). A run whose value is
 * missing (NaN) is never a case of interest. The rule is explicit, so PRIM never takes
 * a threshold of its own (the confusion of EMA Workbench #412).
 *
 * @example
 * const where = parseCondition('irregular_arrivals > 500', ['irregular_arrivals']);
 * holds(where, 612); // true
 */
import { InputError } from '../scenario/errors.js';

export const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  indicator: string;
  op: Operator;
  value: number;
}

/** Parses `<indicator> <op> <value>`; `known` lists the indicators the sweep has. */
export function parseCondition(text: string, known: readonly string[]): Condition {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(<=|>=|==|!=|<|>)\s*(\S+)\s*$/.exec(text);
  if (!m) throw new InputError(`--where: expected "<indicator> <op> <value>" with op one of ${OPERATORS.join(' ')}, got "${text}"`);
  const [, indicator, op, raw] = m;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new InputError(`--where: "${raw}" is not a number (in "${text}")`);
  if (!known.includes(indicator)) throw new InputError(`--where: unknown indicator "${indicator}" (see partnersim list indicators)`);
  return { indicator, op: op as Operator, value };
}

export function holds(condition: Condition, x: number): boolean {
  if (Number.isNaN(x)) return false;
  switch (condition.op) {
    case '<':
      return x < condition.value;
    case '<=':
      return x <= condition.value;
    case '>':
      return x > condition.value;
    case '>=':
      return x >= condition.value;
    case '==':
      return x === condition.value;
    case '!=':
      return x !== condition.value;
  }
}

export function conditionText(c: Condition): string {
  return `${c.indicator} ${c.op} ${c.value}`;
}
