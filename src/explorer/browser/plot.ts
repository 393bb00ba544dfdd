/**
 * The explorer's live charts: a small canvas renderer for series by step, fast enough
 * to redraw while a run plays (a line of 10,000 points takes well under a frame; see
 * bench/explorer.ts). A figure is a grid of panels sharing the time axis; a panel holds
 * lines (A solid, B dashed, in the publication palette), stacked areas, or strips of
 * categories (a state's partnership status by step). The publication charts, drawn by
 * Vega with the project's theme, are made only when one is downloaded (publication.ts).
 */
import { niceTicks, timeOf, type TimeAxis } from '../../charts/calendar.js';

export interface Line {
  values: ArrayLike<number>;
  colour: string;
  dash?: readonly number[];
  /** written at the line's last value (a state's name in a league table) */
  label?: string;
  /** draw every `every`-th step only, the last of each period (a league table published once a year) */
  every?: number;
}

export interface Panel {
  title: string;
  lines?: readonly Line[];
  /** areas stacked bottom to top, each by step */
  stack?: readonly { values: ArrayLike<number>; colour: string }[];
  /** one row of coloured cells per item: `codes` index into `colours` by step (NaN: blank) */
  strips?: { rows: readonly { label: string; codes: ArrayLike<number> }[]; colours: readonly string[] };
  /** rank-like values: 1 at the top, integer ticks */
  inverted?: boolean;
}

export interface Figure {
  panels: readonly Panel[];
  /** the horizon: the x axis spans steps 0 to steps − 1 */
  steps: number;
  time: TimeAxis;
  legend?: readonly { label: string; colour: string; dash?: readonly number[]; fill?: boolean }[];
}

const INK = '#222222';
const FONT = "10px 'Source Sans 3', 'Source Sans Pro', Arial, sans-serif";
const PANEL_WIDTH = 178;
const PANEL_HEIGHT = 112;
const STRIP_ROW = 10;
const MARGIN = { left: 36, right: 8, top: 14, bottom: 18 };
/** room at the right of panels whose lines carry labels */
const LABEL_ROOM = 26;
const LEGEND_HEIGHT = 16;

function fmt(x: number): string {
  const a = Math.abs(x);
  if (a >= 10_000) return `${(x / 1000).toFixed(0)}k`;
  if (a >= 100 || Number.isInteger(x)) return x.toFixed(0);
  return Number(x.toPrecision(2)).toString();
}

