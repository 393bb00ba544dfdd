/**
 * Satisficing thresholds (`robustness --satisfice indicator<=value`): the share of the
 * outcomes of an alternative that meet a threshold the user names (EMA Workbench's
 * satisficing metrics; Kwakkel, Eker and Pruyt 2016). Operators: <=, <, >=, >.
 *
 * @example
 * const rule = parseSatisfice('irregular_arrivals<=500', ['irregular_arrivals']);
 * satisficingShare([400, 600, 500], rule); // 2/3
 */
import { InputError } from '../scenario/errors.js';

export interface SatisficeRule {
  indicator: string;
  op: '<=' | '<' | '>=' | '>';
  value: number;
  /** as written, e.g. `irregular_arrivals<=500` */
  text: string;
}

export function parseSatisfice(text: string, indicators: readonly string[]): SatisficeRule {
  const m = /^\s*([a-z_0-9]+)\s*(<=|>=|<|>)\s*(\S+)\s*$/.exec(text);
  if (!m) throw new InputError(`--satisfice ${text}: expected indicator<=value (or <, >=, >), e.g. irregular_arrivals<=500`);
  const value = Number(m[3]);
  if (!Number.isFinite(value)) throw new InputError(`--satisfice ${text}: the threshold must be a number, got "${m[3]}"`);
  if (!indicators.includes(m[1])) throw new InputError(`--satisfice ${text}: ${m[1]} is not among the indicators (--indicators)`);
  return { indicator: m[1], op: m[2] as SatisficeRule['op'], value, text: `${m[1]}${m[2]}${m[3]}` };
}

export function meets(x: number, rule: SatisficeRule): boolean {
  switch (rule.op) {
    case '<=':
      return x <= rule.value;
    case '<':
      return x < rule.value;
    case '>=':
      return x >= rule.value;
    case '>':
      return x > rule.value;
  }
}

/** The share of the finite values that meet the rule (undefined with none). */
export function satisficingShare(values: Iterable<number>, rule: SatisficeRule): number | undefined {
  let n = 0;
  let ok = 0;
  for (const x of values) {
    if (!Number.isFinite(x)) continue;
    n++;
    if (meets(x, rule)) ok++;
  }
  return n === 0 ? undefined : ok / n;
}
