/**
 * A cash-for-containment deal with one transit state: in 2017Q1 (the Italy-Libya
 * memorandum of February 2017) Libya receives funds and equipment for containment, modelled
 * as its detention capacity and exit restriction jumping to 0.8 and 0.6 and its
 * willingness to cooperate to 0.6; they evolve by the model afterwards. The date is public
 * fact; the sizes of the jumps are assumptions.
 */
import { definePolicy } from '../../src/scenario/definePolicy.js';

export default definePolicy({
  name: 'cash-for-containment-libya',
  description: 'a containment deal with Libya in 2017Q1: detention and exit restriction up, willingness up, nothing else changed',
  contrast: 'irregular arrivals after 2017 and whether the containment holds against domestic resistance; only Libya changes at the step of the deal',
  override: {
    interventions: [
      {
        label: 'cash for containment with Libya',
        at: '2017Q1',
        states: ['LBY'],
        state: { detentionCapacity: 0.8, emigrationRestriction: 0.6, willingness: 0.6 },
      },
    ],
  },
});
