/**
 * The strict CSV reader shared by compare, sensitivity, robustness and chart: records
 * as csv-parse splits them, with their numbers, and every malformation named.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecords, numberCell } from '../../src/io/csvRecords.js';

async function read(text: string, chunk = 7): Promise<{ cells: string[]; record: number }[]> {
  const pieces: string[] = [];
  for (let k = 0; k < text.length; k += chunk) pieces.push(text.slice(k, k + chunk));
  const out = [];
  for await (const r of csvRecords(Readable.from(pieces), 't.csv')) out.push(r);
  return out;
}

describe('csvRecords', () => {
  it('splits records as csv-parse does, in chunks that cut through quoted cells, and numbers them', async () => {
    const text = ['a,b,c', '1,"x, y",3', '', '"say ""hi""",,"two', 'lines"', '4,5,6', ''].join('\n');
    const records = await read(text);
    expect(records.map((r) => r.cells)).toEqual(parse(text, { skip_empty_lines: true }));
    expect(records.map((r) => r.record)).toEqual([1, 2, 3, 4]);
  });

  it('names a ragged record and a quote that never closes, even in the last cell of the file', async () => {
    await expect(read('a,b\n1,2\n3\n')).rejects.toThrow('t.csv: malformed table (record 3 has 1 cells, the header 2)');
    await expect(read('a,b\n1,2\n3,"4\n5,6\n')).rejects.toThrow('t.csv: malformed table (record 3 opens a quote that is never closed)');
    await expect(read('a,b\n1,"2')).rejects.toThrow('t.csv: malformed table (record 2 opens a quote that is never closed)');
  });
});

describe('numberCell', () => {
  it('reads decimal numbers, partnersim\'s Inf, and empty cells as undefined (NaN)', () => {
    expect(numberCell('0.25', 'f', 2, 'x')).toBe(0.25);
    expect(numberCell('-3', 'f', 2, 'x')).toBe(-3);
    expect(numberCell('1e+21', 'f', 2, 'x')).toBe(1e21);
    expect(numberCell('.5', 'f', 2, 'x')).toBe(0.5);
    expect(numberCell('Inf', 'f', 2, 'x')).toBe(Infinity);
    expect(numberCell('-Inf', 'f', 2, 'x')).toBe(-Infinity);
    expect(numberCell('', 'f', 2, 'x')).toBeNaN();
    expect(numberCell('NaN', 'f', 2, 'x')).toBeNaN();
  });

  it('refuses text, naming the file, the record and the column', () => {
    expect(() => numberCell('banana', 'runs.csv', 7, 'mean_effort')).toThrow('runs.csv: record 7, column "mean_effort": expected a number, got "banana"');
    for (const text of ['0x10', ' 1', '1,5', 'Infinity', '1.2.3']) expect(() => numberCell(text, 'f', 2, 'x')).toThrow(/expected a number/);
  });
});
