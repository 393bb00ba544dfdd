/**
 * The explorer's page: two sides, A and B, on the same seed, each run by its own Web
 * Worker with the engine of the command line; controls generated from the schema,
 * live charts on canvas (the publication charts, drawn by Vega, on download), the
 * current step's indicators and migrants by status and route as tables, the settings
 * in the address, and export and load of a reproducible file.
 */
import type { TimeAxis } from '../../charts/calendar.js';
import { InputError } from '../../scenario/errors.js';
import type { Scenario, ScenarioInput } from '../../scenario/schema.js';
import { EXPORT_FORMAT, indicatorsHash, parseExport, type ExportedRun } from '../exportFile.js';
import { PAGE_DATA_ID, type PageData } from '../pageData.js';
import { canonicalJson } from '../../scenario/canonical.js';
import { effectivePolicy, effectiveScenario, type PolicyData, type RunSettings } from '../settings.js';
import { formatAddress, parseAddress } from './address.js';
import { CHARTS, publicationChart, type ChartName } from './charts.js';
import { installBenchHook } from './benchHook.js';
import { renderControls } from './controls.js';
import { LiveView } from './liveView.js';
import { Side, type SideName } from './side.js';

declare const __WORKER_SOURCE__: string;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
};

const data = JSON.parse($(PAGE_DATA_ID).textContent ?? '{}') as PageData;
const workerUrl = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
let scenario: ScenarioInput = data.scenario;
let slug = data.slug;
const policies: PolicyData[] = data.policies;
const sides: Side[] = [new Side('A', data.initial, workerUrl), new Side('B', data.initial, workerUrl)];
/** batches of steps asked of the workers ahead of the one being drawn, while playing */
const PLAY_DEPTH = 2;
let playing = false;
let linked = false;
let queue: Promise<void> = Promise.resolve();
let queued = 0;

function message(text: string, kind: 'error' | 'info' = 'info'): void {
  const node = $('message');
  node.textContent = text;
  node.dataset.kind = kind;
  node.hidden = text === '';
}

/** Runs operations one after another; a failure is shown, never thrown away. */
function enqueue(action: () => Promise<void>): Promise<void> {
  queued++;
  // busy at once, so that whoever waits for the page to be idle waits for this too
  document.body.dataset.busy = '1';
  queue = queue
    .then(action)
    .catch((error: unknown) => message(error instanceof Error ? error.message : String(error), 'error'))
    .finally(async () => {
      queued--;
      if (queued === 0) await refresh();
    });
  return queue;
}

function policyOf(settings: RunSettings): PolicyData {
  const base = policies.find((p) => p.name === settings.policy);
  if (!base) throw new InputError(`unknown policy "${settings.policy}" (known: ${policies.map((p) => p.name).join(', ')})`);
  return base;
}

function scenarios(settings: RunSettings): { effective: Scenario; policyOnly: Scenario } {
  const base = policyOf(settings);
  const sizes = { steps: settings.steps, migrants: settings.migrants };
  return { effective: effectiveScenario(scenario, effectivePolicy(base, settings.levers), sizes), policyOnly: effectiveScenario(scenario, base, sizes) };
}

let axisOf: { scenario: ScenarioInput; settings: RunSettings; axis: TimeAxis } | undefined;

/** The calendar of A's run; kept until the scenario or A's settings change (validating the scenario again at every redraw cost more than drawing). */
function timeAxis(): TimeAxis {
  const settings = sides[0].settings;
  if (axisOf?.scenario !== scenario || axisOf.settings !== settings) {
    const { effective } = scenarios(settings);
    axisOf = { scenario, settings, axis: { kind: 'year', start: effective.start.year + (effective.start.quarter - 1) / 4, stepsPerYear: effective.stepsPerYear } };
  }
  return axisOf.axis;
}

function downloadChart(name: ChartName, format: 'svg' | 'png'): void {
  enqueue(async () => {
    const base = `${sides[0].runId}-${name}`;
    const chart = await publicationChart(CHARTS[name].build({ sides, time: timeAxis(), steps: sides[0].settings.steps }), format);
    if (format === 'svg') download(`${base}.svg`, chart, 'image/svg+xml');
    else {
      const a = document.createElement('a');
      a.href = chart;
      a.download = `${base}.png`;
      a.click();
    }
  });
}

const live = new LiveView({ sides, time: timeAxis, steps: () => sides[0].settings.steps, download: downloadChart });

function taken(): number {
  return Math.min(sides[0].taken, sides[1].taken);
}

