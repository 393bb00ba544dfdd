/**
 * The credibility shock as a dated intervention: every destination's credibility falls to
 * 30% of its value at the start of 2011Q1 (step 24 of the eu-mobility-partnerships scenario,
 * which starts in 2005Q1 with quarterly steps, so the same step as the built-in
 * credibility-shock's three-eighths of 64 steps). The date is an assumption chosen to
 * match the built-in.
 */
import { definePolicy } from '../../src/scenario/definePolicy.js';

export default definePolicy({
  name: 'credibility-shock-2011',
  description: "destinations' credibility falls to 30% in 2011Q1, as a dated intervention",
  contrast: "the External Incentives Model's claim that credibility decides, dated rather than placed at a share of the horizon",
  override: {
    interventions: [{ label: 'credibility shock', at: '2011Q1', destination: { credibility: { times: 0.3 } } }],
  },
});
