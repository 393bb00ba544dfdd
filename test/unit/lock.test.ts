/**
 * The folder lock (src/io/lock.ts) against real processes: a live holder is named and
 * respected, SIGINT and SIGTERM release the lock of a command that does not handle them
 * (and still end it by the signal), a lock of a killed process is taken over with a
 * message, and within one process the lock is re-entrant.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireFolderLock, LOCK_FILE, lockHolder, withFolderLock } from '../../src/io/lock.js';
import { InputError } from '../../src/scenario/errors.js';
import { PACKAGE_ROOT } from '../../src/scenario/loader.js';
import { makeTemp, removeTemp, waitFor } from '../helpers/sweep.js';

const root = makeTemp('partnersim-lock-');
afterAll(() => removeTemp(root));

const holderScript = path.join(root, 'hold.mts');
writeFileSync(
  holderScript,
  `const { acquireFolderLock } = await import(${JSON.stringify(pathToFileURL(path.join(PACKAGE_ROOT, 'src', 'io', 'lock.ts')).href)});
acquireFolderLock(process.argv[2], { command: 'test-holder' });
process.stdout.write('locked\\n');
setInterval(() => {}, 1000);
`,
);

/** A process that takes the lock of `dir` and waits. */
async function holder(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dir], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (t) => (out += t));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  await waitFor(() => out.includes('locked'), 'the holder to take the lock', 60_000);
  return { child, ended };
}

describe('the folder lock', () => {
  it('creates the folder and a lock naming this process; a new folder left empty is removed again', async () => {
    const dir = path.join(root, 'fresh');
    await withFolderLock(dir, { command: 'sweep' }, () => {
      expect(lockHolder(dir)).toMatchObject({ pid: process.pid, host: hostname(), command: 'sweep' });
    });
    expect(existsSync(dir)).toBe(false);
    await withFolderLock(dir, { command: 'sweep' }, () => writeFileSync(path.join(dir, 'kept.txt'), 'x'));
    expect(existsSync(path.join(dir, 'kept.txt'))).toBe(true);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('is re-entrant within a process, and released by the outermost level; also when the action throws', async () => {
    const dir = path.join(root, 'nested');
    mkdirSync(dir);
    await expect(
      withFolderLock(dir, 'compare', async () => {
        await withFolderLock(dir, 'sweep', () => expect(lockHolder(dir)?.command).toBe('compare'));
        expect(lockHolder(dir)?.command).toBe('compare');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`a live holder is named; ${signal} releases its lock and still ends it by the signal`, async () => {
      const dir = path.join(root, `held-${signal}`);
      const { child, ended } = await holder(dir);
      expect(() => acquireFolderLock(dir, { command: 'merge', label: '--out x' })).toThrow(InputError);
      expect(() => acquireFolderLock(dir, { command: 'merge', label: '--out x' })).toThrow(
        new RegExp(`^--out x: in use by partnersim test-holder, process ${child.pid} on host ${hostname()} since `),
      );
      child.kill(signal);
      expect((await ended).signal).toBe(signal);
      expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    });
  }

  it('a lock of a killed process is taken over, with a message naming it', async () => {
    const dir = path.join(root, 'killed');
    const { child, ended } = await holder(dir);
    child.kill('SIGKILL');
    await ended;
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(child.pid);
    const lines: string[] = [];
    const lock = acquireFolderLock(dir, { command: 'sweep', label: 'd', report: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^partnersim: d: taking over the lock left by partnersim test-holder, process ${child.pid} on host .*, which no longer runs\\n$`))]);
    expect(lockHolder(dir)?.pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});
