/**
 * The committed notebooks carry no outputs (so none can be stale: `npm run notebooks`
 * executes them afresh), use Deno's TypeScript kernel and partnersim's public API
 * (the main entry and `partnersim/charts`, as compiled in dist/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../notebooks/', import.meta.url);
const notebooks = readdirSync(dir).filter((f) => f.endsWith('.ipynb')).sort();

describe('notebooks', () => {
  it('are the six of the analysis', () => {
    expect(notebooks).toEqual(['01-quickstart.ipynb', '02-counterfactuals.ipynb', '03-validation.ipynb', '04-sensitivity.ipynb', '05-discovery.ipynb', '06-calibration.ipynb']);
  });

  for (const name of notebooks) {
    it(`${name}: Deno kernel, no stored outputs, public API only`, () => {
      const nb = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      expect(nb.metadata.kernelspec.name).toBe('deno');
      for (const cell of nb.cells) {
        if (cell.cell_type !== 'code') continue;
        expect(cell.outputs, `${name}: a cell keeps outputs`).toEqual([]);
        expect(cell.execution_count).toBeNull();
        const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
        expect(source).not.toMatch(/bin\/partnersim|execFile|spawn\(/);
        for (const m of source.matchAll(/from '([^']+)'/g)) expect(m[1]).toMatch(/^\.\.\/dist\/src\/(index|charts\/index)\.js$|^npm:|^jsr:/);
      }
    });
  }
});
