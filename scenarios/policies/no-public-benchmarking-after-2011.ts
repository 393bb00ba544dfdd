/**
 * No public benchmarking after 2011: from 2012Q1 every scoreboard is private (observed
 * performance still feeds the destinations' beliefs, but no public league table is
 * published), as in no-benchmarking but only from that date.
 */
import { definePolicy } from '../../src/scenario/definePolicy.js';

export default definePolicy({
  name: 'no-public-benchmarking-after-2011',
  description: 'scoreboards private from 2012Q1; public benchmarking until the end of 2011',
  contrast: 'whether the effort and responsibilisation that public ranking built up to 2011 persist once the tables are no longer published',
  override: {
    interventions: [{ label: 'no public benchmarking after 2011', at: '2012Q1', params: { monitoring: { scoreboard: 'private' } } }],
  },
});
