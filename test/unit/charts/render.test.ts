import { describe, expect, it } from 'vitest';
import { compileChart } from '../../../src/charts/compile.js';
import { svgToPdf } from '../../../src/charts/pdf.js';
import { renderSvg, svgSize, svgToPng } from '../../../src/charts/render.js';
import { publicationTheme } from '../../../src/charts/theme.js';
import { EXPECTED_TEXT, fixtureFigures } from './fixtures.js';
import { decodePng, greyVariance, pdfText, svgTexts } from './inspect.js';

const theme = publicationTheme();

describe('every kind of chart, from fixed rows', () => {
  for (const figure of fixtureFigures()) {
    describe(figure.name, () => {
      const compiled = compileChart(figure.spec, theme);
      const svg = renderSvg(compiled.vega);

      it('compiles with vega-lite without warnings', () => {
        expect(compiled.warnings).toEqual([]);
      });

      it('has its axis titles, legend labels and panel names as text in the SVG, in the pinned font', async () => {
        const text = await svg;
        const texts = svgTexts(text).join('\n');
        for (const expected of EXPECTED_TEXT[figure.name]) expect(texts, figure.name).toContain(expected);
        expect(text).toContain("font-family=\"'Source Sans 3'");
        expect(text).not.toMatch(/\u2026<\/text>/); // nothing truncated with an ellipsis
      });

      it('renders a PNG of the requested size that is not blank', async () => {
        const text = await svg;
        const { width, height } = svgSize(text);
        const png = decodePng(svgToPng(text, { scale: 2 }));
        expect(png.width).toBe(Math.round(width * 2));
        expect(png.height).toBe(Math.round(height * 2));
        expect(greyVariance(png)).toBeGreaterThan(100);
      });

      it('renders a one-page vector PDF whose text can be extracted', async () => {
        const pdf = await svgToPdf(await svg);
        const { pages, text } = await pdfText(pdf);
        expect(pages).toBe(1);
        const squeezed = text.replace(/\s+/g, '');
        for (const expected of EXPECTED_TEXT[figure.name].slice(0, 3)) expect(squeezed, figure.name).toContain(expected.replace(/\s+/g, ''));
      });
    });
  }
});

describe('text in the PNG', () => {
  it('draws the labels with the pinned font (text is never dropped)', async () => {
    const spec = { width: 120, height: 40, data: { values: [{ x: 1 }] }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative', title: 'Year' } } };
    const withTitle = await renderSvg(compileChart(spec as never, theme).vega);
    const withoutTitle = withTitle.replace(/<text\b[^>]*>Year<\/text>/, '');
    expect(withoutTitle).not.toBe(withTitle);
    const inked = (svg: string) => {
      const { pixels } = decodePng(svgToPng(svg, { scale: 2 }));
      let dark = 0;
      for (let k = 0; k < pixels.length; k += 4) if (pixels[k] < 128) dark++;
      return dark;
    };
    expect(inked(withTitle) - inked(withoutTitle)).toBeGreaterThan(50);
  });
});