function renderSide(side: Side): void {
  const { effective, policyOnly } = scenarios(side.settings);
  renderControls($(`controls-${side.name}`), { side: side.name, settings: side.settings, policies, effective, policyOnly, onChange: (settings) => change(side.name, settings) });
}

function updateAddress(): void {
  history.replaceState(null, '', formatAddress({ a: sides[0].settings, b: sides[1].settings, step: taken(), linked }));
}

/** Tables, counters, buttons and address (not while playing); the charts too unless `charts` is false. */
async function refresh(charts = true): Promise<void> {
  const t0 = performance.now();
  $('taken').textContent = String(taken());
  $('horizon').textContent = String(sides[0].settings.steps);
  $('run-ids').textContent = sides.map((s) => `${s.name}: ${s.runId}`).join(' · ');
  ($('step') as HTMLButtonElement).disabled = playing || sides.every((s) => s.done);
  ($('play') as HTMLButtonElement).disabled = playing || sides.every((s) => s.done);
  ($('pause') as HTMLButtonElement).disabled = !playing;
  document.body.dataset.busy = queued > 0 || playing ? '1' : '0';
  // while playing the address waits: browsers ignore replaceState called many times a second
  if (!playing) updateAddress();
  // while playing, what is out of view waits until it comes into view
  if (charts) live.draw(playing);
  drawn.count++;
  drawn.ms += performance.now() - t0;
}

async function setup(side: Side, catchUp: number): Promise<void> {
  await side.setup(scenario, slug, policies);
  await side.step(catchUp);
}

function sharedInputs(): { seed: number; migrants: number; steps: number } {
  const read = (id: string, min: number) => {
    const input = $(id) as HTMLInputElement;
    const value = Number(input.value);
    if (input.value === '' || !Number.isSafeInteger(value) || value < min) throw new InputError(`${id}: expected an integer of at least ${min}, got ${JSON.stringify(input.value)}`);
    return value;
  };
  return { seed: read('seed', 0), migrants: read('migrants', 0), steps: read('steps', 1) };
}

function showShared(settings: RunSettings): void {
  ($('seed') as HTMLInputElement).value = String(settings.seed);
  ($('migrants') as HTMLInputElement).value = String(settings.migrants);
  ($('steps') as HTMLInputElement).value = String(settings.steps);
  ($('linked') as HTMLInputElement).checked = linked;
}

/** A lever moved on one side (on both when linked): that side starts again and catches up. */
function change(name: SideName, settings: RunSettings): void {
  playing = false;
  enqueue(async () => {
    const target = taken();
    const changed = linked ? sides : sides.filter((s) => s.name === name);
    for (const side of changed) {
      const next = { ...settings, seed: side.settings.seed, migrants: side.settings.migrants, steps: side.settings.steps };
      scenarios(next); // validates before the worker is asked
      side.settings = next;
    }
    await Promise.all(changed.map((side) => setup(side, target)));
    sides.forEach(renderSide);
    message('');
  });
}

/** Seed, migrants or horizon changed: both sides set up again from step 0 (a structural change). */
function setupAgain(shared: { seed: number; migrants: number; steps: number }): Promise<void> {
  playing = false;
  return enqueue(async () => {
    for (const side of sides) side.settings = { ...side.settings, ...shared };
    await Promise.all(sides.map((side) => setup(side, 0)));
    sides.forEach(renderSide);
    showShared(sides[0].settings);
  });
}

let drawScheduled = false;
/** refreshes since play was last pressed, and the main thread's milliseconds in them (read by the benchmark) */
const drawn = { count: 0, ms: 0 };

/** Draws at the next frame, once however many batches arrive before it. */
function scheduleDraw(): void {
  if (drawScheduled) return;
  drawScheduled = true;
  requestAnimationFrame(() => {
    drawScheduled = false;
    if (playing) void refresh();
  });
}

/**
 * Plays both sides in batches of "steps per redraw", drawing after each. Each worker
 * has the next batch queued while the page draws the last (PLAY_DEPTH batches asked
 * ahead), so no worker waits for the page; both sides are asked the same batches, so
 * they stop at the same step.
 */
async function playLoop(): Promise<void> {
  const ahead: Promise<unknown>[] = [];
  const ask = () => {
    const count = Number(($('speed') as HTMLSelectElement).value);
    ahead.push(Promise.all(sides.map((s) => s.step(count))).then(scheduleDraw));
  };
  try {
    while (playing && !sides.every((s) => s.done)) {
      while (ahead.length < PLAY_DEPTH) ask();
      await ahead.shift();
    }
  } finally {
    await Promise.allSettled(ahead);
    playing = false;
  }
}

