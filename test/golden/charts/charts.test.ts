import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, goldenTexts } from './goldens.js';

describe('golden chart specs (rewritten only by npm run golden:charts)', () => {
  for (const [name, text] of goldenTexts()) {
    it(`${name}.json is unchanged`, () => {
      const file = path.join(GOLDEN_DIR, `${name}.json`);
      expect(existsSync(file), `${file} is missing: run npm run golden:charts`).toBe(true);
      expect(JSON.parse(text), `${name}: the spec changed; if on purpose, run npm run golden:charts and review the diff`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
