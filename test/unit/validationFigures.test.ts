import { describe, expect, it } from 'vitest';
import { compileChart } from '../../src/charts/compile.js';
import { publicationTheme } from '../../src/charts/theme.js';
import { patternFigures } from '../../src/validation/figures.js';
import { PATTERNS, validationData } from '../../src/validation/index.js';

describe('validation figures', async () => {
  const data = await validationData({ seeds: 2, migrants: 2000, firstSeed: 1 });
  const results = PATTERNS.map((p) => p(data));
  const figures = patternFigures(data, results.find((r) => r.id === 'benchmarking')!.detail);

  it('one figure per pattern, named after it', () => {
    expect(figures.map((f) => f.name)).toEqual(results.map((r) => r.id));
  });

  for (const figure of figures) {
    it(`${figure.name}: compiles without warnings, with data and titled axes`, () => {
      const { warnings } = compileChart(figure.spec, publicationTheme());
      expect(warnings).toEqual([]);
      const text = JSON.stringify(figure.spec);
      expect(text).toMatch(/"title":"[^"]+"/);
      expect((figure.spec as { data?: { values: unknown[] } }).data?.values.length).toBeGreaterThan(0);
    });
  }
});
