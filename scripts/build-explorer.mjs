// Bundles the explorer's page for the browser (part of `npm run build`): the Web
// Worker first, whose code the page carries as text and starts from a blob, so the
// page also runs from a folder opened without a server; then the page, with Vega, the
// chart builders and the schema. Writes dist/explorer/: index.html, explorer.css, explorer.js.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'explorer');
const common = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, write: false, legalComments: 'none', logLevel: 'warning' };

const worker = await build({ ...common, entryPoints: [path.join(root, 'src/explorer/browser/worker.ts')] });
const page = await build({
  ...common,
  entryPoints: [path.join(root, 'src/explorer/browser/main.ts')],
  define: { __WORKER_SOURCE__: JSON.stringify(worker.outputFiles[0].text) },
});
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'explorer.js'), page.outputFiles[0].contents);
for (const file of ['index.html', 'explorer.css']) copyFileSync(path.join(root, 'src/explorer/assets', file), path.join(out, file));
const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
process.stdout.write(`explorer: dist/explorer/explorer.js ${kb(page.outputFiles[0].contents.length)} (worker ${kb(worker.outputFiles[0].contents.length)})\n`);
