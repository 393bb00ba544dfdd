import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/cli.js';

// A run that fails inside the engine.
vi.mock('../../src/engine/simulate.js', () => ({
  simulate: () => {
    throw new Error('invariant broken: share above 1\nsecond line');
  },
}));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'partnersim-fail-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function cli(env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env };
  return { code: await runCli(argv, io), stdout, stderr };
}

const tiny = {
  name: 'tiny',
  states: [
    { id: 'ORI', name: 'Origin', roles: ['origin'], source: 'assumption' },
    { id: 'DST', name: 'Destination', roles: ['destination'], source: 'assumption', destination: {} },
  ],
};

describe('a failure during a run', () => {
  it('exits 1 with one line, no stack, and no output folder', async () => {
    const file = path.join(dir, 'tiny.json');
    writeFileSync(file, JSON.stringify(tiny));
    const { code, stdout, stderr } = await cli({}, 'run', file, '--out', path.join(dir, 'out'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('partnersim: run failed: invariant broken: share above 1 second line\n');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('shows the stack when PARTNERSIM_DEBUG=1', async () => {
    const file = path.join(dir, 'tiny.json');
    writeFileSync(file, JSON.stringify(tiny));
    const { code, stderr } = await cli({ PARTNERSIM_DEBUG: '1' }, 'run', file, '--out', path.join(dir, 'out'));
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('partnersim: run failed: invariant broken: share above 1 second line');
    expect(stderr).toContain('    at ');
  });
});
