/**
 * Regenerates the generated sections of docs/ODD.md. With `--check`, exits 1 when the
 * file is out of date instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { regenerateOdd } from '../src/docs/odd.js';

const file = new URL('../docs/ODD.md', import.meta.url);
const current = readFileSync(file, 'utf8');
const next = regenerateOdd(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('docs/ODD.md is out of date: run `npm run docs`');
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(file, next);
  console.log('docs/ODD.md regenerated');
}
