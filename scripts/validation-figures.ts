/**
 * Writes the figure of each validated pattern to docs/validation/ (SVG and PNG), from
 * the validation runs of seeds 1 to 10 (the runs of docs/ODD.md's TRACE appendix).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileChart } from '../src/charts/compile.js';
import { renderSvg, svgToPng } from '../src/charts/render.js';
import { publicationTheme } from '../src/charts/theme.js';
import { PATTERNS } from '../src/validation/patterns.js';
import { patternFigures } from '../src/validation/figures.js';
import { validationData } from '../src/validation/index.js';

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'validation');
mkdirSync(target, { recursive: true });
const data = await validationData({ seeds: 10, migrants: 20000, firstSeed: 1 });
const results = PATTERNS.map((p) => p(data));
const theme = publicationTheme();
for (const figure of patternFigures(data, results.find((r) => r.id === 'benchmarking')!.detail)) {
  const { vega, warnings } = compileChart(figure.spec, theme);
  if (warnings.length > 0) throw new Error(`${figure.name}: ${warnings.join('; ')}`);
  const svg = await renderSvg(vega);
  writeFileSync(path.join(target, `${figure.name}.svg`), svg);
  writeFileSync(path.join(target, `${figure.name}.png`), svgToPng(svg, { scale: 2 }));
  console.log(`wrote docs/validation/${figure.name}.svg and .png`);
}
