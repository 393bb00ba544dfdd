/**
 * Rewrites the golden chart specs (npm run golden:charts). Run it only when a change
 * to a chart is intended, and review the diff.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GOLDEN_DIR, goldenTexts } from './goldens.js';

for (const [name, text] of goldenTexts()) {
  writeFileSync(path.join(GOLDEN_DIR, `${name}.json`), text);
  console.log(`wrote test/golden/charts/${name}.json`);
}
