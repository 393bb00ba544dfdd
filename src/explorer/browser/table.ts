/**
 * The table of the current step's indicators: every column of timeseries.csv for A and
 * B, formatted as `partnersim run` writes them, and the paired difference B − A. Built
 * once; its cells are updated in place while the run plays.
 */
import { TIMESERIES_COLUMNS, type TimeseriesRow } from '../../indicators/columns.js';
import { formatCsvNumber, formatCsvValue } from '../../io/csv.js';
import type { Side } from './side.js';

const COLUMNS = Object.keys(TIMESERIES_COLUMNS) as (keyof TimeseriesRow)[];
let cells: { a: HTMLTableCellElement; b: HTMLTableCellElement; diff: HTMLTableCellElement }[] | undefined;

function build(table: HTMLTableElement): NonNullable<typeof cells> {
  const body = document.createElement('tbody');
  const head = document.createElement('thead');
  head.innerHTML = '<tr><th>column</th><th>A</th><th>B</th><th>B − A</th></tr>';
  const out = COLUMNS.map((column) => {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.textContent = column;
    name.title = TIMESERIES_COLUMNS[column];
    const cell = (side: string) => {
      const td = document.createElement('td');
      td.dataset.side = side;
      td.dataset.column = column;
      return td;
    };
    const row = { a: cell('A'), b: cell('B'), diff: cell('B-A') };
    tr.append(name, row.a, row.b, row.diff);
    body.append(tr);
    return row;
  });
  table.replaceChildren(head, body);
  return out;
}

function put(td: HTMLTableCellElement, text: string): void {
  if (td.textContent !== text) td.textContent = text;
}

export function renderTable(table: HTMLTableElement, sides: readonly Side[]): void {
  const [a, b] = sides;
  const step = Math.min(a.rows.length, b.rows.length);
  const rowA: TimeseriesRow | undefined = a.rows[step - 1];
  const rowB: TimeseriesRow | undefined = b.rows[step - 1];
  cells ??= build(table);
  COLUMNS.forEach((column, k) => {
    const { a: tdA, b: tdB, diff } = cells![k];
    put(tdA, rowA ? formatCsvValue(rowA[column]) : '');
    put(tdB, rowB ? formatCsvValue(rowB[column]) : '');
    const va = rowA?.[column];
    const vb = rowB?.[column];
    put(diff, typeof va === 'number' && typeof vb === 'number' && !['seed', 'step'].includes(column) ? formatCsvNumber(vb - va) : '');
  });
}
