/**
 * Factorial designs over components and levers against uncertainties, end to end on the
 * stylised scenario: common random numbers across cells and lever settings (every cell or
 * setting of a block runs on the same seed), byte-identical tables for 0 and 2 workers,
 * and planted answers: the cell with no component on is the scenario as it is (the
 * partnership runs, number for number), and a lever that no process reads (the experts'
 * profile gain under no-experts) changes nothing, so its settings have equal outcomes
 * and equal regret.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_NAMES } from '../../src/indicators/columns.js';
import { cli, csvRecords, expectSameTables, makeTemp, removeTemp, SMALL } from '../helpers/sweep.js';

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-designs-');
});
afterAll(() => removeTemp(root));

const read = (dir: string, file: string) => readFileSync(path.join(root, dir, file), 'utf8');

describe('compare --factorial', () => {
  const ARGS = ['compare', 'stylised', ...SMALL, '--factorial', 'conditional-pay,sanctions,no-ranking', '-r', '3', '--indicators', 'mean_effort,mean_responsibilisation,partners', '--quiet'];

  it('runs the 2^3 cells on common random numbers and writes the same bytes with 0, 1 and 2 workers', async () => {
    for (const w of ['0', '1', '2']) {
      const r = await cli([...ARGS, '-w', w, '--out', `f${w}`], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/compare --factorial: 3 components, 8 cells \(full\) x 3 indicators/);
    }
    for (const w of ['1', '2']) {
      expectSameTables(path.join(root, `f${w}`), path.join(root, 'f0'), ['runs.csv', 'timeseries.csv', 'design.csv']);
      expect(read(`f${w}`, 'factorial.csv')).toBe(read('f0', 'factorial.csv'));
      expect(read(`f${w}`, 'factorial.md')).toBe(read('f0', 'factorial.md'));
    }
    const runs = csvRecords(path.join(root, 'f0', 'runs.csv'));
    expect(runs).toHaveLength(8 * 3);
    for (const rep of ['1', '2', '3']) expect(new Set(runs.filter((r) => r.replicate === rep).map((r) => r.seed)).size).toBe(1);
    const table = csvRecords(path.join(root, 'f0', 'factorial.csv'));
    expect(table.map((r) => r.effect).slice(0, 6)).toEqual(['conditional-pay', 'sanctions', 'no-ranking', 'conditional-pay×sanctions', 'conditional-pay×no-ranking', 'sanctions×no-ranking']);
    // main effect = mean(on) − mean(off), recomputed from runs.csv
    const effort = (pred: (cell: string) => boolean) => {
      const xs = runs.filter((r) => pred(r.policy)).map((r) => Number(r.mean_effort));
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    const pay = Number(table.find((r) => r.indicator === 'mean_effort' && r.effect === 'conditional-pay')!.estimate);
    expect(pay).toBeCloseTo(effort((c) => c[5] === '1') - effort((c) => c[5] === '0'), 5);
  });

  it('the cell with no component on is the scenario as it is: the partnership runs at the same seeds', async () => {
    const r = await cli(['sweep', 'stylised', ...SMALL, '--policies', 'partnership', '-r', '3', '-w', '0', '--quiet', '--out', 'plain'], { cwd: root });
    expect(r.code).toBe(0);
    const plain = csvRecords(path.join(root, 'plain', 'runs.csv'));
    const cell = csvRecords(path.join(root, 'f0', 'runs.csv')).filter((x) => x.policy === 'cell-000');
    for (const p of plain) {
      const c = cell.find((x) => x.replicate === p.replicate)!;
      expect(c.seed).toBe(p.seed);
      for (const name of INDICATOR_NAMES) expect(c[name], name).toBe(p[name]);
    }
  });

  it('refuses components that set the same field, naming both, in one line', async () => {
    const r = await cli(['compare', 'stylised', ...SMALL, '--factorial', 'sanctions,conditionality', '-w', '0', '--out', 'clash'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('partnersim: --factorial: components sanctions and conditionality both set params.partnership.sanctions; a combination\'s components must set different fields\n');
  });
});

describe('sweep --lever', () => {
  const ARGS = ['sweep', 'stylised', ...SMALL, '--policies', 'partnership,no-experts', '--design', 'lhs', '--samples', '3', '--param', 'params.responsibilisation.agencyRate=0:0.02', '--lever', 'params.experts.profileGain=0:1:2', '-r', '2', '--quiet'];

  it('crosses every lever setting with the same uncertainty sample on the same seeds; an inert lever changes nothing', async () => {
    for (const w of ['0', '1', '2']) {
      const r = await cli([...ARGS, '-w', w, '--out', `l${w}`], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    for (const w of ['1', '2']) expectSameTables(path.join(root, `l${w}`), path.join(root, 'l0'), ['runs.csv', 'timeseries.csv', 'design.csv']);
    const design = csvRecords(path.join(root, 'l0', 'design.csv'));
    expect(design).toHaveLength(2 * 3);
    const runs = csvRecords(path.join(root, 'l0', 'runs.csv'));
    const role = new Map(design.map((d) => [d.point, d]));
    for (const run of runs) {
      const twin = runs.find((o) => o !== run && o.policy === run.policy && o.replicate === run.replicate && role.get(o.point)!.uncertainty === role.get(run.point)!.uncertainty)!;
      expect(role.get(twin.point)!.lever).not.toBe(role.get(run.point)!.lever);
      expect(twin.seed).toBe(run.seed);
      expect(twin['params.responsibilisation.agencyRate']).toBe(run['params.responsibilisation.agencyRate']);
      // profileGain is read only by the expert services, which no-experts switches off
      if (run.policy === 'no-experts') for (const name of INDICATOR_NAMES) expect(twin[name], name).toBe(run[name]);
    }
    const r = await cli(['robustness', 'l0', '--indicators', 'mean_effort,irregular_arrivals', '--minimise', 'irregular_arrivals', '--satisfice', 'irregular_arrivals<=5', '--out', 'rob'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = csvRecords(path.join(root, 'rob', 'robustness.csv'));
    expect(rows).toHaveLength(2 * 2 * 2);
    const inert = rows.filter((x) => x.policy === 'no-experts' && x.indicator === 'mean_effort');
    expect(inert.map((x) => x.levers).sort()).toEqual(['params.experts.profileGain=0', 'params.experts.profileGain=1']);
    expect(inert[0].point_max_regret).toBe(inert[1].point_max_regret);
    expect(inert[0].mean).toBe(inert[1].mean);
    const arrivals = runs.map((x) => Number(x.irregular_arrivals));
    const share = rows.filter((x) => x.indicator === 'irregular_arrivals' && x.policy === 'partnership' && x.lever_setting === '0')[0];
    const mine = runs.filter((x) => x.policy === 'partnership' && role.get(x.point)!.lever === '0').map((x) => Number(x.irregular_arrivals));
    expect(Number(share.satisficing_share)).toBeCloseTo(mine.filter((x) => x <= 5).length / mine.length, 6);
    expect(arrivals.length).toBe(24);
  });

  it('a lever is not also an uncertainty, and a lever that a policy sets follows --precedence', async () => {
    const same = await cli(['sweep', 'stylised', ...SMALL, '--param', 'params.experts.profileGain=0:1', '--lever', 'params.experts.profileGain=0:1', '-w', '0', '--out', 'x1'], { cwd: root });
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('partnersim: --lever params.experts.profileGain: is also swept as an uncertainty (--param); a parameter is either a lever or an uncertainty\n');
    const set = await cli(['sweep', 'stylised', ...SMALL, '--policies', 'conditionality', '--lever', 'params.partnership.sanctions=0:1:2', '-w', '0', '--out', 'x2'], { cwd: root });
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(/^partnersim: --lever params\.partnership\.sanctions: policy conditionality also sets it \(to 0\.5\)/);
    const sobol = await cli(['sweep', 'stylised', ...SMALL, '--design', 'sobol', '--param', 'params.responsibilisation.agencyRate=0:0.02', '--lever', 'params.experts.profileGain=0:1', '-w', '0', '--out', 'x3'], { cwd: root });
    expect(sobol.code).toBe(2);
    expect(sobol.stderr).toBe('partnersim: --lever: levers cross the uncertainties of a grid or lhs design, not sobol\n');
  });
});
