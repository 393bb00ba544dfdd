/**
 * A parameter that no process reads cannot top a sensitivity ranking. On the stylised
 * scenario under `no-experts`, `params.experts.profileGain` is read only by
 * allocateExpertServices, which that policy switches off: it is inert (a dummy), while
 * `params.responsibilisation.agencyRate` drives internaliseNorms. Small Sobol and Morris
 * sweeps with two replicates: the dummy's ST and mu* must have intervals holding 0 and
 * point estimates below 0.05, and it must never be ranked above the active parameter (in
 * sensitivity.md, sensitivity.csv's rank and on the terminal). The noise share is
 * reported beside the indices: a number in [0, 1] with replicates, an empty cell with one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

const DUMMY = 'params.experts.profileGain';
const ACTIVE = 'params.responsibilisation.agencyRate';
// The dummy first, so that a tie broken by design order would put it on top.
const PARAMS = ['--param', `${DUMMY}=0:1`, '--param', `${ACTIVE}=0:0.02`];
const SMALL = ['stylised', '--policies', 'no-experts', '--migrants', '500', '--steps', '16', '--workers', '0', '--quiet'];
const INDICATORS = 'mean_responsibilisation,mean_effort,irregular_arrivals';

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** Parameters in the order sensitivity.md presents them, by indicator. */
function mdOrder(dir: string): Map<string, string[]> {
  const order = new Map<string, string[]>();
  let current = '';
  for (const line of readFileSync(path.join(dir, 'sensitivity.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !cells[3]?.startsWith('params.')) continue;
    if (cells[1]) current = cells[1];
    if (!order.has(current)) order.set(current, []);
    order.get(current)!.push(cells[3]);
  }
  return order;
}

const holdsZero = (low: string, high: string) => Number(low) <= 0 && Number(high) >= 0;

beforeAll(async () => {
  root = makeTemp('partnersim-sensitivity-inert-');
  await ok(['sweep', ...SMALL, '--design', 'sobol', '--samples', '24', '-r', '2', ...PARAMS, '--out', at('sobol')]);
  await ok(['sweep', ...SMALL, '--design', 'morris', '--samples', '12', '-r', '2', ...PARAMS, '--out', at('morris')]);
  await ok(['sweep', ...SMALL, '--design', 'morris', '--samples', '6', '-r', '1', ...PARAMS, '--out', at('morris1')]);
}, 120_000);
afterAll(() => removeTemp(root));

describe('sensitivity of an inert parameter', () => {
  it('sobol: the dummy gets ST (and S1) with an interval holding 0, below 0.05, ranked below the active parameter', async () => {
    const { stdout } = await ok(['sensitivity', at('sobol'), '--indicators', INDICATORS]);
    const rows = csvRecords(path.join(at('sobol'), 'sensitivity.csv'));
    const order = mdOrder(at('sobol'));
    let activeSomewhere = 0;
    for (const indicator of INDICATORS.split(',')) {
      const dummy = rows.find((r) => r.indicator === indicator && r.parameter === DUMMY)!;
      const active = rows.find((r) => r.indicator === indicator && r.parameter === ACTIVE)!;
      expect(Math.abs(Number(dummy.ST)), `${indicator}: ST of the dummy`).toBeLessThan(0.05);
      expect(holdsZero(dummy.ST_ci_low, dummy.ST_ci_high), `${indicator}: ST interval [${dummy.ST_ci_low}, ${dummy.ST_ci_high}] holds 0`).toBe(true);
      expect(Math.abs(Number(dummy.S1))).toBeLessThan(0.05);
      if (!holdsZero(active.ST_ci_low, active.ST_ci_high)) {
        activeSomewhere++;
        expect(order.get(indicator), `${indicator}: md ranking`).toEqual([ACTIVE, DUMMY]);
        expect(Number(active.rank)).toBeLessThan(Number(dummy.rank));
        expect(stdout).toContain(`${indicator} (no-experts), by ST: ${ACTIVE} `);
      }
    }
    // agencyRate drives responsibilisation: it is active there at least
    expect(activeSomewhere).toBeGreaterThanOrEqual(1);
    const responsibilisation = rows.find((r) => r.indicator === 'mean_responsibilisation' && r.parameter === ACTIVE)!;
    expect(Number(responsibilisation.ST_ci_low)).toBeGreaterThan(0);
  });

  it('morris: the dummy gets mu* with an interval holding 0, below 0.05, ranked below the active parameter', async () => {
    const { stdout } = await ok(['sensitivity', at('morris'), '--indicators', INDICATORS]);
    const rows = csvRecords(path.join(at('morris'), 'sensitivity.csv'));
    const order = mdOrder(at('morris'));
    let activeSomewhere = 0;
    for (const indicator of INDICATORS.split(',')) {
      const dummy = rows.find((r) => r.indicator === indicator && r.parameter === DUMMY)!;
      const active = rows.find((r) => r.indicator === indicator && r.parameter === ACTIVE)!;
      expect(Number(dummy.mu_star), `${indicator}: mu* of the dummy`).toBeLessThan(0.05);
      expect(holdsZero(dummy.mu_star_ci_low, dummy.mu_star_ci_high), `${indicator}: mu* interval holds 0`).toBe(true);
      if (!holdsZero(active.mu_star_ci_low, active.mu_star_ci_high)) {
        activeSomewhere++;
        expect(order.get(indicator)).toEqual([ACTIVE, DUMMY]);
        expect(Number(active.rank)).toBeLessThan(Number(dummy.rank));
        expect(stdout).toContain(`${indicator} (no-experts), by mu*: ${ACTIVE} `);
      }
    }
    expect(activeSomewhere).toBeGreaterThanOrEqual(1);
  });

  it('reports the noise share beside the indices: a share with replicates, an empty cell with one', async () => {
    await ok(['sensitivity', at('morris'), '--indicators', INDICATORS]);
    for (const r of csvRecords(path.join(at('morris'), 'sensitivity.csv'))) {
      expect(r.noise_share).not.toBe('');
      expect(Number(r.noise_share)).toBeGreaterThanOrEqual(0);
    }
    const { stdout } = await ok(['sensitivity', at('morris1'), '--indicators', INDICATORS]);
    for (const r of csvRecords(path.join(at('morris1'), 'sensitivity.csv'))) expect(r.noise_share).toBe('');
    const md = readFileSync(path.join(at('morris1'), 'sensitivity.md'), 'utf8');
    expect(md).toMatch(/one replicate per point: the noise share cannot be estimated/);
    expect(stdout).toMatch(/one replicate per point: the noise share cannot be estimated/);
  });
});
