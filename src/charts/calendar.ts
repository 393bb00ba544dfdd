/**
 * The time axis of a chart: calendar years when the scenario that made the results can
 * be loaded (scenarioCalendar.ts) (step 0 is its start, e.g. 2005 Q1, and each step is 1/stepsPerYear of a
 * year), otherwise plain steps.
 *
 * @example
 * timeOf({ kind: 'year', start: 2005, stepsPerYear: 4 }, 6); // 2006.5
 */

export type TimeAxis = { kind: 'step' } | { kind: 'year'; start: number; stepsPerYear: number };

export const STEP_AXIS: TimeAxis = { kind: 'step' };

/** The time of a step on the axis. */
export function timeOf(axis: TimeAxis, step: number): number {
  return axis.kind === 'year' ? axis.start + step / axis.stepsPerYear : step;
}

/** The axis title. */
export function timeTitle(axis: TimeAxis): string {
  return axis.kind === 'year' ? 'Year' : 'Step';
}

/** What one step is called in units (`per quarter`). */
export function stepWord(axis: TimeAxis): string {
  if (axis.kind === 'step') return 'step';
  return ({ 1: 'year', 2: 'half-year', 4: 'quarter', 12: 'month', 52: 'week' } as Record<number, string>)[axis.stepsPerYear] ?? 'step';
}

/** The length of one step on the axis (for rectangles that span a step). */
export function stepLength(axis: TimeAxis): number {
  return axis.kind === 'year' ? 1 / axis.stepsPerYear : 1;
}

/** Round tick values from `min` to `max`, about `count` of them, at steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const unit = Math.max(1, step);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / unit) * unit; t <= max + 1e-9; t += unit) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

/**
 * Vega-Lite x encoding of the field `time` for steps `first` to `last`: the domain is
 * exactly those steps' times, ticks fall on whole years (or steps), about `ticks` of
 * them, and the end labels sit inside the axis so panels side by side never collide.
 */
export function timeEncoding(axis: TimeAxis, first: number, last: number, ticks = 5, field = 'time'): Record<string, unknown> {
  const t0 = timeOf(axis, first);
  const t1 = timeOf(axis, Math.max(first + 1, last));
  return {
    field,
    type: 'quantitative',
    title: timeTitle(axis),
    scale: { domain: [t0, t1], zero: false, nice: false },
    axis: { values: niceTicks(t0, t1, ticks), format: 'd', labelFlush: true },
  };
}
