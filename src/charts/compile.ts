/**
 * Compiling a Vega-Lite spec to Vega, with the theme as its config and vega-lite's
 * warnings collected instead of printed. The tests require none.
 *
 * @example
 * const { vega, warnings } = compileChart(spec, publicationTheme());
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import type { ChartConfig } from './theme.js';

/** Vega-Lite's JSON schema, for the `$schema` of exported specs (a name only: nothing is fetched). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A Vega-Lite spec as partnersim builds it (data inlined, no config). */
export type ChartSpec = TopLevelSpec;

export interface Compiled {
  vega: VegaSpec;
  warnings: string[];
}

/** The spec with the theme as its config and the schema named: what `--format json` writes. */
export function withTheme(spec: ChartSpec, config: ChartConfig): ChartSpec {
  return { $schema: VEGA_LITE_SCHEMA, ...spec, config: { ...config, ...((spec as { config?: ChartConfig }).config ?? {}) } } as ChartSpec;
}

/** Compiles a themed spec; warnings and errors logged by vega-lite are returned, not printed. */
export function compileChart(spec: ChartSpec, config: ChartConfig): Compiled {
  const warnings: string[] = [];
  const record = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => (record(...args), logger),
    warn: (...args: unknown[]) => (record(...args), logger),
    info: () => logger,
    debug: () => logger,
  };
  const { spec: vega } = compile(withTheme(spec, config), { logger: logger as never });
  return { vega, warnings };
}
