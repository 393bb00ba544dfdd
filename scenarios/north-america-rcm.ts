/**
 * North America and the Regional Conference on Migration, 1995–2017.
 *
 * After decades of a "policy of no policy", the United States and Mexico reframed
 * migration as a shared responsibility: the Working Group on Migration and Consular
 * Affairs of the Binational Commission, the Border Liaison Mechanisms, the
 * Partnership for Prosperity (September 2001) and the US–Mexico Border Partnership
 * (March 2002). The Regional Conference on Migration (RCM, Puebla Process, 1996)
 * brings the eleven North and Central American states together around a plan of
 * action whose monitoring "puts the member states in competition with each other
 * on who is doing more", with IOM in charge of the secretariat; trusted-traveller
 * programmes (SENTRI, NEXUS) court "worthy" travellers while undocumented migrants
 * become "deportable" objects of policy (R. Kunz, "Partnership in International
 * Migration Governance", the article the model is built on).
 *
 * Time scale: one step is a quarter. Step 0 is 1995 Q1, under the "policy of no
 * policy", a year before the first RCM (Puebla, March 1996); the 92 steps run to
 * 2017 Q4. The partnership is simulated, not given: every state starts with status
 * 'none', and Mexico becomes a partner in the run if it does.
 *
 * The calendar of instruments (`interventions` below, docs/ODD.md §3): at the start
 * the United States offers no state a migration dialogue, candidacy or agenda of its
 * own (the "policy of no policy"); only the Binational Commission's working group and
 * the Border Liaison Mechanisms meet. The RCM meets from March 1996 and works from
 * March 1997 by its plan of action, whose execution schedule monitors each member
 * (public benchmarking of the forum, not an accession ladder); the Dominican Republic
 * joins it by March 2000. The US's bilateral partnership instrument exists for Mexico
 * alone, from the Fox–Bush "partnership for prosperity" (February 2001); no US
 * partnership instrument was offered to the Central American states, which cooperate
 * through the RCM. The Security and Prosperity Partnership meets from March 2005 to
 * August 2009. The US–Canada Smart Border Declaration (December 2001) and NEXUS are
 * not events: Canada courts no state.
 *
 * Courting: the schema lets one destination court each state. The United States
 * courts all nine origin and transit states: it is the courting destination the
 * article describes (Mexico, and Central America through the RCM). Canada is an RCM
 * member and donor with bilateral ties of its own (Canada–Mexico Partnership 2004,
 * seasonal agricultural workers from Mexico since 1974 and from Guatemala, with
 * IOM, since 2003) but courts no state here; set `courtedBy: 'CAN'` on a state to
 * explore that. Canada still receives migrants (Mexico → Canada route) and runs
 * NEXUS.
 *
 * What is sourced and what is assumed:
 * - Sourced (article): the BNC working group, BLMs and ICMs, the RCM's plan of
 *   action and IOM secretariat, the Mexican National Development Plan 2001–2006
 *   adopting "shared responsibility", SENTRI and NEXUS, Central American migration
 *   institutions, training and US co-funded detention centres.
 * - Sourced (public facts): RCM membership (the Dominican Republic joined between
 *   the IV RCM of January 1999 and the March 2000 declaration of "the eleven member
 *   countries"; the article counts it among eleven founders); Temporary Protected
 *   Status for Honduras and Nicaragua (1999) and El Salvador (2001); the CA-4 free
 *   movement agreement (2006), which is why Honduras, El Salvador and Nicaragua are
 *   not transit states on the routes; Canada's visa requirement for Mexicans (July
 *   2009 to December 2016); foreign-born US population by country of birth (US
 *   Census 2000, rounded) for emigrationPotential.
 * - Assumed: every number in [0, 1], as ordinal judgements from those facts; the
 *   routes; forum meeting frequencies. Model parameters stay at their defaults.
 *
 * Column guide for the state comments: K capacity, W willingness, T trust,
 * R initial responsibilisation, SS sovereignty sensitivity, AC adoption cost,
 * AD aid dependence, NA cost of no agreement, DQ data quality, DC detention
 * capacity, RS resistance, PB the monitor's political bias, EP emigration potential
 * (≈ millions of US residents born in the state, 2000), DS diaspora share.
 */
import { defineScenario } from '../src/scenario/define.js';

