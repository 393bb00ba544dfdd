/** Running a sweep on behalf of a command (`sweep`, `compare`), with progress and Ctrl-C handling. */
import path from 'node:path';
import { formatDuration } from '../../experiments/progress.js';
import type { SweepOptions, SweepSummary } from '../../experiments/sweep.js';
import { ExitWith } from './errors.js';
import { processIo, type CliIo } from './io.js';

/**
 * Runs a sweep for a command: progress to the injected stderr, Ctrl-C (or SIGTERM)
 * stops cleanly keeping what finished, a second Ctrl-C quits at once. Returns the
 * summary and its one-line report; an interrupted sweep exits 130.
 */
export async function runSweepCommand(options: SweepOptions, io: CliIo): Promise<{ summary: SweepSummary; line: string; where: string }> {
  const { runSweep } = await import('../../experiments/sweep.js');
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    io.stderr('\npartnersim: stopping after the runs in progress (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    const stream = io.stderr === processIo.stderr ? process.stderr : { write: (text: string) => io.stderr(text), isTTY: false };
    const summary = await runSweep({ ...options, signal: controller.signal, stream });
    const where = path.relative(io.cwd ?? process.cwd(), summary.dir) || '.';
    const line = `sweep: ${summary.completed}/${summary.total} runs, ${summary.failed} failed, ${formatDuration(summary.wallMs / 1000)} -> ${where}`;
    if (summary.interrupted) throw new ExitWith(130, `${line}\npartnersim: interrupted; finish it with the same command and --resume`);
    return { summary, line, where };
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
  }
}
