import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readSeries } from '../../../src/charts/data/series.js';
import { splitCsvLine, tableRecords } from '../../../src/charts/data/records.js';

const dir = mkdtempSync(path.join(tmpdir(), 'partnersim-records-'));

async function records(file: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of tableRecords(file)) out.push(r);
  return out;
}

describe('reading tables', () => {
  it('splits CSV records as csv-parse does, quotes and line breaks included', async () => {
    const text = ['a,b,c', '1,"x, y",3', '"say ""hi""",,"two', 'lines"', '4,5,6', ''].join('\n');
    const file = path.join(dir, 't.csv');
    writeFileSync(file, text);
    expect(await records(file)).toEqual(parse(text));
    writeFileSync(file, text.replace(/\n(?=[0-9"])/g, '\r\n'));
    expect(await records(file)).toEqual(parse(text));
    expect(splitCsvLine('1,"a,b",')).toEqual(['1', 'a,b', '']);
  });

  it('refuses a record with the wrong number of cells', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'a,b\n1,2\n3\n');
    await expect(records(file)).rejects.toThrow(/bad.csv: malformed table \(record 3 has 1 cells, the header 2\)/);
  });

  it('summarises a timeseries table per policy and step: median, 90% band, mean migrants', async () => {
    const file = path.join(dir, 'timeseries.csv');
    const header = 'run_id,policy,step,mean_effort,migrants_irregular,migrants_in_transit,migrants_returned,migrants_regular';
    const rows = [1, 2, 3, 4, 5].flatMap((run) => [0, 1].map((step) => `r${run},p,${step},${run / 10},${run},0,0,${step}`));
    writeFileSync(file, [header, ...rows, ''].join('\n'));
    const { bands, migrants } = await readSeries(file, { indicators: ['mean_effort'], policies: ['p'] });
    expect(bands).toHaveLength(2);
    expect(bands[0]).toMatchObject({ indicator: 'mean_effort', policy: 'p', step: 0, n: 5 });
    expect(bands[0].median).toBeCloseTo(0.3, 12);
    expect(bands[0].low).toBeCloseTo(0.12, 12);
    expect(bands[0].high).toBeCloseTo(0.48, 12);
    expect(migrants.find((m) => m.step === 1 && m.status === 'irregular')?.mean).toBe(3);
    expect(migrants.find((m) => m.step === 1 && m.status === 'regular')?.mean).toBe(1);
  });
});
