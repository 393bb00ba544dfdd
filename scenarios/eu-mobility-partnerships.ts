/**
 * EU Mobility Partnerships, 2005–2020 (the default scenario).
 *
 * The European Union's Global Approach to Migration (launched at Hampton Court in
 * 2005) courts its eastern and southern neighbours with Mobility Partnerships:
 * non-binding joint declarations with three pillars (mobility and legal migration;
 * migration and development; border management and the fight against irregular
 * migration), monitored through scoreboards, supported by expert agencies (Frontex,
 * IOM, the European Training Foundation) and embedded in regional dialogues (the
 * Rabat and Budapest processes). R. Kunz, "Partnership in International Migration
 * Governance" (the article the model is built on), reads
 * these as technologies of agency and performance that turn origin and transit
 * states into "responsible partners".
 *
 * Time scale: one step is a quarter; step 0 is 2005 Q1 and the 64 steps run to
 * 2020 Q4. Nothing is signed at the start: every state begins with status 'none'
 * (forum members too; the engine moves them into dialogue).
 *
 * The calendar of instruments (`interventions` below, docs/ODD.md §3): at the start
 * only the Budapest Process meets. The Global Approach to Migration (December 2005)
 * opens the EU's own invitations to dialogue; the Rabat Process meets from its launch
 * (July 2006); candidacy for a Mobility Partnership exists from the Commission's
 * proposal (May 2007); the Eastern Partnership's multilateral track meets from the
 * Prague summit (May 2009); the Common Agenda on Migration and Mobility is offered
 * only from the Global Approach to Migration and Mobility (November 2011).
 *
 * What is sourced and what is assumed:
 * - Sourced (article): Moldova and Cape Verde as "good students" and first
 *   partners (2008); Georgia's "wish-list" drafted with IOM; Armenia's partnership
 *   (2011); talks with Morocco and Tunisia; Egypt "refused to enter into concrete
 *   talks" (European Commission 2012: 13); IOM's and Frontex's roles beyond their
 *   narrow mandates; the Rabat Process as a Euro-African dialogue.
 * - Sourced (public facts, used to calibrate qualitatively, never fitted): the
 *   signature dates of the EU Mobility Partnerships — Moldova and Cape Verde June
 *   2008, Georgia November 2009, Armenia October 2011, Morocco June 2013, Azerbaijan
 *   December 2013, Tunisia March 2014, Jordan October 2014, Belarus October 2016;
 *   Egypt, Algeria, Libya, Lebanon, Senegal, Mali, Mauritania and Ukraine never
 *   signed one; Moldova's visa-free travel (April 2014) about six years after
 *   signature. Memberships of the Rabat Process (Algeria and Libya are observers
 *   only) and of the Budapest Process. Populations are rounded, c. 2005.
 * - Assumed: every number in [0, 1]. They are ordinal judgements from the facts
 *   above, chosen so that the article's patterns can appear (willing, capable good
 *   students first; refusal where adoption cost is high and the cost of no
 *   agreement low; stalls in between), not estimates. Each state's `source` says
 *   which facts informed it. emigrationPotential is a relative weight, roughly
 *   population times propensity to emigrate towards the EU (assumption).
 * - Model parameters (`params`) stay at their documented defaults.
 *
 * Column guide for the state comments: K capacity, W willingness, T trust,
 * SS sovereignty sensitivity, AC adoption cost, AD aid dependence, NA cost of no
 * agreement, DQ data quality, ER emigration restriction, DC detention capacity,
 * RS resistance, PB the monitor's political bias, EP emigration potential,
 * DS diaspora share.
 */
import { defineScenario } from '../src/scenario/define.js';

