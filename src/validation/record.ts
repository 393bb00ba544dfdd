/**
 * The observed record the signature table is set against: for each origin and transit
 * state of the EU and North American scenarios, the quarter its partnership with the
 * courting destination was signed (null: none to the end of the scenario), whether it
 * refused talks on the record, and the source. These are public facts, not fitted:
 * nothing in the model reads them.
 */

export interface ObservedState {
  /** quarter of signature, e.g. '2008Q2'; null when no partnership was signed in the scenario's window */
  signed: string | null;
  /** what the record says beyond the date (a refusal, talks under way) */
  note: string;
}

export interface ObservedRecord {
  scenario: string;
  /** what counts as a signature in this region */
  instrument: string;
  source: string;
  states: Record<string, ObservedState>;
}

const never = (note = 'none signed'): ObservedState => ({ signed: null, note });

export const EU_RECORD: ObservedRecord = {
  scenario: 'eu-mobility-partnerships',
  instrument: 'a Mobility Partnership (joint declaration) with the EU',
  source:
    'joint declarations of the Mobility Partnerships (Council of the European Union); Kunz (seed text l. 597–599): Cape Verde and Moldova 2008, Georgia 2009, Armenia 2011, talks with Morocco and Tunisia, "Egypt refused to enter into concrete talks" (European Commission 2012: 13)',
  states: {
    MDA: { signed: '2008Q2', note: 'June 2008' },
    CPV: { signed: '2008Q2', note: 'June 2008' },
    GEO: { signed: '2009Q4', note: 'November 2009' },
    ARM: { signed: '2011Q4', note: 'October 2011' },
    MAR: { signed: '2013Q2', note: 'June 2013' },
    AZE: { signed: '2013Q4', note: 'December 2013' },
    TUN: { signed: '2014Q1', note: 'March 2014' },
    JOR: { signed: '2014Q4', note: 'October 2014' },
    BLR: { signed: '2016Q4', note: 'October 2016' },
    EGY: never('none; refused to enter into concrete talks (European Commission 2012: 13)'),
    DZA: never(),
    LBY: never(),
    LBN: never(),
    SEN: never(),
    MLI: never(),
    MRT: never(),
    UKR: never('none (visa facilitation and readmission agreements 2007, visa-free 2017)'),
  },
};

export const NA_RECORD: ObservedRecord = {
  scenario: 'north-america-rcm',
  instrument: 'a bilateral partnership with the United States (for Mexico, the Border Partnership)',
  source:
    'Kunz (seed text l. 72–80, 493–499): the Fox–Bush partnership of 2001, the bilateral Border Partnerships and the Partnership for Prosperity; US–Mexico Border Partnership action plan, 22 March 2002; the Central American states cooperate with the US through the Regional Conference on Migration and its plan of action, under no bilateral migration partnership',
  states: {
    MEX: { signed: '2002Q1', note: 'Border Partnership action plan, March 2002 (Partnership for Prosperity, September 2001)' },
    GTM: never('none (RCM plan of action)'),
    HND: never('none (RCM plan of action)'),
    SLV: never('none (RCM plan of action)'),
    NIC: never('none (RCM plan of action)'),
    CRI: never('none (RCM plan of action)'),
    PAN: never('none (RCM plan of action)'),
    BLZ: never('none (RCM plan of action)'),
    DOM: never('none (RCM member from 1999/2000)'),
  },
};
