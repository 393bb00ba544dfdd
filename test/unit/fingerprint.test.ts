/**
 * The model's fingerprint (src/io/fingerprint.ts): the code hash depends on the model's
 * files and their content only, never on where the tree lies, line endings or the
 * files outside the model; every run manifest records it.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeHash, MODEL_CODE, modelDifference, modelFingerprint, modelKey } from '../../src/io/fingerprint.js';
import { readModelRecord } from '../../src/io/manifest.js';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';
import { makeTemp, removeTemp } from '../helpers/sweep.js';

const SRC = path.join(PACKAGE_ROOT, 'src');
const root = makeTemp('partnersim-fingerprint-');
afterAll(() => removeTemp(root));

function copyModel(to: string): void {
  for (const folder of MODEL_CODE.folders) cpSync(path.join(SRC, folder), path.join(to, folder), { recursive: true });
  for (const file of MODEL_CODE.files) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(SRC, `${file}.ts`), path.join(to, `${file}.ts`));
  }
}

describe('the code hash', () => {
  const a = path.join(root, 'one', 'src');
  const b = path.join(root, 'another-place', 'deeper', 'src');
  copyModel(a);
  copyModel(b);

  it('is the same for the same code wherever it lies, and equals the running tree\'s', () => {
    expect(codeHash(a, '.ts')).toEqual(codeHash(b, '.ts'));
    expect(codeHash(a, '.ts').hash).toBe(modelFingerprint().code);
    expect(codeHash(a, '.ts').hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('ignores line endings and files outside the model, and changes with one byte of the model', () => {
    const file = path.join(b, 'processes', 'rankPeers.ts');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n/g, '\r\n'));
    mkdirSync(path.join(b, 'charts'));
    writeFileSync(path.join(b, 'charts', 'x.ts'), 'export const x = 1;\n');
    expect(codeHash(b, '.ts')).toEqual(codeHash(a, '.ts'));
    writeFileSync(file, text.replace('0', '1'));
    expect(codeHash(b, '.ts').hash).not.toBe(codeHash(a, '.ts').hash);
  });

  it('decides, not the git commit: a key holds the package and the code only', () => {
    const key = modelKey();
    expect(Object.keys(key).sort()).toEqual(['code', 'package']);
    expect(modelDifference({ ...key }, key)).toBeNull();
    expect(modelDifference({ ...key, code: 'sha256:' + '0'.repeat(64) }, key)).toMatch(/written by partnersim@.* \(code 000000000000\), this is/);
    expect(modelDifference(undefined, key)).toMatch(/records no model fingerprint/);
    const record = readModelRecord();
    expect(record).toMatchObject({ ...key, tree: 'src' });
    expect(record.git).toHaveProperty('commit'); // recorded beside (null outside a git checkout)
  });
});
