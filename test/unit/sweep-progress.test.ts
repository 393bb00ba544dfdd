/**
 * Progress of a sweep on a stream that is not a terminal: plain lines (runs done,
 * percentage, rate, ETA, failures), nothing when quiet.
 */
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../../src/experiments/progress.js';

function stream() {
  const lines: string[] = [];
  return { lines, write: (text: string) => void lines.push(text), isTTY: false };
}

describe('sweep progress on a non-TTY stream', () => {
  it('quiet: prints nothing', () => {
    const s = stream();
    const p = createProgress({ total: 4, done: 0, quiet: true, stream: s, every: 0 });
    for (let k = 0; k < 4; k++) p.tick(k === 2);
    p.stop();
    expect(s.lines).toEqual([]);
  });

  it('plain lines with runs done, percentage, rate, ETA and failures', () => {
    const s = stream();
    const p = createProgress({ total: 4, done: 0, quiet: false, stream: s, every: 0 });
    p.tick(false);
    p.tick(true);
    p.stop();
    expect(s.lines).toHaveLength(2);
    for (const line of s.lines) expect(line).toMatch(/^sweep: \d+\/4 runs \(\d+%\), [\d.]+ runs\/s, ETA \S+, \d+ failed\n$/);
    expect(s.lines[0]).toMatch(/^sweep: 1\/4 runs \(25%\), .*, 0 failed\n$/);
    expect(s.lines[1]).toMatch(/^sweep: 2\/4 runs \(50%\), .*, 1 failed\n$/);
  });

  it('a resumed sweep counts from the runs already done', () => {
    const s = stream();
    const p = createProgress({ total: 10, done: 6, quiet: false, stream: s, every: 0 });
    p.tick(false);
    expect(s.lines[0]).toMatch(/^sweep: 7\/10 runs \(70%\)/);
  });

  it('lines come every `every` seconds or every tenth of the runs, whichever is first, and none at the end', () => {
    const s = stream();
    const p = createProgress({ total: 100, done: 0, quiet: false, stream: s, every: 3600 });
    for (let k = 0; k < 100; k++) p.tick(false);
    p.stop();
    expect(s.lines.map((l) => /^sweep: (\d+)\//.exec(l)?.[1])).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '90']);
  });

  it('formatDuration', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(59.4)).toBe('59s');
    expect(formatDuration(61)).toBe('1m01s');
    expect(formatDuration(3600 + 5 * 60 + 7)).toBe('1h05m');
    expect(formatDuration(Infinity)).toBe('?');
  });
});
