/**
 * Fault injection for the tests of the sweep's failure handling, read from the
 * environment variable PARTNERSIM_FAULTS: `{"throw": [run ids], "exit": [run ids],
 * "oom": [run ids]}`. It runs only in the test worker entry (fault-worker.mjs), which
 * wraps the real worker task; partnersim's own workers never read it.
 */
interface Faults {
  throw?: string[];
  exit?: string[];
  oom?: string[];
}

let faults: Faults | null | undefined;

function load(): Faults | null {
  const raw = process.env.PARTNERSIM_FAULTS;
  if (!raw) return null;
  return JSON.parse(raw) as Faults;
}

export function injectFault(id: string): void {
  if (faults === undefined) faults = load();
  if (!faults) return;
  if (faults.throw?.includes(id)) throw new Error(`injected fault in run ${id}`);
  if (faults.exit?.includes(id)) process.exit(3);
  if (faults.oom?.includes(id)) {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1_000_000).fill(hog.length));
  }
}
