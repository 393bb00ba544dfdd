/**
 * `partnersim/charts`: publication figures. Pure builders from tidy rows to Vega-Lite
 * specs, the theme, compilation (vega-lite), rendering to SVG and PNG (vega, resvg) and
 * PDF (pdfkit), and drawCharts, the function behind `partnersim chart`. Kept out of the
 * main entry, so that `import 'partnersim'` loads none of the renderers.
 *
 * @example
 * import { loadScenario, simulate } from 'partnersim';
 * import { timeseriesSpec, compileChart, renderSvg } from 'partnersim/charts';
 */
export { drawCharts, writeFigure, CHART_FORMATS, type ChartOptions, type ChartSummary, type ChartFormat } from './drawCharts.js';
export { CHART_KINDS, type ChartKind, type Figure } from './catalogue.js';
export { publicationTheme, mergeConfig } from './theme.js';
export { chartTheme } from './themeFile.js';
export { compileChart, withTheme, type ChartSpec } from './compile.js';
export { renderSvg, svgToPng } from './render.js';
export { svgToPdf } from './pdf.js';
export { timeseriesSpec, type BandRow } from './kinds/timeseries.js';
export { effectsSpec, type EffectRow as ChartEffectRow } from './kinds/effects.js';
export { stateTrajectoriesSpec } from './kinds/stateTrajectories.js';
export { statusTimelineSpec } from './kinds/statusTimeline.js';
export { leagueSpec } from './kinds/league.js';
export { heatmapSpec } from './kinds/heatmap.js';
export { sensitivitySpec } from './kinds/sensitivity.js';
export { migrantsSpec } from './kinds/migrants.js';
export { discoveryTradeoffSpec, discoveryLimitsSpec, discoveryCasesSpec } from './kinds/discovery.js';
