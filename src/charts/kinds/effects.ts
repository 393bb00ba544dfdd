/**
 * `effects`: a forest plot of the paired effects that `partnersim compare` wrote to
 * effects.csv. Per indicator, one row per policy: the mean paired difference from the
 * baseline (policy − baseline) with its interval (ci_low, ci_high), the
 * practical-significance band (±band) shaded, zero marked, and the verdict in the
 * point's shape (up: higher, down: lower, open circle: within the band, open diamond:
 * too few pairs for a verdict), readable in greyscale.
 *
 * @example
 * effectsSpec(rows, { time: STEP_AXIS }, { indicators: ['mean_effort'] });
 */
import { stepWord } from '../calendar.js';
import type { ChartSpec } from '../compile.js';
import { indicatorLabel, indicatorUnit } from '../labels.js';
import { panelWidth, round6, type ChartContext } from './common.js';

/** One row of effects.csv. */
export interface EffectRow {
  indicator: string;
  policy: string;
  baseline: string;
  at: string;
  n: number;
  meanDiff: number;
  ciLow: number;
  ciHigh: number;
  /** practical-significance band (±, the indicator's units); NaN when absent */
  band: number;
  /** higher | lower | within-band | insufficient ('' when absent) */
  verdict: string;
}

export interface EffectsOptions {
  indicators: readonly string[];
}

const VERDICTS = ['higher', 'lower', 'within-band', 'insufficient'];
const VERDICT_LABELS = ['Higher', 'Lower', 'Within band', 'Too few pairs'];

export function effectsSpec(rows: readonly EffectRow[], context: ChartContext, options: EffectsOptions): ChartSpec {
  const indicators = options.indicators.filter((i) => rows.some((r) => r.indicator === i));
  const mine = rows.filter((r) => indicators.includes(r.indicator));
  const ats = [...new Set(mine.map((r) => r.at))];
  const panels = indicators.flatMap((indicator) => ats.filter((at) => mine.some((r) => r.indicator === indicator && r.at === at)).map((at) => ({ indicator, at })));
  const policies = [...new Set(mine.map((r) => r.policy))];
  const baselines = [...new Set(mine.map((r) => r.baseline))];
  const width = panelWidth(context, 140);
  const height = context.height ?? Math.max(40, policies.length * 13);
  const verdictOf = (r: EffectRow) => (VERDICTS.includes(r.verdict) ? VERDICT_LABELS[VERDICTS.indexOf(r.verdict)] : r.ciLow > 0 ? 'Higher' : r.ciHigh < 0 ? 'Lower' : 'Within band');
  const values = mine.map((r) => ({
    panel: `${r.indicator}|${r.at}`,
    policy: r.policy,
    diff: round6(r.meanDiff),
    low: round6(r.ciLow),
    high: round6(r.ciHigh),
    band: Number.isFinite(r.band) ? round6(r.band) : null,
    verdict: verdictOf(r),
  }));
  const present = VERDICT_LABELS.filter((v) => values.some((r) => r.verdict === v));
  const shapes = { Higher: 'triangle-up', Lower: 'triangle-down', 'Within band': 'circle', 'Too few pairs': 'diamond' } as Record<string, string>;
  const fills = { Higher: '#222222', Lower: '#222222', 'Within band': '#FFFFFF', 'Too few pairs': '#FFFFFF' } as Record<string, string>;
  const legend = { title: 'Verdict', orient: 'bottom', direction: 'horizontal', symbolStrokeColor: '#222222', symbolStrokeWidth: 0.9, symbolSize: 50 };
  const baseline = baselines.length === 1 ? baselines[0] : 'the baseline';
  const panel = ({ indicator, at }: { indicator: string; at: string }) => {
    const unit = indicatorUnit(indicator, stepWord(context.time));
    const x = { type: 'quantitative', title: `Difference from ${baseline}${unit ? ` (${unit})` : ''}`, scale: { zero: true, nice: true } };
    const y = { field: 'policy', type: 'nominal', sort: policies, title: null, axis: { ticks: false, domain: false, labelPadding: 4 } };
    const hasBand = values.some((v) => v.panel === `${indicator}|${at}` && v.band !== null && v.band > 0);
    return {
      width,
      height,
      title: { text: `${indicatorLabel(indicator)}${ats.length > 1 ? ` (${at})` : ''}`, fontSize: 9 },
      transform: [{ filter: { field: 'panel', equal: `${indicator}|${at}` } }],
      layer: [
        ...(hasBand
          ? [
              {
                transform: [{ aggregate: [{ op: 'max', field: 'band', as: 'band' }] }, { calculate: '-datum.band', as: 'bandLow' }],
                mark: { type: 'rect', color: '#E4E4E4' },
                encoding: { x: { ...x, field: 'bandLow' }, x2: { field: 'band' } },
              },
            ]
          : []),
        { mark: { type: 'rule', color: '#888888', strokeWidth: 0.6 }, encoding: { x: { ...x, datum: 0 } } },
        { mark: { type: 'rule', color: '#222222', strokeWidth: 1 }, encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' }, y } },
        {
          mark: { type: 'point', filled: false, size: 30, strokeWidth: 0.9, opacity: 1, stroke: '#222222' },
          encoding: {
            x: { ...x, field: 'diff' },
            y,
            shape: { field: 'verdict', type: 'nominal', scale: { domain: present, range: present.map((v) => shapes[v]) }, legend },
            fill: { field: 'verdict', type: 'nominal', scale: { domain: present, range: present.map((v) => fills[v]) }, legend },
            // a constant stroke through a scale, so that the legend's open circle is outlined too
            stroke: { field: 'verdict', type: 'nominal', scale: { domain: present, range: present.map(() => '#222222') }, legend },
          },
        },
      ],
    };
  };
  const description = `paired effects of each policy against ${baseline} (policy − baseline), with their intervals${values.some((v) => v.band !== null) ? ' and the practical-significance band shaded' : ''}`;
  if (panels.length === 1) return { description, data: { values }, ...panel(panels[0]) } as ChartSpec;
  return { description, data: { values }, columns: 2, concat: panels.map(panel), resolve: { scale: { x: 'independent' } } } as ChartSpec;
}
