/**
 * Migrants by status and route at the step both sides have reached: one row per state
 * of origin and route (at home, the regular channel, each irregular route), A and B
 * side by side under each status. A status that a route cannot hold (a prospective
 * migrant on an irregular route) has no cell. The table is built once per set of
 * routes and its numbers are updated in place while the run plays.
 */
import { ROUTE_STATUSES, type RouteCount } from '../../indicators/routeCounts.js';
import type { Side } from './side.js';

const HOLDS: Record<RouteCount['route'], readonly (typeof ROUTE_STATUSES)[number][]> = {
  home: ['prospective', 'returned'],
  regular: ['regular'],
  irregular: ['in_transit', 'irregular'],
};

const ROUTE_WORD: Record<RouteCount['route'], string> = { home: 'at home', regular: 'regular channel', irregular: 'irregular route' };

let shape = '';
let cells: { side: number; row: number; status: (typeof ROUTE_STATUSES)[number]; td: HTMLTableCellElement }[] = [];

function build(table: HTMLTableElement, rows: readonly RouteCount[], sides: readonly Side[]): void {
  const head = document.createElement('thead');
  const top = document.createElement('tr');
  top.innerHTML = '<th rowspan="2">origin</th><th rowspan="2">route</th><th rowspan="2">path</th>';
  const second = document.createElement('tr');
  for (const status of ROUTE_STATUSES) {
    const th = document.createElement('th');
    th.colSpan = sides.length;
    th.textContent = status;
    top.append(th);
    for (const side of sides) second.append(Object.assign(document.createElement('th'), { textContent: side.name }));
  }
  head.append(top, second);
  const body = document.createElement('tbody');
  cells = [];
  rows.forEach((route, r) => {
    const tr = document.createElement('tr');
    tr.dataset.origin = route.origin;
    tr.dataset.route = route.route;
    tr.dataset.path = route.path;
    for (const text of [route.origin, ROUTE_WORD[route.route], route.path]) tr.append(Object.assign(document.createElement('th'), { textContent: text }));
    for (const status of ROUTE_STATUSES) {
      sides.forEach((side, s) => {
        const td = document.createElement('td');
        if (HOLDS[route.route].includes(status)) {
          td.dataset.side = side.name;
          td.dataset.status = status;
          cells.push({ side: s, row: r, status, td });
        }
        tr.append(td);
      });
    }
    body.append(tr);
  });
  table.replaceChildren(head, body);
}

export function renderRoutes(table: HTMLTableElement, caption: HTMLElement, sides: readonly Side[]): void {
  const step = Math.min(...sides.map((s) => s.taken));
  const counts = sides.map((s) => s.routes.get(step));
  const known = counts.find((c) => c !== undefined);
  caption.textContent = step === 0 ? 'before the first step' : `after step ${step}`;
  if (!known) {
    if (step === 0) {
      table.replaceChildren();
      shape = '';
      cells = [];
    }
    for (const cell of cells) cell.td.textContent = '';
    return;
  }
  const key = known.map((r) => `${r.origin}|${r.route}|${r.path}`).join(';');
  if (key !== shape) {
    build(table, known, sides);
    shape = key;
  }
  for (const cell of cells) {
    const value = counts[cell.side]?.[cell.row]?.[cell.status];
    const text = value === undefined ? '' : String(value);
    if (cell.td.textContent !== text) cell.td.textContent = text;
  }
}
