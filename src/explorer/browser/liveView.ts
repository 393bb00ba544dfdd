/**
 * The page's live figures and tables: one canvas figure per live chart, each with the
 * buttons that download its publication chart, and the tables of migrants by route and
 * of the current step's indicators. While the run plays only what is in the window is
 * redrawn (an IntersectionObserver says what is); the rest is drawn when it comes into
 * view, and everything when the run stops.
 */
import type { TimeAxis } from '../../charts/calendar.js';
import { LIVE_CHARTS, type LiveChartName } from './liveCharts.js';
import { CanvasFigure } from './plot.js';
import { renderRoutes } from './routesTable.js';
import type { Side } from './side.js';
import { renderTable } from './table.js';

export interface LiveViewContext {
  sides: readonly Side[];
  time(): TimeAxis;
  steps(): number;
  /** a publication chart asked for by its button */
  download(name: LiveChartName, format: 'svg' | 'png'): void;
}

const TABLES = 'tables';

export class LiveView {
  private readonly figures = new Map<LiveChartName, CanvasFigure>();
  /** what is in the window */
  private readonly inView = new Set<string>();
  /** what was left undrawn while out of view */
  private readonly stale = new Set<string>();

  constructor(private readonly context: LiveViewContext) {
    const observer = new IntersectionObserver((entries) => this.seen(entries));
    for (const name of Object.keys(LIVE_CHARTS) as LiveChartName[]) {
      const figure = byId(`chart-${name}`);
      const canvas = document.createElement('div');
      canvas.className = 'view';
      const title = document.createElement('figcaption');
      title.textContent = LIVE_CHARTS[name].title + ' ';
      for (const format of ['svg', 'png'] as const) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = format.toUpperCase();
        button.title = `the publication chart of the runs so far, as ${format.toUpperCase()}`;
        button.addEventListener('click', () => context.download(name, format));
        title.append(button);
      }
      figure.append(title, canvas);
      this.figures.set(name, new CanvasFigure(canvas, LIVE_CHARTS[name].columns));
      figure.dataset.watch = name;
      observer.observe(figure);
    }
    const tables = byId(TABLES);
    tables.dataset.watch = TABLES;
    observer.observe(tables);
  }

  /** Draws everything, or (`visibleOnly`, while playing) what is in the window. */
  draw(visibleOnly: boolean): void {
    for (const name of [TABLES, ...Object.keys(LIVE_CHARTS)]) {
      if (!visibleOnly || this.inView.has(name)) this.drawOne(name);
      else this.stale.add(name);
    }
  }

  private drawOne(name: string): void {
    this.stale.delete(name);
    const { sides } = this.context;
    if (name === TABLES) {
      renderTable(byId('indicators') as HTMLTableElement, sides);
      renderRoutes(byId('routes') as HTMLTableElement, byId('routes-step'), sides);
      return;
    }
    const chart = name as LiveChartName;
    const figure = this.figures.get(chart)!;
    figure.draw(LIVE_CHARTS[chart].build({ sides, time: this.context.time(), steps: this.context.steps() }));
    figure.container.dataset.ms = figure.lastMs.toFixed(1);
  }

  private seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const name = (entry.target as HTMLElement).dataset.watch!;
      if (!entry.isIntersecting) this.inView.delete(name);
      else {
        this.inView.add(name);
        if (this.stale.has(name)) this.drawOne(name);
      }
    }
  }
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node;
}
