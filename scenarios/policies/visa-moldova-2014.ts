/**
 * Visa liberalisation for Moldova in 2014Q2: the EU lifted the visa requirement for
 * Moldovan holders of biometric passports on 28 April 2014. From that step Moldova's
 * nationals hold the facilitated visa (its value is the destination's visaFacilitation,
 * counted while Moldova is a full partner). The date is public fact; what a facilitated
 * visa is worth is the scenario's assumption. In eu-mobility-partnerships the model itself
 * grants Moldova the facilitated visa (params.partnership.visaAfter steps after it becomes
 * a full partner, which it does early), so there the intervention changes nothing in most
 * runs; it acts where the model has not granted the visa by 2014Q2 (a later partnership,
 * a longer visaAfter, or under conditionality).
 */
import { definePolicy } from '../../src/scenario/definePolicy.js';

export default definePolicy({
  name: 'visa-moldova-2014',
  description: 'visa-free travel for Moldova from 2014Q2, with everything else as in partnership',
  contrast: "Moldova's regular mobility and mobility effort after 2014 against the partnership baseline; no other state changes",
  override: {
    interventions: [{ label: 'visa liberalisation for Moldova', at: '2014Q2', states: ['MDA'], state: { visaFacilitated: true } }],
  },
});
