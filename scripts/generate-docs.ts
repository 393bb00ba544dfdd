/**
 * `npm run docs`: regenerates the generated sections of docs/ODD.md: the parameter and
 * process tables and the list of verification tests from the code, and the TRACE
 * appendix's sensitivity and validation sections from model runs (about a minute).
 * It also renders docs/validation.md's signature section from docs/validation/signatures.json
 * (`npm run signatures` writes that file; nothing here reruns it).
 * `--check` exits 1 when the static sections are out of date instead of writing;
 * `--static` regenerates only the static sections. docs/validation.md's factorial
 * decomposition of conditionality is rendered from docs/validation/factorial-conditionality.json
 * (scripts/factorial-conditionality.ts runs the model and writes it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { replaceFactorialSection, type FactorialData } from '../src/docs/factorialSection.js';
import { regenerateOdd, replaceSection } from '../src/docs/odd.js';
import { passRateSectionFromFiles } from '../src/docs/passRateTable.js';
import { withSignatureSection, type SignatureData } from '../src/docs/signatures.js';
import { calendarTable } from '../src/docs/calendarTable.js';
import { loadScenario } from '../src/scenario/load.js';
import { sensitivitySection, validationSection } from '../src/docs/trace.js';
import { validate } from '../src/validation/index.js';

const file = new URL('../docs/ODD.md', import.meta.url);
const current = readFileSync(file, 'utf8');
// docs/validation.md's generated sections, each from its committed data file (no model run):
// the signatures (`npm run signatures`) and the factorial decomposition of conditionality
const validationFile = new URL('../docs/validation.md', import.meta.url);
const signaturesFile = new URL('../docs/validation/signatures.json', import.meta.url);
const factorialFile = new URL('../docs/validation/factorial-conditionality.json', import.meta.url);
const validationNow = readFileSync(validationFile, 'utf8');
const withSignatures = existsSync(signaturesFile) ? withSignatureSection(validationNow, JSON.parse(readFileSync(signaturesFile, 'utf8')) as SignatureData) : validationNow;
const withFactorial = existsSync(factorialFile) ? replaceFactorialSection(withSignatures, JSON.parse(readFileSync(factorialFile, 'utf8')) as FactorialData) : withSignatures;
// and the pass rates of `npm run validation:patterns` (docs/data/pass-rates.csv; nothing here reruns them)
const validationNext = replaceSection(withFactorial, 'pass-rates', passRateSectionFromFiles(new URL('../docs/data/pass-rates.csv', import.meta.url), new URL('../docs/data/pass-rates.json', import.meta.url)));
if (process.argv.includes('--check')) {
  if (regenerateOdd(current) !== current) {
    console.error('docs/ODD.md is out of date: run `npm run docs`');
    process.exit(1);
  }
  if (validationNext !== validationNow) {
    console.error('docs/validation.md is out of date with its data files in docs/validation/: run `npm run docs`');
    process.exit(1);
  }
} else {
  if (validationNext !== validationNow) {
    writeFileSync(validationFile, validationNext);
    console.log('docs/validation.md regenerated (signatures, factorial decomposition)');
  }
  // the shipped scenarios' calendars (loaded, so the section needs no model run)
  const calendar = calendarTable(await Promise.all(['eu-mobility-partnerships', 'north-america-rcm'].map(async (name) => (await loadScenario(name)).base)));
  const computed = process.argv.includes('--static')
    ? { calendar }
    : {
        calendar,
        'trace-validation': validationSection(await validate({ seeds: 10, migrants: 20000, firstSeed: 1 }), '1 to 10'),
        'trace-sensitivity': await sensitivitySection(),
      };
  const next = regenerateOdd(current, computed);
  if (next !== current) {
    writeFileSync(file, next);
    console.log('docs/ODD.md regenerated');
  } else console.log('docs/ODD.md is up to date');
}
