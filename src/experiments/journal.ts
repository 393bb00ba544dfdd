/**
 * The journal of a sweep in progress: one JSON line per finished run, appended with a
 * single write as each run arrives, so nothing proportional to the sweep is held in
 * memory. A line cut short by a crash (kill -9) is detected and dropped on resume:
 * a run is complete only when its whole line, newline included, is on disk.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, truncateSync, writeSync, fsyncSync } from 'node:fs';
import type { Experiment } from './experiments.js';
import type { RunOutput } from './runExperiment.js';

export interface JournalEntry {
  experiment: Experiment;
  output: RunOutput;
}

export interface FailureEntry {
  experiment: Experiment;
  error: string;
}

/** Appends lines to a file; each line is one write. */
export class LineAppender {
  private fd: number;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'a');
  }
  append(value: unknown): void {
    writeSync(this.fd, JSON.stringify(value) + '\n');
  }
  close(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

export interface LineLocation {
  offset: number;
  length: number;
}

/**
 * Visits every complete line of a journal with its location; a trailing partial line
 * (no newline, or not JSON) is cut off the file when `repair` is set.
 */
export function scanLines(file: string, visit: (line: string, where: LineLocation) => void, options: { repair?: boolean } = {}): void {
  if (!existsSync(file)) return;
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  const chunk = Buffer.alloc(1 << 20);
  let pending = Buffer.alloc(0);
  let pendingStart = 0;
  let good = 0;
  let position = 0;
  let corrupt = false;
  try {
    while (position < size && !corrupt) {
      const n = readSync(fd, chunk, 0, chunk.length, position);
      if (n <= 0) break;
      position += n;
      const data = pending.length > 0 ? Buffer.concat([pending, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let from = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, from)) {
        const text = data.toString('utf8', from, nl);
        try {
          JSON.parse(text);
        } catch {
          corrupt = true;
          break;
        }
        visit(text, { offset: pendingStart + from, length: nl - from + 1 });
        from = nl + 1;
        good = pendingStart + from;
      }
      pending = Buffer.from(data.subarray(from));
      pendingStart += from;
    }
  } finally {
    closeSync(fd);
  }
  if (options.repair && good < size) truncateSync(file, good);
}

/** Reads one line at a known location. */
export function readLineAt(fd: number, where: LineLocation): string {
  const buffer = Buffer.alloc(where.length);
  readSync(fd, buffer, 0, where.length, where.offset);
  return buffer.toString('utf8', 0, where.length - 1);
}