export default defineScenario({
  name: 'eu-mobility-partnerships',
  description:
    'The EU courts 17 eastern and southern neighbours through Mobility Partnerships, the Rabat and Budapest processes and three expert agencies; quarterly steps, 2005 Q1 to 2020 Q4.',
  start: { year: 2005, quarter: 1 },
  stepsPerYear: 4,
  steps: 64,
  // Every origin and transit state's attributes below are assumptions: each replicate
  // draws one plausible world around them (standard deviation 0.08, from the seed), and
  // every policy at the same replicate shares that world (common random numbers).
  uncertainty: 0.08,

  states: [
    // ---------------------------------------------------------------- destination
    // The European Union as one destination (Commission, Council and the member
    // states that join each partnership). Its origin attributes are unused; its
    // emigration potential is zero so it sends no migrants.
    {
      id: 'EU',
      name: 'European Union',
      roles: ['destination'],
      source:
        'Kunz (seed article): Global Approach to Migration 2005, Mobility Partnerships as non-binding joint declarations with three pillars (European Commission 2009a); the border pillar weighted most is a reading of the outcomes she reports (joint border and anti-trafficking initiatives, seed text l. 822–830), not her phrase; destination values: assumption (see comments on each field)',
      emigrationPotential: 0,
      destination: {
        // Legal-mobility slots per full partner: modest; MP mobility offers depend on
        // voluntary participation of member states (assumption: schema default).
        mobilityQuota: 50,
        // Regular slots open to every courted state whatever its status (national
        // labour, family and student visas): assumption (schema default).
        baseQuota: 5,
        developmentFunds: 1, // assumption (schema default)
        visaFacilitation: 0.3, // value of visa facilitation once granted: assumption
        // Promises are kept with probability 0.6: the joint declarations are
        // non-binding and mobility offers rest on member states (assumption, a
        // little below the schema default of 0.7).
        credibility: 0.6,
        entryThreshold: 0.5, // assumption (schema default)
        exitThreshold: 0.38, // hysteresis below the entry threshold: assumption
        agendaThreshold: 0.4, // Common Agendas on Migration and Mobility for the middle band: assumption
        // Four quarters of readiness before signature: from the Commission's proposal of
        // Mobility Partnerships (May 2007, COM(2007) 248), when candidacy opens in the
        // calendar below, to the first two partnerships (Moldova and Cape Verde, June
        // 2008) took four quarters; Georgia, Morocco and Tunisia took longer.
        preparatoryPeriod: 4,
        // Frontex became operational in October 2005; policing moderate at the start.
        policing: 0.4,
        // Tolerated irregular arrivals per quarter, per 100,000 migrants in the model
        // (the model's own units, scaled to a run's migrants). The EU has stated no
        // numeric target; this assumption lies below what the model produces in its
        // first years (about 100 to 150), so the EU tightens at first, within
        // params.destination.maxTightening, and loosens when arrivals fall. A
        // parameter for calibration: states[EU].destination.irregularTarget.
        irregularTarget: 40,
        outreach: 1, // one state invited to dialogue per quarter: assumption
        returnSupport: 0.3, // assisted voluntary return run by IOM, EU Return Fund from 2008: assumption
        diasporaProgramme: true, // diaspora engaged as development partners (Kunz: ETF interview, Moldova 2011)
        // Projects listed in a joint declaration's annex (Frontex training, information
        // campaigns, legal channels; seed text l. 593–596): one a quarter per partner,
        // set against the services of the expert agencies (assumption: schema default).
        projects: 1,
        // Circular migration as the mobility pillar's legal channel: pilot schemes
        // proposed with the Mobility Partnerships (European Commission 2007, COM(2007)
        // 248; Moldova, Cape Verde). Slots open in proportion to the partner's effort on
        // the mobility pillar; a two-year stay, return built in. Numbers: assumption.
        temporaryWork: { quota: 20, duration: 8 },
        // Border heaviest: a reading of the article (its outcomes are border and
        // anti-trafficking cooperation, seed text l. 822–830), not its words; the pillars of the
        // joint declarations are unequally filled (assumption for the exact weights).
        pillarWeights: { mobility: 0.15, development: 0.25, border: 0.6 },
        // The Mobility Partnership scoreboards list the initiatives of each
        // partnership (who does what, with what funds); they rank and grade no
        // partner, so the EU publishes no league table of its partners (European
        // Commission, MP scoreboards). Kunz describes monitoring and evaluation of each
        // partner's progress on its commitments (seed text l. 606–616), not a ranking.
        scoreboard: { grading: 'none' },
      },
    },

    // ---------------------------------------------------------- eastern neighbours
    // Moldova — the "good student". K 0.45 (moderate) · W 0.75 (high) · T 0.4 ·
    // SS 0.2 · AC 0.2 (low; see source on the remittance tension) · AD 0.55 ·
    // NA 0.5 (EU-accession aspiration) · DQ 0.25 · PB +0.1 · EP 0.6 · DS 0.15.
    {
      id: 'MDA',
      name: 'Moldova',
      roles: ['origin'],
      source:
        'Kunz (seed article): "good student", Extended Migration Profile, Moldovan practices labelled "Good Practices" by EU and IOM (MFA Moldova 2011), ETF on diaspora involvement; public facts: ENP Action Plan Feb 2005, EUBAM border mission from Nov 2005, visa facilitation and readmission agreements in force Jan 2008, Mobility Partnership signed June 2008, visa-free travel April 2014 (about six years later); population about 3.4 million; remittances about a third of GDP c. 2006 (World Bank, approximate), which argues for a higher adoption cost than the low value chosen here; all numbers: assumption, calibrated qualitatively (high willingness, moderate capacity, low adoption cost)',
      capacity: 0.45,
      willingness: 0.75,
      trust: 0.4,
      sovereigntySensitivity: 0.2,
      adoptionCost: 0.2,
      aidDependence: 0.55,
      noAgreementCost: 0.5,
      dataQuality: 0.25,
      politicalBias: 0.1,
      emigrationPotential: 0.6,
      diasporaShare: 0.15,
      status: 'none',
    },
    // Georgia — early partner after the Rose Revolution; IOM helps draft its
    // "wish-list". K 0.45 · W 0.7 · T 0.4 · SS 0.2 · AC 0.2 · AD 0.5 · NA 0.5 ·
    // DQ 0.2 · PB +0.1 · EP 0.5 · DS 0.1.
    {
      id: 'GEO',
      name: 'Georgia',
      roles: ['origin'],
      source:
        'Kunz (seed article): IOM helped Georgian officials design a "wish-list" after the EU proposed a partnership (interviews 2009, 2011), joint declaration quoted (Council of the EU 2009); public facts: Mobility Partnership signed November 2009, visa facilitation and readmission agreements in force 2011, visa-free travel March 2017; population about 4.4 million; numbers: assumption (high willingness, moderate capacity, low adoption cost)',
      capacity: 0.45,
      willingness: 0.7,
      trust: 0.4,
      sovereigntySensitivity: 0.2,
      adoptionCost: 0.2,
      aidDependence: 0.5,
      noAgreementCost: 0.5,
      dataQuality: 0.2,
      politicalBias: 0.1,
      emigrationPotential: 0.5,
      diasporaShare: 0.1,
      status: 'none',
    },
    // Armenia — willing but a little less than the first three; emigrants largely
    // in Russia. K 0.45 · W 0.6 · T 0.35 · SS 0.3 · AC 0.3 · AD 0.45 · NA 0.35 ·
    // DQ 0.25 · EP 0.4 · DS 0.15.
    {
      id: 'ARM',
      name: 'Armenia',
      roles: ['origin'],
      source:
        'Kunz (seed article): Mobility Partnership concluded 2011; public facts: signed October 2011, visa facilitation and readmission agreements in force 2014; population about 3 million, remittances mostly from Russia; numbers: assumption (a bit lower willingness and higher adoption cost than Moldova and Georgia)',
      capacity: 0.45,
      willingness: 0.6,
      trust: 0.35,
      sovereigntySensitivity: 0.3,
      adoptionCost: 0.3,
      aidDependence: 0.45,
      noAgreementCost: 0.35,
      dataQuality: 0.25,
      emigrationPotential: 0.4,
      diasporaShare: 0.15,
      status: 'none',
    },
    // Azerbaijan — oil revenue, guarded sovereignty, late partner. K 0.45 · W 0.4 ·
    // T 0.25 · SS 0.6 · AC 0.3 · AD 0.1 · NA 0.2 · DQ 0.2 · ER 0.05 · DC 0.05 ·
    // RS 0.05 · PB −0.05 · EP 0.4 · DS 0.05.
    {
      id: 'AZE',
      name: 'Azerbaijan',
      roles: ['origin'],
      source:
        'public facts: Mobility Partnership signed December 2013, visa facilitation and readmission agreements in force 2014; hydrocarbon revenues (low aid dependence); population about 8.4 million; numbers: assumption (moderate willingness, fairly high sovereignty sensitivity)',
      capacity: 0.45,
      willingness: 0.4,
      trust: 0.25,
      sovereigntySensitivity: 0.6,
      adoptionCost: 0.3,
      aidDependence: 0.1,
      noAgreementCost: 0.2,
      dataQuality: 0.2,
      emigrationRestriction: 0.05,
      detentionCapacity: 0.05,
      resistance: 0.05,
      politicalBias: -0.05,
      emigrationPotential: 0.4,
      diasporaShare: 0.05,
      status: 'none',
    },
    // Belarus — strong state, wary of the EU, last of the eastern partners.
    // K 0.6 · W 0.15 (low) · T 0.1 · SS 0.85 (high) · AC 0.3 · AD 0.1 · NA 0.1 ·
    // DQ 0.35 · ER 0.2 (exit permits until 2008) · DC 0.1 · RS 0.1 · PB −0.2 ·
    // EP 0.5 · DS 0.05. Transit towards Poland and Lithuania.
    {
      id: 'BLR',
      name: 'Belarus',
      roles: ['origin', 'transit'],
      source:
        'public facts: EU restrictive measures against officials from 2004/2006; permission stamp for travel abroad abolished only in 2008; transit country on the eastern land border; Mobility Partnership signed only in October 2016; population about 9.8 million; numbers: assumption (high sovereignty sensitivity, low willingness, capable administration)',
      capacity: 0.6,
      willingness: 0.15,
      trust: 0.1,
      sovereigntySensitivity: 0.85,
      adoptionCost: 0.3,
      aidDependence: 0.1,
      noAgreementCost: 0.1,
      dataQuality: 0.35,
      emigrationRestriction: 0.2,
      detentionCapacity: 0.1,
      resistance: 0.1,
      politicalBias: -0.2,
      emigrationPotential: 0.5,
      diasporaShare: 0.05,
      status: 'none',
    },
    // Ukraine — large origin and eastern transit state; visa facilitation and
    // readmission but never a Mobility Partnership. K 0.45 · W 0.45 · T 0.35 ·
    // SS 0.35 · AC 0.3 · AD 0.2 · NA 0.4 · DQ 0.3 · DC 0.1 · RS 0.05 · PB +0.05 ·
    // EP 2.5 · DS 0.1.
    {
      id: 'UKR',
      name: 'Ukraine',
      roles: ['origin', 'transit'],
      source:
        'public facts: EUBAM border mission from Nov 2005; visa facilitation and readmission agreements signed June 2007 (readmission of third-country nationals after a transition period), no Mobility Partnership, visa-free travel June 2017; transit route for migrants to Slovakia, Hungary and Poland; population about 47 million, most emigrants in Russia and central Europe; numbers: assumption (middling willingness, moderate capacity, large emigration potential)',
      capacity: 0.45,
      willingness: 0.45,
      trust: 0.35,
      sovereigntySensitivity: 0.35,
      adoptionCost: 0.3,
      aidDependence: 0.2,
      noAgreementCost: 0.4,
      dataQuality: 0.3,
      detentionCapacity: 0.1,
      resistance: 0.05,
      politicalBias: 0.05,
      emigrationPotential: 2.5,
      diasporaShare: 0.1,
      status: 'none',
    },

    // ------------------------------------------------------------------- Atlantic
    // Cape Verde — the other "good student": small, aid-dependent, a large and
    // largely regular diaspora. K 0.45 · W 0.8 · T 0.45 · SS 0.15 · AC 0.15 ·
    // AD 0.75 · NA 0.5 · DQ 0.25 · PB +0.1 · EP 0.15 · DS 0.4.
    {
      id: 'CPV',
      name: 'Cape Verde',
      roles: ['origin'],
      source:
        'Kunz (seed article): "good student", Mobility Partnership 2008; public facts: EU–Cape Verde Special Partnership November 2007, Mobility Partnership signed June 2008, high aid as a share of national income c. 2005 (World Bank, approximate); population about 0.5 million with a diaspora of comparable size; numbers: assumption (high willingness, moderate capacity, low adoption cost)',
      capacity: 0.45,
      willingness: 0.8,
      trust: 0.45,
      sovereigntySensitivity: 0.15,
      adoptionCost: 0.15,
      aidDependence: 0.75,
      noAgreementCost: 0.5,
      dataQuality: 0.25,
      politicalBias: 0.1,
      emigrationPotential: 0.15,
      diasporaShare: 0.4,
      status: 'none',
    },
    // Senegal — considered for a pilot partnership that never came; returns
    // politically costly. K 0.35 · W 0.4 · T 0.3 · SS 0.4 · AC 0.5 · AD 0.6 ·
    // NA 0.3 · DQ 0.2 · RS 0.1 · EP 0.8 · DS 0.15.
    {
      id: 'SEN',
      name: 'Senegal',
      roles: ['origin'],
      source:
        'public facts: Canary Islands crossings by pirogue 2006 and Frontex operation HERA with Senegalese patrols; founding member of the Rabat Process 2006; considered with Cape Verde, Moldova and Georgia for pilot Mobility Partnerships in 2007–2008 but none concluded; remittances near a tenth of GDP (World Bank, approximate); population about 11 million; numbers: assumption (moderate willingness, high adoption cost of returns: a stall is plausible)',
      capacity: 0.35,
      willingness: 0.4,
      trust: 0.3,
      sovereigntySensitivity: 0.4,
      adoptionCost: 0.5,
      aidDependence: 0.6,
      noAgreementCost: 0.3,
      dataQuality: 0.2,
      resistance: 0.1,
      emigrationPotential: 0.8,
      diasporaShare: 0.15,
      status: 'none',
    },
    // Mauritania — Atlantic departure point in 2006, then a Spanish-funded
    // detention centre. K 0.2 · W 0.4 · T 0.3 · SS 0.35 · AC 0.35 · AD 0.65 ·
    // NA 0.25 · DQ 0.1 · RS 0.05 · PB −0.05 · EP 0.2 · DS 0.08.
    {
      id: 'MRT',
      name: 'Mauritania',
      roles: ['origin', 'transit'],
      source:
        'public facts: departures from Nouadhibou to the Canary Islands 2005–2006, cooperation with Spain and a detention centre at Nouadhibou from 2006, Frontex HERA; coups in 2005 and 2008; member of the Rabat Process; no Mobility Partnership; population about 3 million; numbers: assumption (low capacity, aid-dependent, moderately willing transit state)',
      capacity: 0.2,
      willingness: 0.4,
      trust: 0.3,
      sovereigntySensitivity: 0.35,
      adoptionCost: 0.35,
      aidDependence: 0.65,
      noAgreementCost: 0.25,
      dataQuality: 0.1,
      resistance: 0.05,
      politicalBias: -0.05,
      emigrationPotential: 0.2,
      diasporaShare: 0.08,
      status: 'none',
    },
    // Mali — origin and Saharan transit hub (Gao); returns highly contested.
    // K 0.2 · W 0.3 · T 0.25 · SS 0.45 · AC 0.65 · AD 0.75 · NA 0.25 · DQ 0.1 ·
    // RS 0.15 · EP 0.9 · DS 0.15.
    {
      id: 'MLI',
      name: 'Mali',
      roles: ['origin', 'transit'],
      source:
        'public facts: EU-funded migration information centre CIGEM opened in Bamako 2008; no readmission agreement or Mobility Partnership (the government publicly disowned an EU return arrangement in 2016); Saharan transit towards Algeria; high aid as a share of national income c. 2005 (World Bank, approximate); member of the Rabat Process; population about 12 million; numbers: assumption (low capacity, high adoption cost, influential diaspora)',
      capacity: 0.2,
      willingness: 0.3,
      trust: 0.25,
      sovereigntySensitivity: 0.45,
      adoptionCost: 0.65,
      aidDependence: 0.75,
      noAgreementCost: 0.25,
      dataQuality: 0.1,
      resistance: 0.15,
      emigrationPotential: 0.9,
      diasporaShare: 0.15,
      status: 'none',
    },

    // ---------------------------------------------------------------- Maghreb
    // Morocco — large origin and the Western Mediterranean transit state; already
    // criminalises irregular exit (2003). K 0.55 · W 0.5 · T 0.35 · SS 0.5 ·
    // AC 0.45 · AD 0.35 · NA 0.4 · DQ 0.3 · ER 0.15 · DC 0.1 · RS 0.1 · PB +0.1 ·
    // EP 3.0 · DS 0.25.
    {
      id: 'MAR',
      name: 'Morocco',
      roles: ['origin', 'transit'],
      source:
        'Kunz (seed article): negotiations under way with Morocco (2012); public facts: Law 02-03 of 2003 penalising irregular emigration, Ceuta and Melilla fence events Sept–Oct 2005, readmission negotiations with the EU since 2000 unconcluded, "advanced status" 2008, Mobility Partnership signed June 2013; large, mostly European diaspora; population about 30 million; numbers: assumption (a bit lower willingness than the good students, transit readmission costly)',
      capacity: 0.55,
      willingness: 0.5,
      trust: 0.35,
      sovereigntySensitivity: 0.5,
      adoptionCost: 0.45,
      aidDependence: 0.35,
      noAgreementCost: 0.4,
      dataQuality: 0.3,
      emigrationRestriction: 0.15,
      detentionCapacity: 0.1,
      resistance: 0.1,
      politicalBias: 0.1,
      emigrationPotential: 3.0,
      diasporaShare: 0.25,
      status: 'none',
    },
    // Algeria — hydrocarbon state, guards its sovereignty, only an observer in the
    // Rabat Process. K 0.5 · W 0.2 · T 0.15 · SS 0.85 (high) · AC 0.55 · AD 0.05
    // (low) · NA 0.1 · DQ 0.2 · ER 0.05 · DC 0.1 · RS 0.2 · EP 1.5 · DS 0.25.
    {
      id: 'DZA',
      name: 'Algeria',
      roles: ['origin', 'transit'],
      source:
        'public facts: no ENP Action Plan and no Mobility Partnership; observer (not partner) in the Rabat Process; irregular exit ("harraga") criminalised in 2009; hydrocarbon revenues, aid negligible relative to national income (World Bank, approximate); transit for Sahelian migrants towards Morocco and Libya; population about 33 million, diaspora mostly in France; numbers: assumption (high sovereignty sensitivity, low aid dependence, low willingness)',
      capacity: 0.5,
      willingness: 0.2,
      trust: 0.15,
      sovereigntySensitivity: 0.85,
      adoptionCost: 0.55,
      aidDependence: 0.05,
      noAgreementCost: 0.1,
      dataQuality: 0.2,
      emigrationRestriction: 0.05,
      detentionCapacity: 0.1,
      resistance: 0.2,
      emigrationPotential: 1.5,
      diasporaShare: 0.25,
      status: 'none',
    },
    // Tunisia — capable, a little less willing than Morocco; irregular exit
    // penalised since 2004. K 0.55 · W 0.45 · T 0.3 · SS 0.45 · AC 0.4 · AD 0.3 ·
    // NA 0.35 · DQ 0.35 · ER 0.15 · DC 0.1 · RS 0.05 · PB +0.05 · EP 0.8 · DS 0.2.
    {
      id: 'TUN',
      name: 'Tunisia',
      roles: ['origin', 'transit'],
      source:
        'Kunz (seed article): negotiations under way with Tunisia (2012); public facts: 2004 law penalising irregular exit and its facilitation, readmission arrangements with Italy, departures to Lampedusa (peak 2011), Mobility Partnership signed March 2014; member of the Rabat Process; population about 10 million; numbers: assumption (a bit lower willingness than the good students, capable administration)',
      capacity: 0.55,
      willingness: 0.45,
      trust: 0.3,
      sovereigntySensitivity: 0.45,
      adoptionCost: 0.4,
      aidDependence: 0.3,
      noAgreementCost: 0.35,
      dataQuality: 0.35,
      emigrationRestriction: 0.15,
      detentionCapacity: 0.1,
      resistance: 0.05,
      politicalBias: 0.05,
      emigrationPotential: 0.8,
      diasporaShare: 0.2,
      status: 'none',
    },
    // Libya — the Central Mediterranean transit state with very little
    // administrative capacity; transactional cooperation with Italy. K 0.1 (very
    // low) · W 0.3 · T 0.1 · SS 0.8 · AC 0.5 · AD 0.02 · NA 0.15 · DQ 0.05 ·
    // ER 0.05 · DC 0.3 · RS 0.1 · PB −0.1 · EP 0.15 · DS 0.05.
    {
      id: 'LBY',
      name: 'Libya',
      roles: ['origin', 'transit'],
      source:
        'public facts: EU technical mission on illegal immigration to Libya (late 2004) found little border-management capacity; Italy–Libya Treaty of Friendship 2008 and push-backs 2009; EU–Libya framework negotiations 2008–2010 suspended in 2011, state collapse afterwards; detention camps in use; observer (not partner) in the Rabat Process; no Mobility Partnership; population about 5.8 million, few emigrants; numbers: assumption (very low capacity, high sovereignty sensitivity, detention already present)',
      capacity: 0.1,
      willingness: 0.3,
      trust: 0.1,
      sovereigntySensitivity: 0.8,
      adoptionCost: 0.5,
      aidDependence: 0.02,
      noAgreementCost: 0.15,
      dataQuality: 0.05,
      emigrationRestriction: 0.05,
      detentionCapacity: 0.3,
      resistance: 0.1,
      politicalBias: -0.1,
      emigrationPotential: 0.15,
      diasporaShare: 0.05,
      status: 'none',
    },

    // ------------------------------------------------------------ Mashreq
    // Egypt — refuses: high adoption cost and sovereignty sensitivity, little to
    // lose without an agreement. K 0.55 · W 0.15 (low) · T 0.2 · SS 0.85 (high) ·
    // AC 0.75 (high) · AD 0.25 · NA 0.05 (low) · DQ 0.3 · ER 0.1 · DC 0.2 · RS 0.2 ·
    // EP 2.5 · DS 0.1.
    {
      id: 'EGY',
      name: 'Egypt',
      roles: ['origin', 'transit'],
      source:
        'Kunz (seed article): Egypt "refused to enter into concrete talks" (European Commission 2012: 13); public facts: never signed a Mobility Partnership; large emigration mostly to the Gulf, remittances a major source of foreign currency; transit for Horn of Africa migrants (towards Libya and Israel); population about 74 million; numbers: assumption (high adoption cost, high sovereignty sensitivity, low willingness, low cost of no agreement)',
      capacity: 0.55,
      willingness: 0.15,
      trust: 0.2,
      sovereigntySensitivity: 0.85,
      adoptionCost: 0.75,
      aidDependence: 0.25,
      noAgreementCost: 0.05,
      dataQuality: 0.3,
      emigrationRestriction: 0.1,
      detentionCapacity: 0.2,
      resistance: 0.2,
      emigrationPotential: 2.5,
      diasporaShare: 0.1,
      status: 'none',
    },
    // Jordan — close partner, moderately willing, late signatory; also a major
    // refugee host (only its origin role is modelled). K 0.5 · W 0.5 · T 0.35 ·
    // SS 0.35 · AC 0.4 · AD 0.5 · NA 0.3 · DQ 0.3 · DC 0.05 · RS 0.05 · PB +0.1 ·
    // EP 0.3 · DS 0.1.
    {
      id: 'JOR',
      name: 'Jordan',
      roles: ['origin'],
      source:
        'public facts: Mobility Partnership signed October 2014; sizeable aid (EU and US) relative to national income; remittances from the Gulf; also a major refugee-hosting state, which this model does not represent; population about 5.5 million; numbers: assumption (moderate willingness and capacity)',
      capacity: 0.5,
      willingness: 0.5,
      trust: 0.35,
      sovereigntySensitivity: 0.35,
      adoptionCost: 0.4,
      aidDependence: 0.5,
      noAgreementCost: 0.3,
      dataQuality: 0.3,
      detentionCapacity: 0.05,
      resistance: 0.05,
      politicalBias: 0.1,
      emigrationPotential: 0.3,
      diasporaShare: 0.1,
      status: 'none',
    },
    // Lebanon — fragmented state, large diaspora, no partnership. K 0.35 · W 0.3 ·
    // T 0.3 · SS 0.5 · AC 0.45 · AD 0.3 · NA 0.2 · DQ 0.15 (no census since 1932) ·
    // DC 0.05 · RS 0.1 · EP 0.4 · DS 0.3.
    {
      id: 'LBN',
      name: 'Lebanon',
      roles: ['origin'],
      source:
        'public facts: no Mobility Partnership signed (public record to 2020 as checked for this file); last official census 1932 (poor migration data); remittances a large share of GDP; large diaspora; also a major refugee-hosting state after 2011, which this model does not represent; population about 4 million; numbers: assumption (low willingness, weak data, moderate sovereignty sensitivity)',
      capacity: 0.35,
      willingness: 0.3,
      trust: 0.3,
      sovereigntySensitivity: 0.5,
      adoptionCost: 0.45,
      aidDependence: 0.3,
      noAgreementCost: 0.2,
      dataQuality: 0.15,
      detentionCapacity: 0.05,
      resistance: 0.1,
      emigrationPotential: 0.4,
      diasporaShare: 0.3,
      status: 'none',
    },
  ],

  // Expert organisations, all funded (in the model) by the EU. Their authority grows
  // with demand for their services, "in contrast to [a] narrow formal mandate".
  experts: [
    {
      // Frontex: the Common Core Curriculum for border-guard training, taken on by
      // partner countries (Kunz); working arrangements with eastern neighbours from
      // 2007. New agency in 2005: low initial authority, modest external budget.
      id: 'FRONTEX',
      name: 'Frontex (European Agency for the Management of Operational Cooperation at the External Borders)',
      sponsor: 'EU',
      mandate:
        'Council Regulation (EC) 2007/2004: coordinate operational cooperation between member states at the external borders and assist with border-guard training and risk analysis; third countries only through working arrangements',
      // Its mandate covers border-guard training and common training standards
      // (the Common Core Curriculum); building third countries' capacity lies beyond it.
      mandateServices: ['training', 'standards'],
      budget: 4,
      services: ['training', 'capacity', 'standards'],
      authority: 0.2,
    },
    {
      // IOM: migration profiles, capacity building, the Georgian "wish-list",
      // Essentials of Migration Management (Kunz). The largest service provider.
      id: 'IOM',
      name: 'International Organization for Migration',
      sponsor: 'EU',
      mandate:
        'IOM Constitution: arrange orderly migration and provide migration services at the request of states; outside the UN system until 2016 and without a protection mandate',
      // Its constitution covers migration services and technical cooperation at the
      // request of states (capacity building, training). Kunz: IOM's "crucial role as an
      // expert in facilitating technologies of performance ... stands in a certain contrast
      // to its quite narrow formal mandate" (seed text l. 724–726): migration profiles, the
      // Georgian wish-list for the partnership and codified standards lie beyond it.
      mandateServices: ['capacity', 'training'],
      budget: 6,
      services: ['profile', 'capacity', 'wishlist', 'standards'],
      authority: 0.3,
    },
    {
      // ETF: skills and migration surveys and diaspora information in Moldova
      // (Kunz: ETF interview, 2011). Small budget for migration work.
      id: 'ETF',
      name: 'European Training Foundation',
      sponsor: 'EU',
      mandate:
        'Council Regulation (EEC) 1360/90: support vocational education and training reform in partner countries; migration is outside its core remit',
      // Vocational training reform is its mandate; migration surveys are beyond it.
      mandateServices: ['training'],
      budget: 2,
      services: ['training', 'profile'],
      authority: 0.15,
    },
  ],

  forums: [
    {
      // The Rabat Process (Euro-African Dialogue on Migration and Development),
      // launched at the Rabat ministerial conference in July 2006 (the calendar
      // convenes it from 2006 Q3) by France,
      // Morocco, Senegal and Spain; ministerial conferences every few years plus
      // senior-official and thematic meetings (meetEvery 2: assumption). Algeria
      // and Libya are observers only, so they are not members here (the schema has
      // no observer tier). ICMPD (with FIIAPP) supports its secretariat; ICMPD is
      // not modelled, so IOM stands in as the codifying expert. Public
      // benchmarking: the assumption that makes the peer comparison visible.
      id: 'RABAT',
      name: 'Rabat Process (Euro-African Dialogue on Migration and Development)',
      convenor: 'EU',
      members: ['MAR', 'SEN', 'MLI', 'MRT', 'CPV', 'TUN'],
      applicants: [],
      experts: ['IOM'],
      meetEvery: 2,
      benchmarking: 'public',
      admission: 'open',
    },
    {
      // The Budapest Process (since 1993; annual senior officials' meetings and
      // regional working groups; meetEvery 2: assumption). Its participating states
      // include the six eastern neighbours below. ICMPD hosts the secretariat (not
      // modelled); IOM and Frontex (Common Core Curriculum) codify the standards.
      id: 'BUDAPEST',
      name: 'Budapest Process',
      convenor: 'EU',
      members: ['MDA', 'GEO', 'ARM', 'AZE', 'BLR', 'UKR'],
      applicants: [],
      experts: ['IOM', 'FRONTEX'],
      meetEvery: 2,
      benchmarking: 'public',
      admission: 'open',
    },
    {
      // The Eastern Partnership's multilateral track (platform 1, "democracy, good
      // governance and stability", with its Panel on Migration and Asylum from 2011):
      // launched at the Prague summit of 7 May 2009 for the six eastern neighbours; the
      // calendar convenes it from 2009 Q2. Platforms meet about twice a year (meetEvery
      // 2: assumption). Progress is reported per country (the Commission's ENP progress
      // reports), not in a league: no benchmarking.
      id: 'EAP',
      name: 'Eastern Partnership (multilateral platform, Panel on Migration and Asylum)',
      convenor: 'EU',
      members: ['MDA', 'GEO', 'ARM', 'AZE', 'BLR', 'UKR'],
      applicants: [],
      experts: [],
      meetEvery: 2,
      benchmarking: 'none',
      admission: 'open',
    },
  ],

  // The calendar of instruments: events at their dates, each with its source. Events at
  // the start date close what does not exist yet; later ones open it (docs/ODD.md §3).
  interventions: [
    {
      label: 'Before the Global Approach: no EU invitations to a migration dialogue of its own',
      at: '2005Q1',
      tiers: { dialogue: 'closed' },
      source: 'Kunz (seed text l. 418–423): only with the Global Approach did the partnership discourse gain "real momentum"; Presidency conclusions, Brussels European Council, 15–16 December 2005',
    },
    {
      label: 'Mobility Partnerships not yet proposed',
      at: '2005Q1',
      tiers: { candidate: 'closed' },
      source: 'Commission Communication on circular migration and mobility partnerships, COM(2007) 248, 16 May 2007 (the instrument is first proposed there)',
    },
    {
      label: 'Common Agendas on Migration and Mobility not yet an instrument',
      at: '2005Q1',
      tiers: { agenda: 'closed' },
      source: 'The Global Approach to Migration and Mobility, COM(2011) 743, 18 November 2011 (introduces the Common Agenda as the lighter alternative to a Mobility Partnership)',
    },
    {
      label: 'Rabat Process not yet launched',
      at: '2005Q1',
      forum: { id: 'RABAT', meets: false },
      source: 'Rabat Declaration, Euro-African Ministerial Conference on Migration and Development, Rabat, 10–11 July 2006',
    },
    {
      label: 'Eastern Partnership not yet launched',
      at: '2005Q1',
      forum: { id: 'EAP', meets: false },
      source: 'Joint Declaration of the Prague Eastern Partnership Summit, 7 May 2009',
    },
    {
      label: 'Global Approach to Migration: the EU invites states to dialogue',
      at: '2005Q4',
      tiers: { dialogue: 'open' },
      source: 'Presidency conclusions, Brussels European Council, 15–16 December 2005, "Global approach to migration: priority actions focusing on Africa and the Mediterranean"; Hampton Court, October 2005 (Kunz, seed text l. 418–423)',
    },
    {
      label: 'Rabat Process launched',
      at: '2006Q3',
      forum: { id: 'RABAT', meets: true },
      source: 'Euro-African Ministerial Conference on Migration and Development, Rabat, 10–11 July 2006 (Kunz, seed text l. 456–458)',
    },
    {
      label: 'Mobility Partnerships proposed: candidacy opens',
      at: '2007Q2',
      tiers: { candidate: 'open' },
      source: 'COM(2007) 248, 16 May 2007; the Council invited pilot partnerships with Moldova and Cape Verde in December 2007',
    },
    {
      label: 'Eastern Partnership launched',
      at: '2009Q2',
      forum: { id: 'EAP', meets: true },
      source: 'Joint Declaration of the Prague Eastern Partnership Summit, 7 May 2009 (Kunz, seed text l. 69–70)',
    },
    {
      label: 'Global Approach to Migration and Mobility: Common Agendas offered',
      at: '2011Q4',
      tiers: { agenda: 'open' },
      source: 'COM(2011) 743, 18 November 2011',
    },
  ],

  // Irregular routes to the EU. Migrants choose among their origin's routes by
  // expected detection, which compounds across the transit states on a route, so
  // routes shift when a transit state tightens. Where an origin has an indirect
  // route its direct route is listed too; every other origin (CPV, MDA, AZE, BLR,
  // UKR, MAR, DZA, TUN, LBY, JOR, LBN) has no entry and goes direct by default.
  // Geography from public accounts of the Western Mediterranean, Atlantic, Central
  // Mediterranean and eastern land routes; the choice of routes is an assumption.
  routes: [
    // Sahel: overland through Algeria to Morocco (Ceuta, Melilla, the Strait) or to
    // Libya and across the Central Mediterranean.
    { origin: 'MLI', via: ['DZA', 'MAR'], destination: 'EU' },
    { origin: 'MLI', via: ['DZA', 'LBY'], destination: 'EU' },
    // Senegal: pirogues to the Canary Islands from its own coast or from
    // Nouadhibou, or overland through Mauritania and Morocco.
    { origin: 'SEN', via: [], destination: 'EU' },
    { origin: 'SEN', via: ['MRT'], destination: 'EU' },
    { origin: 'SEN', via: ['MRT', 'MAR'], destination: 'EU' },
    // Mauritania: Atlantic crossing, or overland through Morocco.
    { origin: 'MRT', via: [], destination: 'EU' },
    { origin: 'MRT', via: ['MAR'], destination: 'EU' },
    // Egypt: by sea to Italy, or through Libya.
    { origin: 'EGY', via: [], destination: 'EU' },
    { origin: 'EGY', via: ['LBY'], destination: 'EU' },
    // South Caucasus: direct (air, overstay) or overland through Ukraine.
    { origin: 'GEO', via: [], destination: 'EU' },
    { origin: 'GEO', via: ['UKR'], destination: 'EU' },
    { origin: 'ARM', via: [], destination: 'EU' },
    { origin: 'ARM', via: ['UKR'], destination: 'EU' },
  ],
});
