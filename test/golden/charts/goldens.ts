/**
 * The golden chart specs: each fixture figure's Vega-Lite spec with the publication
 * theme, as `--format json` writes it. test/golden/charts/charts.test.ts compares them;
 * only `npm run golden:charts` (update.ts) rewrites them, on purpose.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTheme } from '../../../src/charts/compile.js';
import { publicationTheme } from '../../../src/charts/theme.js';
import { fixtureFigures } from '../../unit/charts/fixtures.js';

export const GOLDEN_DIR = path.dirname(fileURLToPath(import.meta.url));

/** name → the JSON text of its golden file. */
export function goldenTexts(): Map<string, string> {
  const theme = publicationTheme();
  return new Map(fixtureFigures().map((f) => [f.name, JSON.stringify(withTheme(f.spec, theme), null, 1) + '\n']));
}
