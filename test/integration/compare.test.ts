/**
 * `partnersim compare` on small real sweeps of the default scenario: the effects table's
 * columns and rows, pairing that narrows the intervals, values read at a step or averaged
 * over steps (checked against the timeseries computed here), bands, determinism, CSV and
 * Parquet sweeps alike, the sweep run first from a scenario, and every exit-2 case.
 */
import { INDICATOR_NAMES, UNDEFINED_INDICATORS } from '../../src/indicators/columns.js';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, removeTemp } from '../helpers/sweep.js';

const CONTRACT = ['indicator', 'policy', 'baseline', 'at', 'n', 'mean_baseline', 'mean_policy', 'mean_diff', 'ci_low', 'ci_high', 'p_value', 'effect_size', 'verdict'];
const SMALL = ['--migrants', '2000', '--steps', '40', '--workers', '0', '--quiet'];
const POLICIES = 'partnership,withdrawal,no-benchmarking';

let root: string;
const at = (name: string) => path.join(root, name);

async function ok(args: string[]) {
  const r = await cli(args, { cwd: root });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

/** Runs a command that must fail with exit 2 and one line on stderr; returns that line. */
async function usage(args: string[]): Promise<string> {
  const r = await cli(args, { cwd: root });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^partnersim: [^\n]+\n$/);
  return r.stderr;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

beforeAll(async () => {
  root = makeTemp('partnersim-compare-');
  await ok(['sweep', '--policies', POLICIES, '--replicates', '6', ...SMALL, '--out', at('crn')]);
  await ok(['sweep', '--policies', POLICIES, '--replicates', '6', ...SMALL, '--format', 'parquet', '--out', at('crn-parquet')]);
  await ok(['sweep', '--policies', 'partnership,withdrawal', '--replicates', '1', '--migrants', '500', '--steps', '4', '--workers', '0', '--quiet', '--out', at('single')]);
});
afterAll(() => removeTemp(root));

describe('partnersim compare <sweep-dir>', () => {
  it('writes effects.csv and effects.md: every row with an interval and a verdict; pairing narrows mean_responsibilisation', async () => {
    const { stdout } = await ok(['compare', at('crn'), '--baseline', 'partnership', '--min-pairs', '6']);
    // benefit_gini is undefined in the runs with fewer than two partners: those pairs are skipped
    expect(stdout).toMatch(new RegExp(`^compare: 2 policies x ${INDICATOR_NAMES.length} indicators against partnership at final, \\d+ to 6 pairs \\(up to \\d+ runs? dropped\\) -> crn \\(effects\\.csv, effects\\.md\\)\n`));
    expect(stdout).toMatch(/\nverdicts: \d+ higher, \d+ lower, \d+ within the band(, \d+ insufficient)? \(p adjusted by holm over \d+ comparisons\)\n/);
    expect(stdout).toMatch(/\n {2}skipped \d+ pairs? whose indicator is undefined in a run \(an empty cell, e\.g\. a Gini of fewer than two partners\): benefit_gini under /);
    expect(stdout).toMatch(/\ncommon random numbers: paired intervals are a median [\d.]+ times narrower than unpaired ones on the main indicators \(mean_effort [\d.]+, /);
    // and per policy, the policy with the larger gain first
    const byPolicy = /\n {2}by policy: ([\w-]+) ([\d.]+), ([\w-]+) ([\d.]+)\n/.exec(stdout);
    expect(byPolicy, stdout).not.toBeNull();
    expect(Number(byPolicy![2])).toBeGreaterThanOrEqual(Number(byPolicy![4]));
    const header = readFileSync(path.join(at('crn'), 'effects.csv'), 'utf8').split('\n')[0].split(',');
    expect(header.slice(0, CONTRACT.length)).toEqual(CONTRACT);
    const rows = csvRecords(path.join(at('crn'), 'effects.csv'));
    expect(rows).toHaveLength(2 * INDICATOR_NAMES.length);
    for (const row of rows) {
      expect(row.adjust).toBe('holm');
      expect(row.baseline).toBe('partnership');
      expect(Object.values(row)).not.toContain('NaN');
      if (row.indicator in UNDEFINED_INDICATORS) {
        // only an indicator documented as undefined in some runs (the Gini of fewer than two
        // partners, a share of what was owed when nothing was) may drop pairs, and its dropped
        // pairs are all undefined ones
        expect(Number(row.n) + Number(row.undefined_pairs)).toBe(6);
        expect(row.dropped).toBe(row.undefined_pairs);
        if (Number(row.n) < 6) expect(row.verdict).toBe('insufficient');
        continue;
      }
      expect(row.undefined_pairs, `${row.indicator} ${row.policy}`).toBe('0');
      expect(row.ci_low, `${row.indicator} ${row.policy}`).not.toBe('');
      expect(row.ci_high).not.toBe('');
      expect(Number(row.ci_low)).toBeLessThanOrEqual(Number(row.ci_high));
      expect(['higher', 'lower', 'within-band']).toContain(row.verdict);
      // the verdict agrees with the adjusted test: a higher or lower needs p_adjusted < 0.05
      if (row.verdict !== 'within-band') expect(Number(row.p_adjusted), `${row.indicator} ${row.policy}`).toBeLessThan(0.05);
      if (row.p_adjusted !== '') expect(Number(row.p_adjusted)).toBeGreaterThanOrEqual(Number(row.p_value));
      expect(row.n).toBe('6');
    }
    for (const row of rows) {
      // the correlation that sets the gain, empty exactly when a side does not vary
      if (row.pair_correlation !== '') expect(Math.abs(Number(row.pair_correlation))).toBeLessThanOrEqual(1);
    }
    for (const row of rows.filter((r) => r.indicator === 'mean_responsibilisation')) {
      expect(row.pair_correlation).not.toBe('');
      const paired = Number(row.boot_ci_high) - Number(row.boot_ci_low);
      expect(paired).toBeGreaterThan(0);
      expect(Number(row.width_ratio_unpaired_paired)).toBeCloseTo(Number(row.ci_width_unpaired) / paired, 2);
      // the deprecated column holds the same number
      expect(row.variance_reduction).toBe(row.width_ratio_unpaired_paired);
      // the verdict's interval is the paired t interval: mean_diff ± t_{0.975, 5} · s/√6 (checked below from runs.csv)
      expect((Number(row.ci_low) + Number(row.ci_high)) / 2).toBeCloseTo(Number(row.mean_diff), 5);
      // A policy that acts late leaves the paired runs on common random numbers together
      // until it acts, so pairing narrows the interval of a slow variable such as
      // responsibilisation (effort can anti-correlate instead: the states whose effort was
      // bought by incentives lose most when they stop); a policy that acts from the first
      // step (no-benchmarking) lets the runs drift apart, and with 6 pairs may gain nothing.
      if (row.policy === 'withdrawal') expect(paired, 'withdrawal: paired width < unpaired width').toBeLessThan(Number(row.ci_width_unpaired));
    }
    const md = readFileSync(path.join(at('crn'), 'effects.md'), 'utf8');
    expect(md).toMatch(/^# Effects against `partnership`/);
    expect(md).toContain('| indicator | policy | n | baseline mean | policy mean | difference | interval | p | p adj. | d_z | width ratio | verdict |');
    expect(md).toContain('**within-band** otherwise: the difference is not shown to exceed the band');
    expect(existsSync(path.join(at('crn'), 'effects.tex'))).toBe(false);
  });

  it('names the comparisons in which one side does not vary (no partners under policing-only): pairing cannot narrow them', async () => {
    await ok(['sweep', '--policies', 'partnership,policing-only', '--replicates', '4', ...SMALL, '--out', at('constant')]);
    const { stdout } = await ok(['compare', at('constant'), '--indicators', 'partners,mean_effort']);
    expect(stdout).toMatch(/\n {2}one side does not vary in 1 of these comparisons \(partners under policing-only\): pairing cannot narrow them\n/);
    const rows = csvRecords(path.join(at('constant'), 'effects.csv'));
    expect(rows.find((r) => r.indicator === 'partners')?.pair_correlation).toBe('');
    expect(rows.find((r) => r.indicator === 'partners')?.mean_policy).toBe('0');
    expect(readFileSync(path.join(at('constant'), 'effects.md'), 'utf8')).toContain('In 1 of these comparisons one side does not vary');
  });

  it('the means and differences are those of the runs, paired by replicate (checked here from runs.csv)', () => {
    const runs = csvRecords(path.join(at('crn'), 'runs.csv'));
    const effects = csvRecords(path.join(at('crn'), 'effects.csv'));
    const value = (policy: string, replicate: number) => Number(runs.find((r) => r.policy === policy && Number(r.replicate) === replicate)!.mean_responsibilisation);
    const diffs = [1, 2, 3, 4, 5, 6].map((k) => value('no-benchmarking', k) - value('partnership', k));
    const row = effects.find((r) => r.indicator === 'mean_responsibilisation' && r.policy === 'no-benchmarking')!;
    expect(Number(row.mean_diff)).toBeCloseTo(mean(diffs), 5);
    expect(Number(row.mean_baseline)).toBeCloseTo(mean([1, 2, 3, 4, 5, 6].map((k) => value('partnership', k))), 5);
    // a common seed per replicate: the two policies' runs share it
    const seeds = (policy: string) => runs.filter((r) => r.policy === policy).map((r) => `${r.replicate}:${r.seed}`).sort();
    expect(seeds('no-benchmarking')).toEqual(seeds('partnership'));
    // the interval is the paired t interval: t_{0.975, 5} = 2.570582 (tables)
    const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - mean(diffs)) ** 2, 0) / 5);
    expect(Number(row.ci_high) - Number(row.ci_low)).toBeCloseTo(2 * 2.570582 * (sd / Math.sqrt(6)), 5);
  });

  it('with fewer pairs than --min-pairs (10 by default) every verdict is insufficient, and the terminal says so', async () => {
    const { stdout } = await ok(['compare', at('crn'), '--indicators', 'mean_effort,partners', '--out', at('few')]);
    expect(stdout).toMatch(/\nverdicts: 0 higher, 0 lower, 0 within the band, 4 insufficient \(p adjusted by holm over 0 comparisons\)\n/);
    expect(stdout).toMatch(/\n {2}insufficient: fewer than 10 pairs in mean_effort under withdrawal \(6\), .*: no verdict \(run more replicates, or set --min-pairs\)\n/);
    const rows = csvRecords(path.join(at('few'), 'effects.csv'));
    expect(rows.map((r) => r.verdict)).toEqual(['insufficient', 'insufficient', 'insufficient', 'insufficient']);
    // the statistics are still there, the adjusted p is not (the row is not tested)
    for (const r of rows) expect([r.p_value !== '', r.p_adjusted]).toEqual([true, '']);
  });

  it('--adjust none gives p_adjusted = p_value; holm and bh never give less', async () => {
    for (const adjust of ['none', 'holm', 'bh']) {
      await ok(['compare', at('crn'), '--indicators', 'mean_effort,partners,irregular_arrivals', '--min-pairs', '6', '--adjust', adjust, '--format', 'csv', '--out', at(`adjust-${adjust}`)]);
    }
    const rows = (adjust: string) => csvRecords(path.join(at(`adjust-${adjust}`), 'effects.csv'));
    for (const r of rows('none')) expect(r.p_adjusted).toBe(r.p_value);
    const none = rows('none');
    for (const adjust of ['holm', 'bh']) {
      rows(adjust).forEach((r, i) => {
        expect(r.p_value).toBe(none[i].p_value);
        expect(Number(r.p_adjusted)).toBeGreaterThanOrEqual(Number(r.p_value));
        // an adjustment can take a verdict away, never add one
        if (r.verdict !== 'within-band') expect(r.verdict).toBe(none[i].verdict);
      });
    }
  });

  it('--at <step> and --at mean read timeseries.csv (checked here by hand)', async () => {
    await ok(['compare', at('crn'), '--indicators', 'mean_effort,partners', '--at', '8', '--out', at('step8')]);
    await ok(['compare', at('crn'), '--indicators', 'mean_effort', '--at', 'mean', '--out', at('mean')]);
    const runs = csvRecords(path.join(at('crn'), 'runs.csv'));
    const series = csvRecords(path.join(at('crn'), 'timeseries.csv'));
    const ids = (policy: string) => runs.filter((r) => r.policy === policy).map((r) => r.run_id);
    const step8 = (id: string) => Number(series.find((s) => s.run_id === id && s.step === '8')!.mean_effort);
    const overSteps = (id: string) => mean(series.filter((s) => s.run_id === id).map((s) => Number(s.mean_effort)));
    const e8 = csvRecords(path.join(at('step8'), 'effects.csv')).find((r) => r.indicator === 'mean_effort' && r.policy === 'withdrawal')!;
    expect(e8.at).toBe('8');
    expect(Number(e8.mean_baseline)).toBeCloseTo(mean(ids('partnership').map(step8)), 5);
    expect(Number(e8.mean_policy)).toBeCloseTo(mean(ids('withdrawal').map(step8)), 5);
    const em = csvRecords(path.join(at('mean'), 'effects.csv')).find((r) => r.policy === 'no-benchmarking')!;
    expect(em.at).toBe('mean');
    expect(Number(em.mean_policy)).toBeCloseTo(mean(ids('no-benchmarking').map(overSteps)), 5);
  });

  it('--band turns differences inside the band into within-band; --format tex writes effects.tex', async () => {
    await ok(['compare', at('crn'), '--indicators', 'mean_effort', '--band', 'mean_effort=10', '--min-pairs', '6', '--format', 'csv,tex', '--out', at('band')]);
    const rows = csvRecords(path.join(at('band'), 'effects.csv'));
    expect(rows.map((r) => [r.verdict, r.band])).toEqual([['within-band', '10'], ['within-band', '10']]);
    const tex = readFileSync(path.join(at('band'), 'effects.tex'), 'utf8');
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('mean\\_effort');
    expect(existsSync(path.join(at('band'), 'effects.md'))).toBe(false);
  });

  it('gives the same bytes for the same sweep and seed, from CSV and Parquet sweeps alike', async () => {
    await ok(['compare', at('crn'), '--min-pairs', '6', '--out', at('again')]);
    await ok(['compare', at('crn-parquet'), '--min-pairs', '6', '--out', at('from-parquet')]);
    const bytes = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');
    expect(bytes(at('again'), 'effects.csv')).toBe(bytes(at('crn'), 'effects.csv'));
    expect(bytes(at('again'), 'effects.md')).toBe(bytes(at('crn'), 'effects.md'));
    expect(bytes(at('from-parquet'), 'effects.csv')).toBe(bytes(at('crn'), 'effects.csv'));
    await ok(['compare', at('crn'), '--min-pairs', '6', '--seed', '2', '--out', at('seed2')]);
    expect(bytes(at('seed2'), 'effects.csv')).not.toBe(bytes(at('crn'), 'effects.csv'));
  });

  it('drops a pair with a run missing on one side, and says so', async () => {
    cpSync(at('crn'), at('holed'), { recursive: true });
    const file = path.join(at('holed'), 'runs.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const victim = lines.findIndex((l) => l.includes(',withdrawal,3,'));
    expect(victim).toBeGreaterThan(0);
    writeFileSync(file, lines.filter((_, i) => i !== victim).join('\n'));
    const { stdout } = await ok(['compare', at('holed'), '--indicators', 'mean_effort']);
    expect(stdout).toMatch(/against partnership at final, 5 to 6 pairs \(up to 1 run dropped\)/);
    const rows = csvRecords(path.join(at('holed'), 'effects.csv'));
    expect(rows.map((r) => [r.policy, r.n, r.dropped])).toEqual([['withdrawal', '5', '1'], ['no-benchmarking', '6', '0']]);
    expect(readFileSync(path.join(at('holed'), 'effects.md'), 'utf8')).toContain('Pairs dropped (a run missing, or not a finite number, on one side): 1 in all');
  });

  it('--policies chooses among the sweep\'s policies', async () => {
    await ok(['compare', at('crn'), '--policies', 'withdrawal', '--indicators', 'partners', '--out', at('one')]);
    expect(csvRecords(path.join(at('one'), 'effects.csv')).map((r) => r.policy)).toEqual(['withdrawal']);
  });
});

describe('partnersim compare <scenario>', () => {
  it('runs the sweep it needs (with the baseline), then compares', async () => {
    const r = await cli(['compare', 'eu-mobility-partnerships', '--baseline', 'partnership', '--policies', 'withdrawal', '--replicates', '3', '--migrants', '1000', '--steps', '8', '--workers', '0', '--quiet', '--indicators', 'mean_effort', '--out', 'from-scenario'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sweep: 6\/6 runs, 0 failed, .* -> from-scenario\ncompare: 1 policy x 1 indicator against partnership at final, 3 pairs each -> from-scenario \(effects\.csv, effects\.md\)\n/);
    const manifest = JSON.parse(readFileSync(path.join(at('from-scenario'), 'manifest.json'), 'utf8'));
    expect(manifest.key).toMatchObject({ policies: ['partnership', 'withdrawal'], replicates: 3, steps: 8, migrants: 1000 });
    expect(csvRecords(path.join(at('from-scenario'), 'effects.csv'))).toHaveLength(1);
  });
});

describe('partnersim compare: one clear line and exit 2', () => {
  it('a policy the sweep does not contain', async () => {
    expect(await usage(['compare', at('crn'), '--policies', 'generous-mobility'])).toMatch(/--policies: policy "generous-mobility" is not in the sweep \(it holds partnership, withdrawal, no-benchmarking\)/);
  });

  it('a baseline the sweep does not contain', async () => {
    expect(await usage(['compare', at('crn'), '--baseline', 'conditionality'])).toMatch(/--baseline: policy "conditionality" is not in the sweep/);
  });

  it('a sweep with one replicate at one point: nothing to pair', async () => {
    expect(await usage(['compare', at('single')])).toMatch(/nothing to pair: the sweep has 1 parameter point and 1 replicate, so n < 2 .*--replicates 2 or more/);
  });

  it('a sweep that holds only the baseline', async () => {
    expect(await usage(['compare', at('single'), '--policies', 'partnership'])).toMatch(/nothing to compare/);
  });

  it('an unknown indicator', async () => {
    expect(await usage(['compare', at('crn'), '--indicators', 'mean_effort,happiness'])).toMatch(/--indicators: unknown indicator "happiness"/);
  });

  it('a bad --at', async () => {
    expect(await usage(['compare', at('crn'), '--at', 'last'])).toMatch(/--at: expected final, mean or a step number, got "last"/);
    expect(await usage(['compare', at('crn'), '--at', '40'])).toMatch(/--at: step 40 is past the sweep's last step \(39/);
  });

  it('a bad --band', async () => {
    expect(await usage(['compare', at('crn'), '--band', 'mean_effort=-0.1'])).toMatch(/--band mean_effort: expected a width >= 0/);
    expect(await usage(['compare', at('crn'), '--band', 'mean_effort'])).toMatch(/--band: expected indicator=width/);
    expect(await usage(['compare', at('crn'), '--indicators', 'partners', '--band', 'mean_effort=1'])).toMatch(/not among the indicators compared/);
  });

  it('a folder that is not a sweep', async () => {
    mkdirSync(at('empty'));
    expect(await usage(['compare', at('empty')])).toMatch(/not a sweep folder \(no manifest\.json\)/);
  });

  it('a bad --adjust or --min-pairs', async () => {
    expect(await usage(['compare', at('crn'), '--adjust', 'bonferroni'])).toMatch(/--adjust: expected holm, bh, none, got "bonferroni"/);
    expect(await usage(['compare', at('crn'), '--min-pairs', '1'])).toMatch(/--min-pairs: expected an integer >= 2/);
    expect(await usage(['compare', at('crn'), '--min-pairs', 'ten'])).toMatch(/--min-pairs: expected a positive integer/);
  });

  it('sweep options given with a sweep folder', async () => {
    expect(await usage(['compare', at('crn'), '--replicates', '30'])).toMatch(/--replicates: only when compare runs the sweep from a scenario/);
  });

  it('an unknown scenario', async () => {
    expect(await usage(['compare', 'no-such-scenario', '--out', 'x'])).toMatch(/no-such-scenario/);
  });
});
