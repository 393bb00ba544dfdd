#!/usr/bin/env node
// The partnersim command line. The CLI is compiled TypeScript: run `npm run build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write(`partnersim: not built (no ${fileURLToPath(main)}): run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}\n`);
  process.exit(2);
}
await import(main.href);
