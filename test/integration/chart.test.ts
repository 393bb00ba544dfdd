/**
 * `partnersim chart` on real run and sweep folders (small runs of the default scenario),
 * in process: every kind the folder supports in every format, skips with reasons, the
 * JSON spec, a theme file, Parquet tables, and one line with exit code 2 for each kind
 * of bad input.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeTemp, removeTemp, SMALL } from '../helpers/sweep.js';
import { decodePng, greyVariance, pdfText } from '../unit/charts/inspect.js';

let tmp: string;
let run: string;
let sweep: string;

beforeAll(async () => {
  tmp = makeTemp('partnersim-chart-');
  run = path.join(tmp, 'run');
  sweep = path.join(tmp, 'sweep');
  expect((await cli(['run', ...SMALL, '--out', run], { cwd: tmp })).code).toBe(0);
  const swept = await cli(['sweep', '--policies', 'partnership,withdrawal', '-r', '3', ...SMALL, '--states', '-w', '0', '-q', '--out', sweep], { cwd: tmp });
  expect(swept.code, swept.stderr).toBe(0);
});

afterAll(() => removeTemp(tmp));

const ALL_FIGURES = ['timeseries', 'states-timeline', 'states-responsibilisation', 'league', 'migrants'];

describe('partnersim chart', () => {
  it('writes every kind the sweep supports in every format, and says what it skipped and why', async () => {
    const started = performance.now();
    const result = await cli(['chart', sweep, '--kind', 'all', '--format', 'svg,png,pdf,json'], { cwd: tmp });
    expect(result.code, result.stderr).toBe(0);
    expect(performance.now() - started).toBeLessThan(30_000);
    const files = readdirSync(path.join(sweep, 'charts')).sort();
    for (const figure of ALL_FIGURES) for (const ext of ['svg', 'png', 'pdf', 'json']) expect(files).toContain(`${figure}.${ext}`);
    expect(result.stdout).toMatch(/^chart: 5 figures x json,svg,png,pdf in [\d.]+ s -> sweep\/charts\//);
    expect(result.stdout).toContain('skipped effects: no effects.csv (run partnersim compare on the sweep first)');
    expect(result.stdout).toContain('skipped heatmap: the sweep varies 0 parameters; a heatmap needs two');
    expect(result.stdout).toContain('skipped sensitivity: no sensitivity.csv');
    expect(result.stdout).not.toContain('warning');
    const png = decodePng(readFileSync(path.join(sweep, 'charts', 'timeseries.png')));
    expect(greyVariance(png)).toBeGreaterThan(100);
    const { pages, text } = await pdfText(readFileSync(path.join(sweep, 'charts', 'states-timeline.pdf')));
    expect(pages).toBe(1);
    expect(text).toContain('Partnership status');
  });

  it('writes the Vega-Lite spec with its data and the theme inlined, and honours --indicators, --width, --height and --scale', async () => {
    const out = path.join(tmp, 'json');
    const result = await cli(['chart', run, '--kind', 'timeseries', '--format', 'json,png', '--indicators', 'mean_effort', '--width', '150', '--height', '100', '--scale', '2', '--out', out], { cwd: tmp });
    expect(result.code, result.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(path.join(out, 'timeseries.json'), 'utf8'));
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(spec.config.font).toContain('Source Sans 3');
    expect(spec.width).toBe(150);
    expect(spec.height).toBe(100);
    expect(spec.data.values).toHaveLength(12);
    expect(spec.data.values[0]).toMatchObject({ indicator: 'mean_effort', policy: 'partnership' });
    expect(JSON.stringify(spec)).not.toMatch(/"url"/);
    const png = decodePng(readFileSync(path.join(out, 'timeseries.png')));
    expect(png.width).toBeGreaterThan(2 * 150);
    expect(png.width).toBeLessThan(2 * 250);
  });

  it('draws effects.csv and sensitivity.csv when compare and sensitivity wrote them', async () => {
    writeFileSync(
      path.join(sweep, 'effects.csv'),
      'indicator,policy,baseline,at,n,mean_baseline,mean_policy,mean_diff,ci_low,ci_high,p_value,effect_size,verdict,ci_width_unpaired,variance_reduction,band,dropped\n' +
        'mean_effort,withdrawal,partnership,final,3,0.4,0.3,-0.1,-0.15,-0.05,0.01,-2,lower,0.2,2,0.02,0\n' +
        'partners,withdrawal,partnership,final,3,2,2,0,-1,1,1,0,within-band,2,1,0.5,0\n',
    );
    writeFileSync(
      path.join(sweep, 'sensitivity.csv'),
      'policy,indicator,parameter,r,mu,mu_star,mu_star_ci_low,mu_star_ci_high,sigma\npartnership,mean_effort,params.a,8,0.1,0.2,0.1,0.3,0.05\npartnership,mean_effort,params.b,8,0.3,0.3,0.2,0.4,0.2\n',
    );
    const out = path.join(tmp, 'analysis');
    const result = await cli(['chart', sweep, '--kind', 'effects,sensitivity', '--format', 'svg', '--out', out], { cwd: tmp });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'effects.svg'), 'utf8')).toContain('Difference from partnership');
    expect(readFileSync(path.join(out, 'sensitivity.svg'), 'utf8')).toContain('μ* (mean |elementary effect|)');
  });

  it('takes a --theme file of Vega-Lite config', async () => {
    const theme = path.join(tmp, 'theme.json');
    writeFileSync(theme, JSON.stringify({ axis: { labelFontSize: 11 } }));
    const out = path.join(tmp, 'themed');
    expect((await cli(['chart', run, '--kind', 'migrants', '--format', 'json', '--theme', theme, '--out', out], { cwd: tmp })).code).toBe(0);
    const spec = JSON.parse(readFileSync(path.join(out, 'migrants.json'), 'utf8'));
    expect(spec.config.axis.labelFontSize).toBe(11);
    expect(spec.config.axis.titleFontSize).toBe(9);
  });

  it('reads a Parquet sweep', async () => {
    const parquet = path.join(tmp, 'parquet');
    expect((await cli(['sweep', '--policies', 'partnership', '-r', '2', ...SMALL, '--format', 'parquet', '-w', '0', '-q', '--out', parquet], { cwd: tmp })).code).toBe(0);
    const result = await cli(['chart', parquet, '--kind', 'timeseries,migrants', '--format', 'svg'], { cwd: tmp });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(parquet, 'charts', 'migrants.svg'))).toBe(true);
  });
});

describe('partnersim chart: bad input gets one line and exit code 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing folder', () => ['chart', path.join(tmp, 'nowhere')], /nowhere: no such folder/],
    ['a folder without a manifest', () => (mkdirSync(path.join(tmp, 'empty'), { recursive: true }), ['chart', path.join(tmp, 'empty')]), /not a partnersim results folder \(no manifest.json\)/],
    [
      'a malformed manifest',
      () => {
        mkdirSync(path.join(tmp, 'broken'), { recursive: true });
        writeFileSync(path.join(tmp, 'broken', 'manifest.json'), '{ "format": ');
        return ['chart', path.join(tmp, 'broken')];
      },
      /manifest.json: not valid JSON/,
    ],
    ['an unknown kind', () => ['chart', run, '--kind', 'pie'], /--kind: unknown "pie" \(known: timeseries, effects/],
    ['a kind whose data is absent', () => ['chart', run, '--kind', 'heatmap'], /--kind heatmap: .*a run folder has no swept parameters/],
    ['states of a sweep without --states', () => ['chart', path.join(tmp, 'parquet'), '--kind', 'states'], /the sweep has no states table \(sweep with --states\)/],
    ['an unknown indicator', () => ['chart', run, '--indicators', 'happiness'], /--indicators: unknown indicator "happiness"/],
    ['a policy not in the folder', () => ['chart', run, '--policies', 'withdrawal'], /--policies: "withdrawal" not in/],
    ['an unknown format', () => ['chart', run, '--format', 'gif'], /--format: unknown "gif"/],
    ['a bad --scale', () => ['chart', run, '--scale', '0'], /--scale: expected a number/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const result = await cli(args(), { cwd: tmp });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^partnersim: /);
    });
  }
});
