/**
 * Calibration targets for the EU scenario that use only what was known by the end of
 * 2011, so that a calibration to them forecasts 2012–2020 out of sample.
 *
 * Known by the end of 2011 (public facts; the scenario file's header lists them):
 * - Mobility Partnerships signed with Moldova and Cape Verde (June 2008: 2008 Q2),
 *   Georgia (November 2009: 2009 Q4) and Armenia (October 2011: 2011 Q4);
 * - Egypt refused to enter concrete talks: it never entered the preparatory phase
 *   (candidate) before 2012;
 * - no other partnership was signed before 2012.
 * Nothing dated after 2011 appears here.
 *
 * Parameters: what decides when a courted state is judged ready and accepts. The
 * destination's entry threshold of readiness, the slope of the acceptance rule, the
 * value of partner status, the framing gain of dialogue and the weight of belief in
 * readiness; each prior spans the field's plausible range around its documented
 * default (assumption).
 *
 * Scores: a signature date within 2 quarters of the record scores 0; the "no other
 * partnership" targets weigh 0.5 each, so that the 13 of them together weigh less
 * than the four signatures (weight 2 each).
 *
 * Run settings (README, Calibration): each run stops at these targets' horizon, 30 steps
 * (2005 Q1 – 2012 Q2: Armenia's 2011 Q4 signature with its 2 quarters of tolerance),
 * after which every target here is decided; calibrate does so by default. 2,000
 * migrants: over 60 prior draws, whether each target is met at 2,000 agrees with the
 * scenario's 100,000 in 99.5% of (draw, target) pairs (5,000: 99.7%, 20,000: 99.8%;
 * scripts/calibration-migrants.ts), a run costs a third of one of 20,000, and fewer
 * migrants save almost no time. With these, 1,000 particles and 8 generations ran 84,129
 * simulations in 11 min 33 s on two cores (docs/validation.md, which it feeds);
 * bench/calibrate.ts measures the rate on a smaller budget.
 */
import { defineTargets } from '../../src/calibration/targets.js';

const others = ['AZE', 'BLR', 'UKR', 'SEN', 'MRT', 'MLI', 'MAR', 'DZA', 'TUN', 'LBY', 'JOR', 'LBN'] as const;

export default defineTargets({
  name: 'eu-to-2011',
  description: 'EU Mobility Partnerships known by the end of 2011: Moldova, Cape Verde, Georgia, Armenia; Egypt refuses concrete talks; no other partnership.',
  parameters: [
    { path: 'states[EU].destination.entryThreshold', prior: { kind: 'uniform', min: 0.3, max: 0.7 } },
    { path: 'params.eligibility.acceptanceSlope', prior: { kind: 'log-uniform', min: 2, max: 30 } },
    { path: 'params.eligibility.statusGain', prior: { kind: 'uniform', min: 0, max: 0.4 } },
    { path: 'params.dialogue.framingGain', prior: { kind: 'log-uniform', min: 0.005, max: 0.2 } },
    { path: 'params.eligibility.beliefWeight', prior: { kind: 'normal', mean: 0.5, sd: 0.15, min: 0.1, max: 0.9 } },
  ],
  targets: [
    { kind: 'event', state: 'MDA', status: 'partner', date: '2008Q2', tolerance: 2, weight: 2, source: 'EU–Moldova Mobility Partnership, June 2008' },
    { kind: 'event', state: 'CPV', status: 'partner', date: '2008Q2', tolerance: 2, weight: 2, source: 'EU–Cape Verde Mobility Partnership, June 2008' },
    { kind: 'event', state: 'GEO', status: 'partner', date: '2009Q4', tolerance: 2, weight: 2, source: 'EU–Georgia Mobility Partnership, November 2009' },
    { kind: 'event', state: 'ARM', status: 'partner', date: '2011Q4', tolerance: 2, weight: 2, source: 'EU–Armenia Mobility Partnership, October 2011' },
    { kind: 'non-event', state: 'EGY', status: 'candidate', before: '2012Q1', weight: 1, source: 'Egypt refused to enter concrete talks (Kunz; European Commission)' },
    { kind: 'non-event', state: 'EGY', status: 'partner', before: '2012Q1', weight: 0.5 },
    ...others.map((state) => ({ kind: 'non-event' as const, state, status: 'partner' as const, before: '2012Q1', weight: 0.5 })),
  ],
});