/** About `count` round values covering [min, max] (steps of 1, 2 or 5 times a power of ten). */
export function yTicks(min: number, max: number, count = 4): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/** The finite range of the panel's values (stacks summed), widened when flat. */
function extent(panel: Panel): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const line of panel.lines ?? []) {
    const v = line.values;
    for (let k = 0; k < v.length; k++) {
      const x = v[k];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  if (panel.stack && panel.stack.length > 0) {
    lo = Math.min(lo, 0);
    const n = panel.stack[0].values.length;
    for (let k = 0; k < n; k++) {
      let total = 0;
      for (const layer of panel.stack) total += layer.values[k] || 0;
      if (total > hi) hi = total;
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (panel.inverted) return [Math.min(1, lo), Math.max(lo + 1, hi)];
  if (hi - lo < 1e-12) return lo === 0 ? [0, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  return [lo, hi];
}

function panelHeight(panel: Panel): number {
  return panel.strips ? MARGIN.top + MARGIN.bottom + Math.max(3, panel.strips.rows.length) * STRIP_ROW : PANEL_HEIGHT;
}

/** A figure drawn on one canvas in `container`, redrawn whole each time (cheap: no DOM is touched but the canvas). */
export class CanvasFigure {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  /** milliseconds of the last draw */
  lastMs = 0;

  constructor(
    readonly container: HTMLElement,
    private readonly columns: number,
  ) {
    this.canvas = document.createElement('canvas');
    container.append(this.canvas);
    this.context = this.canvas.getContext('2d')!;
  }

  draw(figure: Figure): void {
    const t0 = performance.now();
    const ratio = window.devicePixelRatio || 1;
    const columns = Math.max(1, Math.min(this.columns, figure.panels.length));
    const rowHeights: number[] = [];
    figure.panels.forEach((p, k) => {
      const r = Math.floor(k / columns);
      rowHeights[r] = Math.max(rowHeights[r] ?? 0, panelHeight(p));
    });
    const width = columns * PANEL_WIDTH;
    const g = this.context;
    g.font = FONT;
    const legend = figure.legend ? this.legendLayout(figure.legend, width) : [];
    const legendRows = legend.reduce((rows, item) => Math.max(rows, item.row + 1), 0);
    const height = rowHeights.reduce((a, b) => a + b, 0) + legendRows * LEGEND_HEIGHT;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = 'white';
    g.fillRect(0, 0, width, height);
    g.font = FONT;
    let y = 0;
    rowHeights.forEach((h, r) => {
      for (let c = 0; c < columns; c++) {
        const panel = figure.panels[r * columns + c];
        if (panel) this.panel(panel, figure, c * PANEL_WIDTH, y, PANEL_WIDTH, h);
      }
      y += h;
    });
    this.legend(legend, y);
    this.lastMs = performance.now() - t0;
  }

  /** Where each legend entry goes: left to right, wrapped at the canvas's width. */
  private legendLayout(items: NonNullable<Figure['legend']>, width: number): { item: NonNullable<Figure['legend']>[number]; x: number; row: number }[] {
    let x = MARGIN.left;
    let row = 0;
    return items.map((item) => {
      const w = 30 + this.context.measureText(item.label).width;
      if (x + w > width && x > MARGIN.left) {
        x = MARGIN.left;
        row++;
      }
      const at = { item, x, row };
      x += w;
      return at;
    });
  }

  private legend(entries: ReturnType<CanvasFigure['legendLayout']>, top: number): void {
    const g = this.context;
    g.textBaseline = 'middle';
    g.textAlign = 'left';
    for (const { item, x, row } of entries) {
      const y = top + row * LEGEND_HEIGHT;
      g.strokeStyle = g.fillStyle = item.colour;
      if (item.fill) g.fillRect(x, y + 4, 14, 8);
      else {
        g.lineWidth = 1.5;
        g.setLineDash(item.dash ? [...item.dash].map((d) => d * 1.5) : []);
        g.beginPath();
        g.moveTo(x, y + 8);
        g.lineTo(x + 18, y + 8);
        g.stroke();
        g.setLineDash([]);
      }
      g.fillStyle = INK;
      g.fillText(item.label, x + 22, y + 8);
    }
  }

  private panel(panel: Panel, figure: Figure, x0: number, y0: number, w: number, h: number): void {
    const g = this.context;
    const left = x0 + MARGIN.left;
    const right = x0 + w - MARGIN.right - (panel.lines?.some((l) => l.label) ? LABEL_ROOM : 0);
    const top = y0 + MARGIN.top;
    const bottom = y0 + h - MARGIN.bottom;
    const last = Math.max(1, figure.steps - 1);
    const xOf = (step: number) => left + ((right - left) * step) / last;
    g.fillStyle = INK;
    g.textAlign = 'left';
    g.textBaseline = 'alphabetic';
    g.fillText(panel.title, left, y0 + 10, right - left);
    // time axis: round years (or steps)
    g.strokeStyle = INK;
    g.lineWidth = 0.6;
    g.beginPath();
    g.moveTo(left, bottom + 0.5);
    g.lineTo(right, bottom + 0.5);
    const t0 = timeOf(figure.time, 0);
    const t1 = timeOf(figure.time, last);
    const perStep = (t1 - t0) / last;
    g.textAlign = 'center';
    g.textBaseline = 'top';
    for (const t of niceTicks(t0, t1, 4)) {
      const x = xOf((t - t0) / perStep);
      g.moveTo(x, bottom);
      g.lineTo(x, bottom + 3);
      g.fillText(String(t), x, bottom + 4);
    }
    g.stroke();
    if (panel.strips) return this.strips(panel.strips, left, right, top, xOf);
    const [lo, hi] = extent(panel);
    const yOf = panel.inverted ? (v: number) => top + ((bottom - top) * (v - lo)) / (hi - lo) : (v: number) => bottom - ((bottom - top) * (v - lo)) / (hi - lo);
    // value axis
    g.textAlign = 'right';
    g.textBaseline = 'middle';
    g.beginPath();
    g.moveTo(left - 0.5, top);
    g.lineTo(left - 0.5, bottom);
    const ticks = panel.inverted ? yTicks(lo, hi, 4).filter(Number.isInteger) : yTicks(lo, hi, 3);
    for (const v of ticks) {
      const y = yOf(v);
      g.moveTo(left - 3, y);
      g.lineTo(left, y);
      g.fillText(fmt(v), left - 4, y);
    }
    g.stroke();
    if (panel.stack) this.stack(panel.stack, xOf, yOf);
    g.lineWidth = 1.2;
    g.textAlign = 'left';
    for (const line of panel.lines ?? []) {
      g.strokeStyle = line.colour;
      g.setLineDash(line.dash ? [...line.dash].map((d) => d * 1.5) : []);
      g.beginPath();
      const v = line.values;
      let open = false;
      let end = -1;
      const every = Math.max(1, line.every ?? 1);
      for (let k = every - 1; k < v.length; k += every) {
        const value = v[k];
        if (!Number.isFinite(value)) {
          open = false;
          continue;
        }
        if (open) g.lineTo(xOf(k), yOf(value));
        else g.moveTo(xOf(k), yOf(value));
        open = true;
        end = k;
      }
      g.stroke();
      if (line.label && end >= 0) {
        g.fillStyle = line.colour;
        g.fillText(line.label, xOf(end) + 2, yOf(v[end]));
      }
    }
    g.setLineDash([]);
  }

  private stack(layers: NonNullable<Panel['stack']>, xOf: (s: number) => number, yOf: (v: number) => number): void {
    const g = this.context;
    const n = layers[0]?.values.length ?? 0;
    const base = new Float64Array(n);
    for (const layer of layers) {
      g.fillStyle = layer.colour;
      g.beginPath();
      for (let k = 0; k < n; k++) g.lineTo(xOf(k), yOf(base[k] + (layer.values[k] || 0)));
      for (let k = n - 1; k >= 0; k--) g.lineTo(xOf(k), yOf(base[k]));
      g.closePath();
      g.fill();
      for (let k = 0; k < n; k++) base[k] += layer.values[k] || 0;
    }
  }

  private strips(strips: NonNullable<Panel['strips']>, left: number, right: number, top: number, xOf: (s: number) => number): void {
    const g = this.context;
    g.textAlign = 'right';
    g.textBaseline = 'middle';
    const cell = Math.max(1, xOf(1) - xOf(0));
    strips.rows.forEach((row, r) => {
      const y = top + r * STRIP_ROW;
      g.fillStyle = INK;
      g.fillText(row.label, left - 4, y + STRIP_ROW / 2);
      // runs of one code drawn as one rectangle
      const codes = row.codes;
      let start = 0;
      for (let k = 1; k <= codes.length; k++) {
        if (k < codes.length && codes[k] === codes[start]) continue;
        const code = codes[start];
        if (Number.isFinite(code)) {
          g.fillStyle = strips.colours[code] ?? '#ffffff';
          g.fillRect(xOf(start), y, Math.min(right, xOf(k - 1) + cell) - xOf(start), STRIP_ROW - 1);
        }
        start = k;
      }
    });
  }
}