export default defineScenario({
  name: 'north-america-rcm',
  description:
    'The United States courts Mexico and Central America through the Binational Commission, Border Liaison Mechanisms, the Regional Conference on Migration and its plan of action, and the Security and Prosperity Partnership, with SENTRI/NEXUS trusted-traveller programmes; a calendar of instruments from the "policy of no policy"; quarterly steps, 1995 Q1 to 2017 Q4.',
  start: { year: 1995, quarter: 1 },
  stepsPerYear: 4,
  steps: 92,
  // Every origin and transit state's attributes below are assumptions: each replicate
  // draws one plausible world around them (standard deviation 0.08, from the seed), and
  // every policy at the same replicate shares that world (common random numbers).
  uncertainty: 0.08,

  states: [
    // --------------------------------------------------------------- destinations
    // United States: the courting destination. Border-heavy after 11 September
    // 2001; low credibility of mobility promises; no return-support or diaspora
    // programme of its own; SENTRI (1995), NEXUS (2002), Global Entry (2008).
    {
      id: 'USA',
      name: 'United States',
      roles: ['destination'],
      source:
        'Kunz (seed article): "policy of no policy", BNC working group, BLMs, Partnership for Prosperity 2001, Border Partnerships, SPP 2005, SENTRI and NEXUS; public facts: the comprehensive migration agreement sought in 2001 was shelved after 11 September 2001 and reform bills failed in Congress (2006, 2007, 2013), Border Patrol roughly doubled between 2004 and 2011; trusted-traveller fees (5 years): SENTRI USD 122.25, NEXUS USD 50, Global Entry USD 100; destination values: assumption',
      emigrationPotential: 0,
      destination: {
        mobilityQuota: 20, // no bilateral worker programme; H-2 visas only: assumption
        baseQuota: 10, // family- and employment-based visas open whatever the partnership status: assumption
        developmentFunds: 1, // P4P, later Merida/CARSI, mostly security aid: assumption (schema default)
        visaFacilitation: 0.15, // assumption
        // Credibility of US promises before 11 September 2001, when a comprehensive
        // migration accord was under negotiation (schema default: assumption); the
        // calendar lowers it to 0.4 in 2001 Q4, when the accord was shelved.
        credibility: 0.7,
        entryThreshold: 0.5, // assumption (schema default)
        exitThreshold: 0.38, // assumption (schema default)
        agendaThreshold: 0.4, // assumption (schema default)
        // From the Fox–Bush Guanajuato proposal "Towards a Partnership for Prosperity"
        // (February 2001), when the calendar opens candidacy for Mexico, to the Border
        // Partnership action plan (March 2002): four quarters.
        preparatoryPeriod: 4,
        policing: 0.55, // post-9/11 enforcement build-up: assumption
        irregularTarget: 40, // assumption (schema default)
        outreach: 1, // assumption (schema default)
        returnSupport: 0.05, // removals rather than assisted voluntary return: assumption
        diasporaProgramme: false, // diaspora programmes are Mexico's (3x1, IME), not the destination's
        pillarWeights: { mobility: 0.1, development: 0.2, border: 0.7 }, // assumption
        // SENTRI/NEXUS/Global Entry: priciest fee, large time saving at southern
        // ports, biometric background check. Enrolment is individual: a regular migrant
        // with no irregular stay, apprehension or refusal of entry on its record may
        // enrol, whatever its country (the model's record is the background check);
        // enrolled, it crosses through dedicated lanes with fewer inspections
        // (clearance 0.8). All in utility units: assumption.
        trustedTraveller: { fee: 0.2, timeSaved: 0.55, privacyCost: 0.15, clearance: 0.8 },
      },
    },
    // Canada: second destination, courts nobody here (see header); NEXUS with the
    // United States; lower policing and a small irregular target.
    {
      id: 'CAN',
      name: 'Canada',
      roles: ['destination'],
      source:
        'Kunz (seed article): NEXUS between Canada and the US, US–Canada Border Partnership, SPP; public facts: Smart Border Declaration December 2001, NEXUS joint programme from 2002, Seasonal Agricultural Worker Program with Mexico since 1974, visa requirement for Mexicans July 2009 to December 2016; RCM member; destination values: assumption',
      emigrationPotential: 0,
      destination: {
        mobilityQuota: 30, // seasonal agricultural workers: assumption (inert: Canada courts no state)
        baseQuota: 5, // assumption (schema default; inert: Canada courts no state)
        developmentFunds: 0.5, // assumption
        visaFacilitation: 0.2, // assumption
        credibility: 0.7, // long-running, reliable worker programme: assumption (schema default)
        entryThreshold: 0.5, // assumption (schema default)
        exitThreshold: 0.38, // assumption (schema default)
        agendaThreshold: 0.4, // assumption (schema default)
        preparatoryPeriod: 6, // assumption (schema default)
        policing: 0.3, // assumption
        irregularTarget: 10, // small tolerated inflow (Canada answered rising Mexican asylum claims with the 2009 visa): assumption
        outreach: 1, // assumption (schema default)
        returnSupport: 0.1, // assumption
        diasporaProgramme: false, // assumption
        pillarWeights: { mobility: 0.35, development: 0.25, border: 0.4 }, // managed-migration emphasis: assumption
        // NEXUS: cheaper than SENTRI, moderate time saving. Utility units: assumption.
        trustedTraveller: { fee: 0.1, timeSaved: 0.4, privacyCost: 0.12, clearance: 0.8 },
      },
    },

    // ---------------------------------------------------------------------- Mexico
    // Mexico — origin and transit; partner in the run if the Border Partnership's
    // candidacy (open from 2001 Q1) leads to signature; shared responsibility in its
    // National Development Plan. K 0.55 · W 0.6 · T 0.45 · R 0.15 · SS 0.5 ·
    // AC 0.6 (huge diaspora, remittances) · AD 0.05 · NA 0.5 · DQ 0.4 · ER 0
    // (constitutional freedom to leave) · DC 0.3 (INM migration stations) ·
    // RS 0.1 · PB +0.05 · EP 9 · DS 0.2.
    {
      id: 'MEX',
      name: 'Mexico',
      roles: ['origin', 'transit'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): "policy of no policy" replaced by partnership, Fox–Bush 2001, National Development Plan 2001–2006 treats migration management as a shared responsibility, Mexico "turned into an active responsible partner", BNC working group, BLMs, SENTRI; public facts: Partnership for Prosperity Sept 2001, Border Partnership action plan March 2002 (observed signature; the scenario starts in 1995 with status none and the calendar opens candidacy from the Guanajuato proposal of February 2001, so the model has Mexico sign or not in the run), Constitution art. 11 freedom to leave, INM detention and removal of Central Americans, about 9 million US residents born in Mexico (Census 2000), remittances among the largest in the world, Migration Law 2011, Southern Border Programme 2014; numbers: assumption',
      capacity: 0.55,
      willingness: 0.6,
      trust: 0.45,
      responsibilisation: 0.15,
      sovereigntySensitivity: 0.5,
      adoptionCost: 0.6,
      aidDependence: 0.05,
      noAgreementCost: 0.5,
      dataQuality: 0.4,
      emigrationRestriction: 0,
      detentionCapacity: 0.3,
      resistance: 0.1,
      politicalBias: 0.05,
      emigrationPotential: 9,
      diasporaShare: 0.2,
      status: 'none',
    },

    // ------------------------------------------------------------ Central America
    // Guatemala — origin and the transit state between Mexico and the CA-4.
    // K 0.3 · W 0.45 · T 0.35 · R 0.05 · SS 0.4 · AC 0.5 · AD 0.3 · NA 0.35 ·
    // DQ 0.15 · DC 0.05 · RS 0.05 · EP 0.5 · DS 0.15.
    {
      id: 'GTM',
      name: 'Guatemala',
      roles: ['origin', 'transit'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action, new or reformed migration institutions, training by US officials and IOM, US co-funded detention centres in Central America (interview 2010); public facts: RCM founder 1996, transit between Mexico and the CA-4 area (2006), remittances about a tenth of GDP, seasonal workers to Canada with IOM from 2003, about 0.5 million US residents born in Guatemala (Census 2000); R 0.05 for six years of RCM dialogue; numbers: assumption',
      capacity: 0.3,
      willingness: 0.45,
      trust: 0.35,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.4,
      adoptionCost: 0.5,
      aidDependence: 0.3,
      noAgreementCost: 0.35,
      dataQuality: 0.15,
      detentionCapacity: 0.05,
      resistance: 0.05,
      emigrationPotential: 0.5,
      diasporaShare: 0.15,
      status: 'none',
    },
    // Honduras — poor, aid- and remittance-dependent, TPS since Hurricane Mitch.
    // K 0.25 · W 0.5 · T 0.35 · R 0.05 · SS 0.35 · AC 0.6 · AD 0.55 · NA 0.5 (TPS) ·
    // DQ 0.15 · RS 0.05 · EP 0.3 · DS 0.15.
    {
      id: 'HND',
      name: 'Honduras',
      roles: ['origin'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action, Central American institution building; public facts: RCM founder 1996, Temporary Protected Status in the US since January 1999 (Hurricane Mitch), remittances around a fifth of GDP by the mid-2000s, high aid (HIPC), CA-4 free movement 2006, about 0.3 million US residents born in Honduras (Census 2000); numbers: assumption (low capacity, willing, high adoption cost and high cost of no agreement)',
      capacity: 0.25,
      willingness: 0.5,
      trust: 0.35,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.35,
      adoptionCost: 0.6,
      aidDependence: 0.55,
      noAgreementCost: 0.5,
      dataQuality: 0.15,
      resistance: 0.05,
      emigrationPotential: 0.3,
      diasporaShare: 0.15,
      status: 'none',
    },
    // El Salvador — close US ally, dollarised, TPS since 2001, most remittance-
    // dependent. K 0.35 · W 0.55 · T 0.45 · R 0.05 · SS 0.3 · AC 0.65 · AD 0.3 ·
    // NA 0.55 · DQ 0.25 · RS 0.05 · PB +0.1 · EP 0.8 · DS 0.25.
    {
      id: 'SLV',
      name: 'El Salvador',
      roles: ['origin'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action; public facts: RCM founder 1996, Temporary Protected Status since March 2001 (earthquakes), dollarisation 2001, first to ratify CAFTA-DR, remittances about a sixth of GDP, CA-4 free movement 2006, about 0.8 million US residents born in El Salvador (Census 2000); numbers: assumption (willing, high adoption cost, high cost of no agreement, favourable monitor)',
      capacity: 0.35,
      willingness: 0.55,
      trust: 0.45,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.3,
      adoptionCost: 0.65,
      aidDependence: 0.3,
      noAgreementCost: 0.55,
      dataQuality: 0.25,
      resistance: 0.05,
      politicalBias: 0.1,
      emigrationPotential: 0.8,
      diasporaShare: 0.25,
      status: 'none',
    },
    // Nicaragua — most aid-dependent, emigration mainly to Costa Rica, sovereignty-
    // minded (Ortega from 2007). K 0.25 · W 0.3 · T 0.25 · R 0.05 · SS 0.6 ·
    // AC 0.45 · AD 0.7 · NA 0.3 · DQ 0.15 · RS 0.1 · PB −0.05 · EP 0.2 · DS 0.15.
    {
      id: 'NIC',
      name: 'Nicaragua',
      roles: ['origin'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action; public facts: RCM founder 1996, Temporary Protected Status since January 1999 (Hurricane Mitch), aid a large share of national income c. 2002, most emigrants in Costa Rica (a destination the model does not represent), Ortega government from 2007, CA-4 free movement 2006, about 0.2 million US residents born in Nicaragua (Census 2000); numbers: assumption (low willingness, high sovereignty sensitivity, aid-dependent)',
      capacity: 0.25,
      willingness: 0.3,
      trust: 0.25,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.6,
      adoptionCost: 0.45,
      aidDependence: 0.7,
      noAgreementCost: 0.3,
      dataQuality: 0.15,
      resistance: 0.1,
      politicalBias: -0.05,
      emigrationPotential: 0.2,
      diasporaShare: 0.15,
      status: 'none',
    },
    // Costa Rica — the region's strongest administration, little emigration;
    // itself a destination for Nicaraguans and transit for extra-continental
    // migrants (its destination role is not modelled). K 0.6 · W 0.55 · T 0.5 ·
    // R 0.05 · SS 0.3 · AC 0.15 · AD 0.05 · NA 0.2 · DQ 0.45 · DC 0.05 · EP 0.07 ·
    // DS 0.2.
    {
      id: 'CRI',
      name: 'Costa Rica',
      roles: ['origin', 'transit'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action; public facts: RCM founder 1996, seat of the RCM technical secretariat (San José), main destination of Nicaraguan emigrants, transit for extra-continental migrants, about 0.07 million US residents born in Costa Rica (Census 2000); numbers: assumption (capable, willing, low adoption cost, small emigration)',
      capacity: 0.6,
      willingness: 0.55,
      trust: 0.5,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.3,
      adoptionCost: 0.15,
      aidDependence: 0.05,
      noAgreementCost: 0.2,
      dataQuality: 0.45,
      detentionCapacity: 0.05,
      emigrationPotential: 0.07,
      diasporaShare: 0.2,
      status: 'none',
    },
    // Panama — transit through the Darién for South American and extra-continental
    // migrants; little emigration. K 0.5 · W 0.5 · T 0.45 · R 0.05 · SS 0.45 ·
    // AC 0.15 · AD 0.05 · NA 0.25 · DQ 0.35 · DC 0.05 · PB +0.05 · EP 0.1 · DS 0.25.
    {
      id: 'PAN',
      name: 'Panama',
      roles: ['origin', 'transit'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action; public facts: RCM founder 1996, Darién transit route, dollarised economy, canal returned 1999 (sovereignty salient), about 0.1 million US residents born in Panama (Census 2000); numbers: assumption (capable, low adoption cost, small emigration)',
      capacity: 0.5,
      willingness: 0.5,
      trust: 0.45,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.45,
      adoptionCost: 0.15,
      aidDependence: 0.05,
      noAgreementCost: 0.25,
      dataQuality: 0.35,
      detentionCapacity: 0.05,
      politicalBias: 0.05,
      emigrationPotential: 0.1,
      diasporaShare: 0.25,
      status: 'none',
    },
    // Belize — small Commonwealth state; also receives Central American migrants
    // (only its origin role is modelled). K 0.3 · W 0.45 · T 0.4 · R 0.05 · SS 0.3 ·
    // AC 0.25 · AD 0.3 · NA 0.2 · DQ 0.2 · EP 0.04 · DS 0.25.
    {
      id: 'BLZ',
      name: 'Belize',
      roles: ['origin'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action; public facts: RCM founder 1996, population about 0.25 million, about 0.04 million US residents born in Belize (Census 2000); numbers: assumption (small, moderately willing, limited capacity)',
      capacity: 0.3,
      willingness: 0.45,
      trust: 0.4,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.3,
      adoptionCost: 0.25,
      aidDependence: 0.3,
      noAgreementCost: 0.2,
      dataQuality: 0.2,
      emigrationPotential: 0.04,
      diasporaShare: 0.25,
      status: 'none',
    },

    // ------------------------------------------------------------------ Caribbean
    // Dominican Republic — joined the RCM in 1999; large, mostly regular diaspora
    // in the US; irregular crossings to Puerto Rico. K 0.4 · W 0.45 · T 0.4 · R 0.05 ·
    // SS 0.4 · AC 0.5 · AD 0.1 · NA 0.3 · DQ 0.25 · DC 0.05 · RS 0.05 · EP 0.7 ·
    // DS 0.3.
    {
      id: 'DOM',
      name: 'Dominican Republic',
      roles: ['origin'],
      courtedBy: 'USA',
      source:
        'Kunz (seed article): RCM member; observed: no bilateral migration partnership with the United States, cooperation through the RCM and its plan of action; public facts: joined the RCM in 1999 (absent from the IV RCM in January 1999, among "the eleven member countries" in March 2000), remittances about a tenth of GDP, yola crossings of the Mona Passage to Puerto Rico, about 0.7 million US residents born in the Dominican Republic (Census 2000); numbers: assumption (middling willingness and capacity, remittance-dependent)',
      capacity: 0.4,
      willingness: 0.45,
      trust: 0.4,
      responsibilisation: 0.05,
      sovereigntySensitivity: 0.4,
      adoptionCost: 0.5,
      aidDependence: 0.1,
      noAgreementCost: 0.3,
      dataQuality: 0.25,
      detentionCapacity: 0.05,
      resistance: 0.05,
      emigrationPotential: 0.7,
      diasporaShare: 0.3,
      status: 'none',
    },
  ],

  experts: [
    {
      // IOM runs the RCM secretariat and most ongoing activities, elaborates
      // guidelines and trains migration officials (Kunz: interview with an RCM
      // member, 2010). Funded in the model by the United States (assumption: the
      // RCM's activities rest on member contributions, the largest from the US).
      id: 'IOM',
      name: 'International Organization for Migration (RCM technical secretariat)',
      sponsor: 'USA',
      mandate:
        'IOM Constitution: arrange orderly migration and provide migration services at the request of states; outside the UN system until 2016 and without a protection mandate',
      // Its constitution covers migration services and technical cooperation at the
      // request of states (capacity building, training); the technologies of performance
      // (migration profiles, the RCM's guidelines on migration management) lie beyond its
      // "quite narrow formal mandate" (Kunz, seed text l. 724–726).
      mandateServices: ['capacity', 'training'],
      budget: 4,
      services: ['profile', 'training', 'capacity', 'standards'],
      authority: 0.3,
    },
  ],

  forums: [
    {
      // The Regional Conference on Migration (Puebla Process): annual
      // vice-ministerial conference plus the Regional Consultation Group on
      // Migration (meetEvery 2: assumption). Its plan of action (from 1997 in the
      // calendar) has an execution schedule monitoring implementation (Kunz): public
      // benchmarking among its members, set by the calendar; before it the conference
      // ranks nobody. It meets from March 1996 (the calendar). Admission
      // 'policy-in-place': observers need migration policy, legislation and practice
      // in place; its observer states (Argentina, Colombia, Ecuador, Jamaica, Peru)
      // are not modelled, so there are no applicants. The United States convenes.
      // The ten founders are listed; the Dominican Republic joins by the calendar
      // (eleven members from 2000). The two destinations among them (USA, CAN) are not
      // courted, so the engine neither moves them into dialogue nor ranks them.
      id: 'RCM',
      name: 'Regional Conference on Migration (Puebla Process)',
      convenor: 'USA',
      members: ['USA', 'CAN', 'MEX', 'GTM', 'HND', 'SLV', 'NIC', 'CRI', 'PAN', 'BLZ'],
      applicants: [],
      experts: ['IOM'],
      meetEvery: 2,
      benchmarking: 'none',
      admission: 'policy-in-place',
      admissionThreshold: 0.3,
    },
    {
      // Working Group on Migration and Consular Affairs of the US–Mexico Binational
      // Commission: regular cabinet-level and technical meetings (three in 1994;
      // some twenty technical meetings on the migration agenda between April 2001
      // and November 2002), hence a meeting every quarter. Bilateral, so nothing
      // to rank.
      id: 'BNC',
      name: 'US–Mexico Binational Commission, Working Group on Migration and Consular Affairs',
      convenor: 'USA',
      members: ['MEX'],
      applicants: [],
      experts: [],
      meetEvery: 1,
      benchmarking: 'none',
      admission: 'open',
    },
    {
      // Border Liaison Mechanisms: local, municipal, state and federal officials
      // from both sides of the US–Mexico border with business and community
      // representatives (Kunz). Guatemala is not a member: the Mexico–Guatemala
      // border mechanisms are convened by Mexico, not by a destination. Frequent
      // local meetings (meetEvery 1: assumption); bilateral, nothing to rank.
      id: 'BLM',
      name: 'Border Liaison Mechanisms (US–Mexico)',
      convenor: 'USA',
      members: ['MEX'],
      applicants: [],
      experts: [],
      meetEvery: 1,
      benchmarking: 'none',
      admission: 'open',
    },
    {
      // The Security and Prosperity Partnership of North America (Waco, 23 March 2005
      // to August 2009): a trilateral "regime of migration, security, and trade"
      // (Grondin and De Larrinaga 2008, in Kunz fn 2) with working groups reporting to
      // the leaders; the calendar convenes it from 2005 Q1 and ends it in 2009 Q3.
      // Meetings twice a year (assumption); no ranking. Canada is listed for the
      // record (it is not courted, so it neither attends nor is moved into dialogue).
      id: 'SPP',
      name: 'Security and Prosperity Partnership of North America',
      convenor: 'USA',
      members: ['MEX', 'CAN'],
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
      label: 'The "policy of no policy": no US migration dialogue, candidacy or agenda of its own',
      at: '1995Q1',
      tiers: { dialogue: 'closed', candidate: 'closed', agenda: 'closed' },
      source: 'Kunz (seed text l. 72–75, 500–501): decades of a "policy of no policy" on migration between Mexico and the US (Domínguez and Castro 2009: 12), a partnership emerging only from the late 1990s',
    },
    {
      label: 'Regional Conference on Migration not yet convened',
      at: '1995Q1',
      forum: { id: 'RCM', meets: false },
      source: 'first Regional Conference on Migration, Puebla, 13–14 March 1996 (Kunz, seed text l. 659–662: "established in 1996")',
    },
    {
      label: 'Security and Prosperity Partnership not yet launched',
      at: '1995Q1',
      forum: { id: 'SPP', meets: false },
      source: 'Joint statement of the leaders of Canada, Mexico and the United States, Waco, 23 March 2005',
    },
    {
      label: 'Regional Conference on Migration convened (Puebla)',
      at: '1996Q1',
      forum: { id: 'RCM', meets: true },
      source: 'Puebla, 13–14 March 1996 (Kunz, seed text l. 659–662)',
    },
    {
      label: 'RCM plan of action: an execution schedule monitors each member',
      at: '1997Q1',
      forum: { id: 'RCM', benchmarking: 'public' },
      source: 'Kunz (seed text l. 666–668, 677–680): a Plan of Action with "an execution schedule monitoring implementation" that "puts the member states in competition with each other"; public record: the Plan of Action was adopted at the second conference, Panama, March 1997',
    },
    {
      label: 'The Dominican Republic joins the RCM',
      at: '2000Q1',
      forum: { id: 'RCM', add: ['DOM'] },
      source: 'absent from the IV RCM (January 1999), among "the eleven member countries" in the March 2000 declaration',
    },
    {
      label: 'Fox–Bush partnership: the US offers Mexico a bilateral partnership',
      at: '2001Q1',
      states: ['MEX'],
      tiers: { dialogue: 'open', candidate: 'open' },
      source: 'joint communiqué "Towards a Partnership for Prosperity: the Guanajuato Proposal", 16 February 2001; Kunz (seed text l. 493–499: "We have a chance to build a partnership", Bush and Fox 2001); the Partnership for Prosperity (September 2001) and the Border Partnership action plan (22 March 2002) followed',
    },
    {
      label: '11 September 2001: the migration accord is shelved, US promises lose credibility',
      at: '2001Q4',
      states: ['USA'],
      destination: { credibility: 0.4 },
      source: 'public record: the comprehensive migration agreement sought by Fox and Bush in 2001 was set aside after 11 September 2001, and reform bills failed in Congress (2006, 2007, 2013); 0.4 (the earlier scenario value): assumption',
    },
    {
      label: 'Security and Prosperity Partnership launched',
      at: '2005Q1',
      forum: { id: 'SPP', meets: true },
      source: 'Waco, 23 March 2005 (Kunz, seed text l. 79–80 and fn 2)',
    },
    {
      label: 'Security and Prosperity Partnership ends',
      at: '2009Q3',
      forum: { id: 'SPP', meets: false },
      source: 'discontinued in August 2009 (North American Leaders\' Summit, Guadalajara, 9–10 August 2009)',
    },
  ],

  // Irregular routes. Central Americans cross Guatemala (the CA-4 area has no
  // internal border checks from 2006, so Honduras, El Salvador and Nicaragua are not
  // transit stops) and Mexico; Mexicans cross directly; Dominicans cross the Mona
  // Passage to Puerto Rico; Mexicans also reach Canada by air (asylum claims before
  // the 2009 visa). Costa Rica and Panama have no entry and go direct (air,
  // overstay). Route choice: assumption from public accounts.
  routes: [
    { origin: 'MEX', via: [], destination: 'USA' },
    { origin: 'MEX', via: [], destination: 'CAN' },
    { origin: 'GTM', via: ['MEX'], destination: 'USA' },
    { origin: 'HND', via: ['GTM', 'MEX'], destination: 'USA' },
    { origin: 'SLV', via: ['GTM', 'MEX'], destination: 'USA' },
    { origin: 'NIC', via: ['GTM', 'MEX'], destination: 'USA' },
    { origin: 'BLZ', via: ['MEX'], destination: 'USA' },
    { origin: 'DOM', via: [], destination: 'USA' },
  ],
});
