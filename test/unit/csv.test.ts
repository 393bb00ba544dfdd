import { describe, expect, it } from 'vitest';
import { STATE_COLUMNS, TIMESERIES_COLUMNS } from '../../src/indicators/columns.js';
import { formatCsv, formatCsvHeader, formatCsvNumber, formatCsvRow, formatCsvText } from '../../src/io/csv.js';

describe('formatCsvNumber', () => {
  it('writes integers as integers', () => {
    expect(formatCsvNumber(0)).toBe('0');
    expect(formatCsvNumber(42)).toBe('42');
    expect(formatCsvNumber(-7)).toBe('-7');
    expect(formatCsvNumber(100000)).toBe('100000');
  });

  it('rounds other numbers to 6 decimals and trims trailing zeros', () => {
    expect(formatCsvNumber(1 / 3)).toBe('0.333333');
    expect(formatCsvNumber(2 / 3)).toBe('0.666667');
    expect(formatCsvNumber(0.5)).toBe('0.5');
    expect(formatCsvNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatCsvNumber(-1.25)).toBe('-1.25');
    expect(formatCsvNumber(2.0000001)).toBe('2');
    expect(formatCsvNumber(123456.1234567)).toBe('123456.123457');
  });

  it('never writes -0', () => {
    expect(formatCsvNumber(-0)).toBe('0');
    expect(formatCsvNumber(-0.0000001)).toBe('0');
    expect(formatCsvNumber(-0.0000004)).toBe('0');
    expect(formatCsvNumber(0.0000001)).toBe('0');
  });

  it('names infinite numbers, and writes an undefined value (NaN) as an empty cell', () => {
    expect(formatCsvNumber(Number.NaN)).toBe('');
    expect(formatCsvNumber(Infinity)).toBe('Inf');
    expect(formatCsvNumber(-Infinity)).toBe('-Inf');
  });
});

describe('formatCsvText', () => {
  it('leaves plain text alone', () => {
    expect(formatCsvText('origin+transit')).toBe('origin+transit');
    expect(formatCsvText('')).toBe('');
  });

  it('quotes text with a comma, a quote or a line break, doubling quotes', () => {
    expect(formatCsvText('a,b')).toBe('"a,b"');
    expect(formatCsvText('say "no"')).toBe('"say ""no"""');
    expect(formatCsvText('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvText('cr\r')).toBe('"cr\r"');
  });
});

describe('formatCsv', () => {
  const columns = { step: 'step', name: 'a name', share: 'a share' } as const;

  it('writes the header in the order of the columns object, whatever the rows key order', () => {
    const text = formatCsv(columns, [{ share: 0.25, name: 'x', step: 1 }]);
    expect(text).toBe('step,name,share\n1,x,0.25\n');
  });

  it('uses \\n line endings and ends with one', () => {
    const text = formatCsv(columns, [
      { step: 0, name: 'a', share: 1 / 3 },
      { step: 1, name: 'b,c', share: -0 },
    ]);
    expect(text).toBe('step,name,share\n0,a,0.333333\n1,"b,c",0\n');
    expect(text).not.toContain('\r');
  });

  it('writes only the header for no rows', () => {
    expect(formatCsv(columns, [])).toBe('step,name,share\n');
  });

  it('gives the contract header lines', () => {
    expect(formatCsvHeader(TIMESERIES_COLUMNS)).toBe(Object.keys(TIMESERIES_COLUMNS).join(',') + '\n');
    expect(formatCsvHeader(STATE_COLUMNS).startsWith('run_id,step,state,roles,status,')).toBe(true);
  });

  it('formats single rows for appending, and refuses a row without a column', () => {
    expect(formatCsvRow(columns, { step: 3, name: '', share: null })).toBe('3,,\n');
    expect(() => formatCsvRow(columns, { step: 3, name: 'x' } as never)).toThrow(/share/);
  });

  it('is deterministic: same rows, same text', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ step: i, name: `s${i}`, share: Math.sin(i) }));
    expect(formatCsv(columns, rows)).toBe(formatCsv(columns, rows.map((r) => ({ ...r }))));
  });
});
