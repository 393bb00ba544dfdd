/**
 * The table of the current step's indicators: every column of timeseries.csv for A and
 * B, formatted as `partnersim run` writes them, and the paired difference B − A.
 */
import { TIMESERIES_COLUMNS, type TimeseriesRow } from '../../indicators/columns.js';
import { formatCsvNumber, formatCsvValue } from '../../io/csv.js';
import type { Side } from './side.js';

export function renderTable(table: HTMLTableElement, sides: readonly Side[]): void {
  const [a, b] = sides;
  const step = Math.min(a.rows.length, b.rows.length);
  const rowA: TimeseriesRow | undefined = a.rows[step - 1];
  const rowB: TimeseriesRow | undefined = b.rows[step - 1];
  const body = document.createElement('tbody');
  const head = document.createElement('thead');
  head.innerHTML = '<tr><th>column</th><th>A</th><th>B</th><th>B − A</th></tr>';
  for (const column of Object.keys(TIMESERIES_COLUMNS) as (keyof TimeseriesRow)[]) {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.textContent = column;
    name.title = TIMESERIES_COLUMNS[column];
    tr.append(name);
    for (const [side, row] of [
      ['A', rowA],
      ['B', rowB],
    ] as const) {
      const td = document.createElement('td');
      td.dataset.side = side;
      td.dataset.column = column;
      td.textContent = row ? formatCsvValue(row[column]) : '';
      tr.append(td);
    }
    const diff = document.createElement('td');
    diff.dataset.side = 'B-A';
    diff.dataset.column = column;
    const va = rowA?.[column];
    const vb = rowB?.[column];
    diff.textContent = typeof va === 'number' && typeof vb === 'number' && !['seed', 'step'].includes(column) ? formatCsvNumber(vb - va) : '';
    tr.append(diff);
    body.append(tr);
  }
  table.replaceChildren(head, body);
}