function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportSide(side: Side): void {
  enqueue(async () => {
    const run: ExportedRun = {
      format: EXPORT_FORMAT,
      package: data.package,
      scenario: { slug, input: scenario },
      settings: side.settings,
      policy: effectivePolicy(policyOf(side.settings), side.settings.levers),
      seed: side.settings.seed,
      steps: side.settings.steps,
      migrants: side.settings.migrants,
      step: side.taken,
      scenarioHash: side.scenarioHash,
      indicatorsHash: indicatorsHash(side.rows),
    };
    download(`${side.runId}-step-${side.taken}.json`, JSON.stringify(run, null, 2) + '\n');
    message(`exported ${side.name} at step ${side.taken}: reproduce it with partnersim run --from FILE`);
  });
}

async function load(file: File): Promise<void> {
  const text = await file.text();
  playing = false;
  enqueue(async () => {
    const run = parseExport(text, file.name);
    const base = policies.find((p) => p.name === run.settings.policy);
    if (!base || canonicalJson(effectivePolicy(base, run.settings.levers)) !== canonicalJson(run.policy)) {
      throw new InputError(`${file.name}: policy: "${run.policy.name}" does not match the settings' policy and levers in this page`);
    }
    scenario = run.scenario.input as ScenarioInput;
    slug = run.scenario.slug;
    scenarios(run.settings);
    for (const side of sides) side.settings = run.settings;
    await Promise.all(sides.map((side) => setup(side, run.step)));
    sides.forEach(renderSide);
    showShared(run.settings);
    const hash = indicatorsHash(sides[0].rows);
    if (hash !== run.indicatorsHash) throw new InputError(`${file.name}: the indicators of this run differ from the file's (indicatorsHash ${run.indicatorsHash.slice(0, 12)}…, here ${hash.slice(0, 12)}…)`);
    message(`loaded ${file.name}: ${run.step} steps, indicators identical to the file's`);
  });
}

function wire(): void {
  $('step').addEventListener('click', () => enqueue(async () => void (await Promise.all(sides.map((s) => s.step(1))))));
  $('play').addEventListener('click', () => {
    playing = true;
    drawn.count = 0;
    drawn.ms = 0;
    enqueue(playLoop);
    void refresh(false);
  });
  $('pause').addEventListener('click', () => (playing = false));
  $('reset').addEventListener('click', () => void setupAgain({ ...sharedInputs(), seed: sides[0].settings.seed }));
  $('new-seed').addEventListener('click', () => {
    const seed = crypto.getRandomValues(new Uint32Array(1))[0];
    ($('seed') as HTMLInputElement).value = String(seed);
    void setupAgain({ ...sharedInputs(), seed });
  });
  $('setup').addEventListener('click', () => {
    try {
      void setupAgain(sharedInputs());
    } catch (error) {
      message((error as Error).message, 'error');
    }
  });
  $('linked').addEventListener('change', () => {
    linked = ($('linked') as HTMLInputElement).checked;
    updateAddress();
  });
  $('export-A').addEventListener('click', () => exportSide(sides[0]));
  $('export-B').addEventListener('click', () => exportSide(sides[1]));
  $('load').addEventListener('change', () => {
    const file = ($('load') as HTMLInputElement).files?.[0];
    if (file) void load(file);
    ($('load') as HTMLInputElement).value = '';
  });
}

function start(): void {
  installBenchHook({
    drawn: () => ({ ...drawn }),
    engine: (steps) =>
      new Promise<number>((resolve, reject) => {
        void enqueue(async () => {
          try {
            await Promise.all(sides.map((side) => setup(side, 0)));
            const t0 = performance.now();
            await Promise.all(sides.map((side) => side.step(steps)));
            resolve(performance.now() - t0);
          } catch (error) {
            reject(error);
            throw error;
          }
        });
      }),
  });
  $('scenario-name').textContent = `${slug} · partnersim ${data.package.version}`;
  wire();
  let step = 0;
  try {
    const address = parseAddress(location.hash);
    if (address) {
      scenarios(address.a);
      scenarios(address.b);
      sides[0].settings = address.a;
      sides[1].settings = address.b;
      linked = address.linked;
      step = Math.min(address.step, address.a.steps, address.b.steps);
    }
  } catch (error) {
    message(`${(error as Error).message}; showing the scenario's own settings instead`, 'error');
  }
  showShared(sides[0].settings);
  sides.forEach(renderSide);
  enqueue(async () => {
    await Promise.all(sides.map((side) => setup(side, step)));
    document.body.dataset.ready = '1';
  });
}

start();
