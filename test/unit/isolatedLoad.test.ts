import { describe, expect, it } from 'vitest';
import { nodeExecutable } from '../../src/scenario/isolatedLoad.js';

describe('nodeExecutable', () => {
  it("runs the loader child on this process's binary under Node, on node from the PATH under Deno or Bun", () => {
    expect(nodeExecutable({ node: '20.20.2' }, '/opt/node/bin/node')).toBe('/opt/node/bin/node');
    // Deno's Jupyter kernel (the notebooks): its execPath is deno, which cannot run tsx's hooks
    expect(nodeExecutable({ node: '20.11.1', deno: '2.9.6' }, '/usr/local/bin/deno')).toBe('node');
    expect(nodeExecutable({ node: '22.6.0', bun: '1.2.0' }, '/usr/local/bin/bun')).toBe('node');
  });
});
