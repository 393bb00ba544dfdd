import { describe, expect, it } from 'vitest';
import { compileChart } from '../../../src/charts/compile.js';
import { closedLoader, RemoteLoadRefused } from '../../../src/charts/loader.js';
import { renderSvg } from '../../../src/charts/render.js';
import { publicationTheme } from '../../../src/charts/theme.js';

describe("Vega's loader is closed", () => {
  it('refuses http(s) and file URLs', async () => {
    const loader = closedLoader();
    await expect(loader.load('https://example.org/data.csv')).rejects.toBeInstanceOf(RemoteLoadRefused);
    await expect(loader.load('http://127.0.0.1/data.json')).rejects.toThrow(/refused "http:\/\/127.0.0.1\/data.json"/);
    await expect(loader.sanitize('file:///etc/passwd', { context: 'dataflow' } as never)).rejects.toBeInstanceOf(RemoteLoadRefused);
  });

  it('makes rendering a spec that names a remote data URL fail instead of fetching it', async () => {
    const spec = { data: { url: 'https://example.org/data.csv' }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } };
    await expect(renderSvg(compileChart(spec as never, publicationTheme()).vega)).rejects.toThrow(/refused/);
  });
});
