import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryName, writeFileAtomic, writeOutputFolder } from '../../src/io/atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-atomic-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file', async () => {
    const file = path.join(dir, 'a.csv');
    await writeFileAtomic(file, 'x,y\n1,2\n');
    expect(readFileSync(file, 'utf8')).toBe('x,y\n1,2\n');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('replaces an existing file', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('leaves no temporary file when it fails', async () => {
    const file = path.join(dir, 'missing-folder', 'a.txt');
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names temporary files after the target, the pid and a random suffix', () => {
    const a = temporaryName('/x/a.csv');
    expect(a).toMatch(new RegExp(`^/x/a\\.csv\\.tmp-${process.pid}-[0-9a-f]{12}$`));
    expect(temporaryName('/x/a.csv')).not.toBe(a);
  });
});

describe('writeOutputFolder', () => {
  it('creates the folder and its parents and writes every file', async () => {
    const folder = path.join(dir, 'results', 'run-1');
    const written = await writeOutputFolder(folder, [
      { name: 'one.csv', content: 'a\n' },
      { name: 'manifest.json', content: '{}\n' },
    ]);
    expect(written).toEqual([path.join(folder, 'one.csv'), path.join(folder, 'manifest.json')]);
    expect(readdirSync(folder).sort()).toEqual(['manifest.json', 'one.csv']);
    expect(readFileSync(path.join(folder, 'one.csv'), 'utf8')).toBe('a\n');
  });

  it('removes files it is told to remove', async () => {
    writeFileSync(path.join(dir, 'states.csv'), 'stale');
    await writeOutputFolder(dir, [{ name: 'timeseries.csv', content: 't\n' }], { remove: ['states.csv', 'absent.csv'] });
    expect(readdirSync(dir)).toEqual(['timeseries.csv']);
  });
});
