/**
 * Progress of a sweep: a bar with runs done, runs per second and ETA on a terminal
 * (cli-progress); otherwise a plain line every 10 s or every tenth of the runs,
 * whichever comes first; nothing when quiet.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  /** runs already done before this invocation (resume) */
  done: number;
  quiet: boolean;
  stream: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  /** seconds between plain lines when not on a terminal */
  every?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s % 60}s`;
}

export function createProgress(options: ProgressOptions): Progress {
  const { total, quiet, stream } = options;
  let done = options.done;
  let failures = 0;
  const started = Date.now();
  const newRuns = () => done - options.done;
  const rate = () => newRuns() / Math.max(1e-3, (Date.now() - started) / 1000);
  if (quiet) {
    return {
      tick(failed) {
        done++;
        if (failed) failures++;
      },
      stop() {},
    };
  }
  if ((stream as NodeJS.WriteStream).isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'sweep {bar} {value}/{total} runs | {rate} runs/s | ETA {eta_formatted} | {failures} failed',
        stream: stream as NodeJS.WriteStream,
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, done, { rate: '0.0', failures: 0 });
    return {
      tick(failed) {
        done++;
        if (failed) failures++;
        bar.update(done, { rate: rate().toFixed(1), failures });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const every = (options.every ?? 10) * 1000;
  const step = Math.max(1, Math.ceil(total / 10));
  let last = Date.now();
  let lastDone = done;
  const line = () => {
    const left = (total - done) / Math.max(1e-9, rate());
    stream.write(`sweep: ${done}/${total} runs (${Math.floor((100 * done) / Math.max(1, total))}%), ${rate().toFixed(1)} runs/s, ETA ${formatDuration(left)}, ${failures} failed\n`);
  };
  return {
    tick(failed) {
      done++;
      if (failed) failures++;
      if (done < total && (Date.now() - last >= every || done - lastDone >= step)) {
        last = Date.now();
        lastDone = done;
        line();
      }
    },
    stop() {},
  };
}
