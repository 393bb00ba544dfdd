/**
 * Validation patterns that can fail (issue 13, item 5): each emergent pattern of
 * src/validation/emergent is shown to fail at a majority of seeds under a null model, a
 * variant or a region of the space, and, where the model reproduces it at the
 * scenario's defaults, to pass there, so that the pattern tells the two apart. Seeds
 * 1–5, 10,000 migrants (tip-scorecard: 2,000), in process.
 */
import { describe, expect, it } from 'vitest';
import { isPolicyName } from '../../src/scenario/policies.js';
import { EMERGENT_PATTERNS, type EmergentPattern, type PointRuns } from '../../src/validation/emergent/index.js';
import { pointPasses } from '../../src/validation/passRates.js';
import { pointRuns } from '../helpers/patternRuns.js';

const seeds = [1, 2, 3, 4, 5];
const pattern = (id: string): EmergentPattern => EMERGENT_PATTERNS.find((p) => p.id === id)!;
const verdicts = (id: string, point: PointRuns) => pattern(id).evaluate(point);
const show = (id: string, point: PointRuns) => verdicts(id, point).map((v) => `${v.pass ? 'pass' : 'fail'} ${v.value}`).join('; ');
/** the same point with the partnership runs standing for the homogeneous world, or the other way round */
const swap = (point: PointRuns, into: 'homogeneous' | 'partnership'): PointRuns => ({
  ...point,
  seeds: point.seeds.map((s) => ({ ...s, runs: { ...s.runs, [into]: s.runs[into === 'homogeneous' ? 'partnership' : 'homogeneous'] } })),
});

describe('validation patterns fail under a null model and pass where the model reproduces them (seeds 1-5)', async () => {
  const eu = await pointRuns({ scenario: 'eu-mobility-partnerships', seeds, migrants: 10000, kinds: ['partnership', 'homogeneous'] });
  const na = await pointRuns({ scenario: 'north-america-rcm', seeds, migrants: 10000, kinds: ['partnership', 'homogeneous'] });
  const rationalist = await pointRuns({ scenario: 'eu-mobility-partnerships', seeds, migrants: 10000, kinds: ['homogeneous'], adjust: (s) => void (s.processes.internaliseNorms = false) });

  it('every emergent pattern is covered here', () => {
    expect(EMERGENT_PATTERNS.map((p) => p.id).sort()).toEqual(['benchmarking', 'decoupling', 'early-exposure', 'egypt-refuses', 'good-students', 'only-mexico', 'path-dependence', 'persistence', 'resemblance', 'stalls'].sort());
  });

  it('path dependence: in the homogeneous EU world the first three partners change with the seed; in the bundled world (given attributes) they do not', () => {
    expect(pointPasses(verdicts('path-dependence', eu)), show('path-dependence', eu)).toBe(true);
    const bundled = swap(eu, 'homogeneous');
    expect(pointPasses(verdicts('path-dependence', bundled)), show('path-dependence', bundled)).toBe(false);
  });

  it('early exposure: holds in the homogeneous EU world, fails without internalisation (the rationalist null)', () => {
    expect(pointPasses(verdicts('early-exposure', eu)), show('early-exposure', eu)).toBe(true);
    expect(pointPasses(verdicts('early-exposure', rationalist)), show('early-exposure', rationalist)).toBe(false);
  });

  it('resemblance: fails in the bundled North American world (given attributes) and without internalisation', () => {
    const bundled = swap(na, 'homogeneous');
    expect(pointPasses(verdicts('resemblance', bundled)), show('resemblance', bundled)).toBe(false);
    expect(pointPasses(verdicts('resemblance', rationalist)), show('resemblance', rationalist)).toBe(false);
  });

  it('decoupling: no EU partner keeps effort below 0.3 for two years at the defaults, but under the incentives variant some do', async () => {
    expect(pointPasses(verdicts('decoupling', eu)), show('decoupling', eu)).toBe(false);
    const incentives = await pointRuns({ scenario: 'eu-mobility-partnerships', seeds, migrants: 10000, kinds: ['partnership'], adjust: (s) => void (s.variant = 'incentives') });
    expect(pointPasses(verdicts('decoupling', incentives)), show('decoupling', incentives)).toBe(true);
  });

  it('good students and Egypt: hold in the bundled EU world, fail with homogeneous states (the inputs decide them)', () => {
    const homogeneous = swap(eu, 'partnership');
    for (const id of ['good-students', 'egypt-refuses']) {
      expect(pointPasses(verdicts(id, eu)), `${id}: ${show(id, eu)}`).toBe(true);
      expect(pointPasses(verdicts(id, homogeneous)), `${id}: ${show(id, homogeneous)}`).toBe(false);
    }
  });

  it('stalls: hold in the EU world, fail when eligibility is unconditional (no threshold, no preparatory period)', async () => {
    expect(pointPasses(verdicts('stalls', eu)), show('stalls', eu)).toBe(true);
    const open = await pointRuns({ scenario: 'eu-mobility-partnerships', seeds, migrants: 10000, kinds: ['partnership'], adjust: (s) => void (s.params.eligibility.unconditional = true) });
    expect(pointPasses(verdicts('stalls', open)), show('stalls', open)).toBe(false);
  });

  it('only Mexico: holds at the North American defaults, fails when the inputs make Costa Rica a partner from the start', async () => {
    expect(pointPasses(verdicts('only-mexico', na)), show('only-mexico', na)).toBe(true);
    const open = await pointRuns({ scenario: 'north-america-rcm', seeds, migrants: 10000, kinds: ['partnership'], adjust: (s) => void (s.states.find((st) => st.id === 'CRI')!.status = 'partner') });
    expect(pointPasses(verdicts('only-mexico', open)), show('only-mexico', open)).toBe(false);
  });

  it('benchmarking (calibration): holds on the TIP-like world, fails with the reaction table reversed across tiers', async () => {
    const tip = await pointRuns({ scenario: 'tip-scorecard', seeds, migrants: 2000, kinds: ['partnership'] });
    expect(pointPasses(verdicts('benchmarking', tip)), show('benchmarking', tip)).toBe(true);
    const reversed = await pointRuns({
      scenario: 'tip-scorecard',
      seeds,
      migrants: 2000,
      kinds: ['partnership'],
      adjust: (s) => {
        const b = s.params.benchmarking;
        [b.reactionTop, b.reactionSecond, b.reactionWatch, b.reactionBottom] = [b.reactionBottom, b.reactionWatch, b.reactionSecond, b.reactionTop];
      },
    });
    expect(pointPasses(verdicts('benchmarking', reversed)), show('benchmarking', reversed)).toBe(false);
  });

  it.skipIf(!isPolicyName('full-withdrawal'))('persistence: fails under full withdrawal without internalisation (nothing is held)', async () => {
    const rational = await pointRuns({ scenario: 'eu-mobility-partnerships', seeds, migrants: 10000, kinds: ['full-withdrawal'], adjust: (s) => void (s.processes.internaliseNorms = false) });
    expect(pointPasses(verdicts('persistence', rational)), show('persistence', rational)).toBe(false);
  });
});
