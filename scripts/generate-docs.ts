/**
 * `npm run docs`: regenerates the generated sections of docs/ODD.md: the parameter and
 * process tables and the list of verification tests from the code, and the TRACE
 * appendix's sensitivity and validation sections from model runs (about a minute).
 * It also renders docs/validation.md's pass-rate tables from docs/data/pass-rates.csv
 * (written by `npm run validation:patterns`, which `npm run docs` does not run).
 * `--check` exits 1 when the static sections are out of date instead of writing;
 * `--static` regenerates only the static sections. docs/validation.md's factorial
 * decomposition of conditionality is rendered from docs/validation/factorial-conditionality.json
 * (scripts/factorial-conditionality.ts runs the model and writes it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { replaceFactorialSection, type FactorialData } from '../src/docs/factorialSection.js';
import { regenerateOdd, replaceSection } from '../src/docs/odd.js';
import { passRateSectionFromFiles } from '../src/docs/passRateTable.js';
import { sensitivitySection, validationSection } from '../src/docs/trace.js';
import { validate } from '../src/validation/index.js';

const file = new URL('../docs/ODD.md', import.meta.url);
const current = readFileSync(file, 'utf8');
// docs/validation.md's generated sections, from their committed data files (no model run):
// the factorial decomposition (scripts/factorial-conditionality.ts) and the pass rates (npm run validation:patterns)
const validationFile = new URL('../docs/validation.md', import.meta.url);
const factorialFile = new URL('../docs/validation/factorial-conditionality.json', import.meta.url);
const validation = readFileSync(validationFile, 'utf8');
const withFactorial = existsSync(factorialFile) ? replaceFactorialSection(validation, JSON.parse(readFileSync(factorialFile, 'utf8')) as FactorialData) : validation;
const nextValidation = replaceSection(withFactorial, 'pass-rates', passRateSectionFromFiles(new URL('../docs/data/pass-rates.csv', import.meta.url), new URL('../docs/data/pass-rates.json', import.meta.url)));
if (process.argv.includes('--check')) {
  if (regenerateOdd(current) !== current) {
    console.error('docs/ODD.md is out of date: run `npm run docs`');
    process.exit(1);
  }
  if (nextValidation !== validation) {
    console.error('docs/validation.md is out of date: run `npm run docs`');
    process.exit(1);
  }
} else {
  if (nextValidation !== validation) {
    writeFileSync(validationFile, nextValidation);
    console.log('docs/validation.md regenerated');
  }
  const computed = process.argv.includes('--static')
    ? {}
    : {
        'trace-validation': validationSection(await validate({ seeds: 10, migrants: 20000, firstSeed: 1 }), '1 to 10'),
        'trace-sensitivity': await sensitivitySection(),
      };
  const next = regenerateOdd(current, computed);
  if (next !== current) {
    writeFileSync(file, next);
    console.log('docs/ODD.md regenerated');
  } else console.log('docs/ODD.md is up to date');
}
