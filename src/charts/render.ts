/**
 * Rendering a compiled chart in Node, with no browser and no network: Vega's
 * View.toSVG() (with the pinned font's metrics and a closed loader), and PNG from that
 * SVG with resvg given the pinned font files only (no system fonts, so the picture is
 * the same on every machine and text is never dropped).
 *
 * @example
 * const svg = await renderSvg(compileChart(spec, theme).vega);
 * const png = svgToPng(svg, { scale: 300 / 72 });
 */
import { Resvg } from '@resvg/resvg-js';
import { parse, View, type Spec as VegaSpec } from 'vega';
import { FONT_FAMILY, fontFiles, useFontMetrics } from './fonts.js';
import { closedLoader, RemoteLoadRefused } from './loader.js';

/** Default PNG scale: 300 dots per inch, since one px of the chart is one pt. */
export const DEFAULT_PNG_SCALE = 300 / 72;

/** The SVG text of a Vega spec (width and height in px = pt); a spec that tries to load anything fails. */
export async function renderSvg(spec: VegaSpec): Promise<string> {
  useFontMetrics();
  const loader = closedLoader();
  const view = new View(parse(spec), { renderer: 'none', loader, logLevel: 0 });
  try {
    const svg = await view.toSVG();
    if (loader.refused.length > 0) throw new RemoteLoadRefused(loader.refused[0]);
    return svg;
  } finally {
    view.finalize();
  }
}

/** Width and height of an SVG from its root element, px. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('the SVG has no width and height');
  return { width, height };
}

export interface PngOptions {
  /** pixels per px of the chart (default 300/72: 300 dpi) */
  scale?: number;
}

/** A PNG of the SVG, `scale` pixels per px, on white, with the pinned font. */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const scale = options.scale ?? DEFAULT_PNG_SCALE;
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
