/**
 * Model-wide parameters, one group per process. Every default names its source or
 * says "assumption"; `docs/ODD.md`'s parameter table is generated from this file.
 */
import { z } from 'zod';
import { flag, int, num, oneOf, share } from './fields.js';

const A = 'assumption';
const KS = 'Kelley and Simmons 2015, AJPS 59(1), and Kelley 2017: share of annual US TIP report ratings followed by a government reaction';

export const dialogueParams = z
  .strictObject({
    attendance: share(0.9, { description: 'probability that a fully trusting member attends a forum meeting', source: A }),
    attendanceTrust: share(0.3, { description: 'weight of trust in attendance: a member attends with probability attendance·(1 − a + a·T)', source: A }),
    trustGain: share(0.06, { description: 'share of the gap to full trust closed at each meeting attended', unit: '1/meeting', source: A }),
    framingGain: share(0.04, { description: 'share of the gap to full willingness closed by the "shared responsibility" framing at each meeting, damped by sovereignty sensitivity', unit: '1/meeting', source: A }),
    trustDecay: share(0.01, { description: 'share of trust lost by a member at each meeting of its forums that it does not attend (states in no forum keep their trust)', unit: '1/meeting', source: A }),
  })
  .prefault({});

export const eligibilityParams = z
  .strictObject({
    beliefWeight: share(0.5, { description: "weight of the destination's belief about reliability in readiness", source: A }),
    capacityWeight: share(0.25, { description: 'weight of capacity in readiness', source: A }),
    willingnessWeight: share(0.25, { description: 'weight of willingness in readiness', source: A }),
    acceptanceSlope: num(8, 0, 100, { description: 'slope of the logit acceptance rule of the External Incentives Model', unit: '1/utility', source: A }),
    trustDiscount: share(0.5, { description: "weight of trust in the value of promised rewards: a state values them at (1 − k + k·T) of their expected worth, as a non-binding quasi-contract is worth what the partner trusts it to be", source: A }),
    statusGain: share(0.15, { description: 'value of the status of partner (recognition as "good student") to the state', source: A }),
    oppositionWeight: share(0.5, { description: 'weight of resistance and sovereignty sensitivity in domestic opposition', source: A }),
    refusalCooloff: int(16, 0, 1000, { description: 'steps after a refusal before the destination offers again', unit: 'steps', source: A }),
    unconditional: flag(false, { description: 'thresholds and preparatory period set to zero (unconditional-eligibility policy)', source: 'policy lever (docs/ODD.md §7.14)' }),
  })
  .prefault({});

export const partnershipParams = z
  .strictObject({
    mobilityMultiplier: num(1, 0, 100, { description: "multiplier on destinations' legal-mobility quotas", source: A }),
    aidMultiplier: num(1, 0, 100, { description: "multiplier on destinations' development funds", source: A }),
    visaAfter: int(24, 0, 1000, { description: 'steps as partner before visa facilitation is offered (Moldova: visa-free about six years after signature)', unit: 'steps', source: 'European Commission 2014 (Moldova visa-free April 2014); assumption for the rule' }),
    visaBelief: share(0.55, { description: 'belief about reliability needed for visa facilitation', source: A }),
    conditional: flag(false, { description: 'rewards paid only after observed compliance (classic conditionality)', source: 'policy lever (docs/ODD.md §7.14)' }),
    complianceThreshold: share(0.35, { description: 'observed performance that counts as compliance under conditionality', source: A }),
    sanctions: share(0, { description: 'share of promised rewards withdrawn as a sanction when compliance fails under conditionality', source: A }),
    agendaShare: share(0.35, { description: 'share of full-partner rewards offered under a Common Agenda', source: A }),
    softContingency: share(0.6, { description: 'how far soft rewards depend on current conduct (1 under conditionality)', source: A }),
    candidateShare: share(0.2, { description: 'share of full-partner rewards delivered during the preparatory phase ("wish-list" support)', source: A }),
    commitmentMargin: share(0.1, { description: "the partner's commitments at signature: its effort on each pillar plus this margin (the declaration promises a little more than is done)", source: A }),
    expectationAdjustment: share(0.25, { description: 'share of the gap between expected and promised-times-credible rewards closed per step (adaptive expectations)', unit: '1/step', source: A }),
    slotsPerUtility: num(100, 1, 1e6, { description: 'legal-mobility slots per step worth one utility unit to a state (the value of full-partner rewards is quota / slotsPerUtility + funds × fundsValue)', unit: 'slots/utility', source: A }),
    fundsValue: num(0.5, 0, 10, { description: 'value to a state of one aid unit per step, in utility units', unit: 'utility/aid unit', source: A }),
    projectValue: num(0.1, 0, 10, { description: "value to a partner of one project the destination committed to, in utility units: a committed project not delivered is an unkept promise of this value", unit: 'utility/project', source: A }),
    credibilityLearning: share(0.1, { description: "share of the gap between the credibility a state sees and the share of what it was owed this step that it received, closed per step (so unkept promises lower the destination's credibility as the partner sees it)", unit: '1/step', source: A }),
  })
  .prefault({});

export const monitoringParams = z
  .strictObject({
    capacityElasticity: share(0.5, { description: 'alpha in true performance y = K^alpha * a', source: A }),
    noise: num(0.15, 0, 2, { description: 'standard deviation of observation noise with no data quality', source: A }),
    profileNoiseReduction: share(0.7, { description: 'share of observation noise removed at full data quality (migration profiles)', source: A }),
    unengagedNoise: num(2, 1, 10, { description: 'noise multiplier for states outside any dialogue', source: A }),
    biasWeight: share(1, { description: "weight of the monitor's political bias", source: A }),
    forgetting: share(0.03, { description: 'share of belief precision lost per step, so reputation can be lost', unit: '1/step', source: A }),
    priorMean: share(0.3, { description: "destination's prior mean belief about a state's reliability", source: A }),
    priorPrecision: num(4, 0.01, 1000, { description: 'precision of the prior belief', unit: '1/variance', source: A }),
    commitmentWeight: share(0.5, { description: "weight of the share of its own commitments a partner keeps in the performance the monitor judges, y = K^alpha * ((1 - w) * effort + w * kept); 0 judges effort alone", source: 'Kunz: joint declarations "stipulate a set of mutual commitments while leaving the parties to decide on the measures" (seed text l. 570–571); value: assumption' }),
    scoreboard: oneOf(['public', 'private'] as const, 'public', { description: 'public scoreboards feed benchmarking; private ones only the belief', source: 'policy lever (docs/ODD.md §7.14)' }),
  })
  .prefault({});

export const benchmarkingParams = z
  .strictObject({
    reactionTop: share(0.13, { description: 'probability of a government reaction to a report that grades it at the top tier (marginal over downgraded and other states)', unit: '1/report', source: KS }),
    reactionSecond: share(0.17, { description: 'probability of a reaction to a report at the second tier (marginal)', unit: '1/report', source: KS }),
    reactionWatch: share(0.37, { description: 'probability of a reaction to a report on the watch list (marginal)', unit: '1/report', source: KS }),
    reactionBottom: share(0.51, { description: 'probability of a reaction to a report at the bottom tier (marginal)', unit: '1/report', source: KS }),
    downgradeRatio: num(1.33, 1, 10, {
      description:
        'within a tier, how many times as often a state reacts to a report that downgraded it as one whose grade did not fall; the tier rates above stay the marginal rates',
      source:
        'calibrated on scenarios/tip-scorecard.ts so that, over all tiers, 36% of downgrades and 21% of unchanged ratings are followed by a reaction (Kelley and Simmons 2015): the ratio of those two rates (1.71) is larger than the ratio within a tier, because downgraded states land in the lower tiers, which react more',
    }),
    reactionLegislation: share(0.3, { description: 'probability that a reaction is a law (criminalisation, a migration act): one level of institutions', source: 'Kelley 2017 (reactions to TIP reports are often legislative); value: assumption' }),
    pressureGain: share(0.25, { description: 'pressure added by one reaction', source: A }),
    pressureDecay: share(0.15, { description: 'share of pressure lost per step', unit: '1/step', source: A }),
    aspiredRank: share(0.25, { description: 'rank (as a share of the peer group from the top) that states aspire to', source: A }),
    gapWeight: num(1, 0, 10, { description: 'extra pressure per unit of rank gap below the aspired rank', source: A }),
    aidSensitivity: share(0.5, { description: 'how much aid dependence raises the reaction probability', source: A }),
    shaming: share(0.02, { description: 'resistance added per step at the two lowest grades of a public table, times sovereignty sensitivity', source: A }),
    goodPracticeBonus: share(0.02, { description: 'belief added per step to a state labelled good practice (top grade)', source: A }),
  })
  .prefault({});

export const standardsParams = z
  .strictObject({
    imitationRate: num(1.5, 0, 20, { description: 'probability of imitating the best peer per unit of performance gap, times capacity', source: 'proportional imitation (Schlag 1998); assumption' }),
    absorption: share(0.3, { description: 'share of the gap to the imitated practice closed by one imitation', source: A }),
    imitationTrust: share(0.5, { description: "weight of trust in imitation: the probability of imitating a peer's practice is scaled by (1 − b + b·T)", source: A }),
    codifyRate: share(0.1, { description: 'share of the gap between the codified package and the best practice closed per meeting by experts', source: A }),
    expertCodification: flag(true, { description: 'experts codify standard packages that members can imitate', source: 'Kunz: IOM and ICMPD curricula and handbooks (seed text l. 769–781); switch: assumption' }),
    privateVisibility: share(0.5, { description: "how much of a peer's practice a member sees without a public table (1 with one)", source: A }),
    standardGapWeight: share(0.25, { description: 'weight of the gap in adopted standard, beside the gap in observed performance, in the drive to imitate', source: A }),
    initialShare: share(0.5, { description: "initial standard as a share of the state's capacity", source: A }),
  })
  .prefault({});

export const expertParams = z
  .strictObject({
    serviceCost: num(1, 0.001, 1000, { description: 'budget units one service costs', unit: 'budget units', source: A }),
    profileGain: share(0.15, { description: 'share of the gap to full data quality closed by one migration profile', source: A }),
    trainingGain: share(0.03, { description: 'capacity gain of one training or capacity-building project, times room to grow', source: A }),
    wishlistGain: share(0.03, { description: 'willingness and capacity gain of one "wish-list" service to a candidate', source: A }),
    capacityDecay: share(0.01, { description: 'share of capacity above its initial level lost per step', unit: '1/step', source: A }),
    dataDecay: share(0.02, { description: 'share of data quality above its initial level lost per step', unit: '1/step', source: A }),
    authorityGain: share(0.05, { description: 'authority gained per step at full use of the budget, times room to grow', source: A }),
    authorityDecay: share(0.01, { description: 'authority lost per step', unit: '1/step', source: A }),
    profileThreshold: share(0.6, { description: 'data quality below which an expert offers a migration profile first', source: A }),
    capacityThreshold: share(0.5, { description: 'capacity below which an expert offers capacity building before training', source: A }),
    beyondMandateAuthority: share(0, { description: "authority an expert organisation needs before it delivers services outside its formal mandate (0: from the start, as the article describes IOM)", source: 'assumption (Kunz: IOM as an expert beyond "its quite narrow formal mandate", seed text l. 724–726; the threshold is the model\'s lever)' }),
  })
  .prefault({});

export const effortParams = z
  .strictObject({
    adjustment: share(0.3, { description: 'share of the gap to the target effort closed per step (inertia)', source: A }),
    noise: num(0.03, 0, 1, { description: 'standard deviation of effort noise (bounded rationality)', source: A }),
    incentiveSlope: num(5, 0, 100, { description: 'slope of the logit extrinsic effort response to net incentives', source: A }),
    incentiveWeight: num(2.5, 0, 10, { description: 'weight of expected rewards in the extrinsic response', source: A }),
    pressureWeight: num(1.5, 0, 10, { description: 'weight of peer pressure in the extrinsic response', source: A }),
    willingnessWeight: num(0.4, 0, 10, { description: 'weight of willingness in the extrinsic response', source: A }),
    costWeight: num(1, 0, 10, { description: 'weight of adoption cost and resistance in the extrinsic response', source: A }),
    offset: num(0.8, -10, 10, { description: 'baseline disutility of effort (logit offset)', source: A }),
    intrinsicNorm: share(0.75, { description: 'effort the internalised norm prescribes before any standard is imitated', source: A }),
    normWeight: num(1.5, 0, 10, {
      description:
        'governmentality: weight of the internalised norm, R times the effort it prescribes, in the drive to effort; it is weighed against adoption cost like any other term, so a responsibilised state can still cut effort when the cost is high',
      source: 'assumption: at R = 1 and no reward the norm outweighs the baseline disutility of effort (offset) plus a medium adoption cost of 0.5 on the border pillar, not more; not fitted',
    }),
    practiceWeight: num(1.5, 0, 10, {
      description: 'transfer: weight of the practice the state has learnt (its adopted standard) in the drive to effort',
      source: 'assumption: the same weight as the norm in governmentality (normWeight), so that the two variants differ in how conduct is acquired, not in how much it weighs',
    }),
    initialShare: share(0.5, { description: "initial effort on every pillar as a share of the state's willingness", source: A }),
    anticipation: z
      .strictObject({
        none: share(0.05, { description: 'share of full-partner rewards a state with no status anticipates', source: A }),
        dialogue: share(0.15, { description: 'share anticipated in dialogue', source: A }),
        agenda: share(0.35, { description: 'share anticipated with a Common Agenda', source: A }),
        candidate: share(0.6, { description: 'share anticipated as a candidate', source: A }),
        partner: share(1, { description: 'share anticipated as a partner', source: A }),
        refused: share(0, { description: 'share anticipated after a refusal', source: A }),
        suspended: share(0.2, { description: 'share anticipated while the partnership is suspended', source: A }),
      })
      .prefault({}),
    pillarCost: z
      .strictObject({
        mobility: share(0.3, { description: 'share of the adoption cost borne on the legal-mobility pillar', source: A }),
        development: share(0.3, { description: 'share of the adoption cost borne on the development pillar', source: A }),
        border: share(1, { description: 'share of the adoption cost borne on the border pillar (remittances and the diaspora weigh on border control most)', source: A }),
      })
      .prefault({}),
  })
  .prefault({});

export const responsibilisationParams = z
  .strictObject({
    agencyRate: share(0.006, { description: 'growth of responsibilisation per unit of exposure to agency technologies (dialogue, declarations, co-owned profiles)', unit: '1/step', source: A }),
    performanceRate: share(0.004, { description: 'growth per unit of exposure to performance technologies (monitoring, ranking, training)', unit: '1/step', source: A }),
    pressureRate: share(0.015, { description: 'growth per unit of peer pressure', unit: '1/step', source: A }),
    sovereigntyDamping: share(0.6, { description: 'share of the growth of responsibilisation lost at full sovereignty sensitivity', source: A }),
    resistanceErosion: share(0.02, { description: 'erosion per unit of resistance', unit: '1/step', source: A }),
    costErosion: share(0.01, { description: 'erosion per unit of adoption cost while engaged', unit: '1/step', source: A }),
    practiceRate: share(0.006, {
      description: 'governmentality: growth of responsibilisation per unit of practice, the pillar-weighted effort of an engaged state (doing feeds believing)',
      unit: '1/step',
      source: 'self-perception and dissonance reduction (Bem 1972; Festinger 1957), organised hypocrisy as its absence (Brunsson 1989); value: assumption, the same as agencyRate',
    }),
    recognitionRate: share(0.004, {
      description: 'governmentality: growth of responsibilisation per unit of peer recognition (1 at the top grade of a public table, 0.5 at the second, while engaged)',
      unit: '1/step',
      source: 'Kunz: the "good student" held up as an example (seed text l. 617–628, 857–862); value: assumption, the same as performanceRate',
    }),
    forgetting: share(0.01, {
      description: 'governmentality: share of responsibilisation lost per step in which no technology reaches the state (no meeting attended, no monitoring, no grade, no expert service)',
      unit: '1/step',
      source: 'assumption: a half-life of about 69 steps (17 years at quarterly steps), slow beside the growth rates',
    }),
    crowdingOut: share(0, { description: 'erosion per unit of explicit reward share (crowding-out under conditionality)', unit: '1/step', source: 'Frey and Jegen 2001 (motivation crowding); value: assumption' }),
    exposure: z
      .strictObject({
        attended: num(1, 0, 10, { description: 'agency exposure of attending a forum meeting', source: A }),
        partnerDeclaration: num(1, 0, 10, { description: 'agency exposure of a signed joint declaration (partner)', source: A }),
        candidateDeclaration: num(0.5, 0, 10, { description: 'agency exposure of candidacy or a Common Agenda', source: A }),
        profiled: num(0.5, 0, 10, { description: 'agency exposure of a co-owned migration profile', source: A }),
        monitored: num(0.5, 0, 10, { description: 'performance exposure of being monitored under a partnership framework', source: A }),
        ranked: num(0.5, 0, 10, { description: 'performance exposure of holding a grade in a public table', source: A }),
        trained: num(0.5, 0, 10, { description: 'performance exposure of a training or capacity-building service', source: A }),
      })
      .prefault({}),
  })
  .prefault({});

export const institutionParams = z
  .strictObject({
    institutionHazard: share(0.08, { description: 'hazard of a new migration institution or law per step, times responsibilisation times capacity', unit: '1/step', source: A }),
    restrictionAdjustment: share(0.05, { description: 'share of the gap to the target emigration restriction closed per step', unit: '1/step', source: A }),
    detentionAdjustment: share(0.05, { description: 'share of the gap to the target detention capacity closed per step', unit: '1/step', source: A }),
    initialShare: share(0.4, { description: "initial institutions as a share of the maximum, times capacity (rounded down to whole levels)", source: A }),
  })
  .prefault({});

export const resistanceParams = z
  .strictObject({
    decay: share(0.1, { description: 'share of resistance that fades per step', unit: '1/step', source: A }),
    exitWeight: share(0.03, { description: "resistance fed per unit of restriction on citizens' exit", source: A }),
    readmissionWeight: num(10, 0, 1000, { description: 'resistance fed per forced return as a share of the population of migrants of the state', source: A }),
    unkeptWeight: share(0.03, { description: 'resistance fed per unit of promised but undelivered rewards', source: A }),
    sanctionWeight: share(0.05, { description: 'resistance fed per unit of sanction borne (share of the full-partner value withdrawn) times sovereignty sensitivity; a sanction is met as an affront to sovereignty', source: A }),
    costWeight: share(0.06, { description: 'resistance fed per unit of adoption cost times border effort', source: A }),
    willingnessErosion: share(0.02, { description: 'share of willingness lost per step per unit of resistance', unit: '1/step', source: A }),
    suspendThreshold: share(0.6, { description: 'resistance above which a partner suspends the partnership', source: A }),
    resumeThreshold: share(0.3, { description: 'resistance below which a suspended partnership resumes', source: A }),
  })
  .prefault({});

export const migrantParams = z
  .strictObject({
    aspiration: share(0.012, { description: 'base probability per step that a prospective migrant tries to leave', unit: '1/step', source: A }),
    networkEffect: num(10, 0, 1000, { description: "how much the engaged diaspora (as a share of the state's migrants) raises the risk aversion of new migrants, whom it informs", source: A }),
    regularUtility: num(1.5, -10, 10, { description: 'utility of a regular channel', source: A }),
    irregularUtility: num(0.6, -10, 10, { description: 'utility of an irregular route before risk', source: A }),
    riskAversion: num(2.5, 0, 20, { description: 'utility lost per unit of probability of being stopped', source: A }),
    transitDetection: share(0.35, { description: 'detection probability per transit step at full border effort, capacity and detention', source: A }),
    exitDetection: share(0.5, { description: 'probability that full exit controls stop an irregular departure', source: A }),
    borderDetection: share(0.3, { description: 'detection probability at the destination border at full policing', source: A }),
    apprehension: share(0.03, { description: 'per-step hazard of apprehension at full policing for an irregular migrant', unit: '1/step', source: A }),
    avrConsider: share(0.05, { description: 'per-step probability that an irregular migrant weighs assisted voluntary return (meets counselling or an offer); it then returns with the logit probability below', unit: '1/step', source: A }),
    avrIntercept: num(-2.5, -20, 20, { description: 'intercept of the logit of assisted voluntary return', source: A }),
    avrSupportWeight: num(3, 0, 100, { description: "weight of the destination's return support (assistance and financial inducement) in the logit of return", source: 'Kunz, after Andrijasevic and Walters: enlisting migrants "in their own expulsion through the provision of forms of information, assistance, and financial inducement" (seed text l. 887–889); value: assumption' }),
    avrInformationWeight: num(5, 0, 100, { description: "weight of the diaspora's information (the share of the origin's migrants engaged by diaspora programmes) in the logit of return", source: 'Kunz: diaspora communities "informed about job opportunities when they come back to Moldova" (seed text l. 896–897); value: assumption' }),
    avrProspectsWeight: num(1, 0, 100, { description: "weight of the prospects at home (the origin's effort on the migration-and-development pillar) in the logit of return", source: 'as avrInformationWeight; value: assumption' }),
    borderCrossing: share(0.1, { description: 'per-step probability that a regular migrant crosses the border of its destination (a visit home and back)', unit: '1/step', source: A }),
    borderCheck: share(0.2, { description: 'probability of a secondary inspection at a crossing at full policing (a trusted traveller: times 1 − clearance)', source: A }),
    refusalOnCheck: share(0.05, { description: 'probability that an inspection refuses the migrant entry (it is sent home, and the refusal goes on its record)', source: A }),
    remigration: share(0.03, { description: 'per-step hazard that a returned migrant becomes prospective again', unit: '1/step', source: A }),
    circularReturn: share(0.01, { description: 'per-step hazard that a regular migrant returns (circular migration)', unit: '1/step', source: A }),
    diasporaEngagement: share(0.05, { description: 'per-step hazard that a regular migrant joins a diaspora programme, times development effort', unit: '1/step', source: A }),
    trustedEnrolment: share(0.05, { description: 'per-step hazard of trusted-traveller enrolment for an eligible regular migrant (a clean record: no irregular stay, no apprehension, no refusal of entry)', unit: '1/step', source: A }),
    journeyCost: share(0.25, { description: 'resources a migrant needs to set out on an irregular route', source: A }),
    attemptBase: num(0.5, 0, 10, { description: 'the part of the attempt rate that does not depend on the own network: aspiration × (attemptBase + network)', source: A }),
    readmissionBase: share(0.2, { description: 'share of apprehended irregular migrants readmitted by their origin whatever its border effort', source: A }),
    readmissionEffort: share(0.8, { description: 'further share readmitted at full border effort of the origin', source: A }),
    readmissionNonPartner: share(0.6, { description: 'how much of that further share a state that is not a partner readmits', source: A }),
    transitDetentionBase: share(0.5, { description: 'the part of transit detection that does not need detention capacity: detection × effort × (base + (1 − base) × detention)', source: A }),
  })
  .prefault({});

export const destinationParams = z
  .strictObject({
    window: int(4, 1, 100, { description: 'steps over which irregular arrivals are averaged against the target', unit: 'steps', source: A }),
    policingStep: share(0.03, { description: 'policing raised per step of excess arrivals, times room to grow', source: A }),
    tightening: share(0.005, { description: 'entry threshold raised per step of excess arrivals', source: A }),
    maxTightening: share(0.1, { description: 'largest rise of the entry threshold above its initial level (tightening is bounded)', source: A }),
    loosening: share(0.005, { description: 'entry threshold lowered per step below target, down to its initial level (tightening is reversible)', source: A }),
    maxEntryThreshold: share(0.95, { description: 'the highest entry threshold tightening can reach', source: A }),
    relaxation: share(0.01, { description: 'share of policing above its initial level relaxed per step below target', source: A }),
    policingBoost: share(0, { description: 'policing added at the start (policing-only policy)', source: 'policy lever (docs/ODD.md §7.14)' }),
    credibilityMultiplier: num(1, 0, 1, { description: "multiplier on destinations' credibility", source: A }),
  })
  .prefault({});

export const welfareParams = z
  .strictObject({
    regular: num(1, -10, 10, { description: "a migrant's utility per step with a regular status", unit: 'utility/step', source: A }),
    irregular: num(0.4, -10, 10, { description: "a migrant's utility per step without a regular status abroad", unit: 'utility/step', source: A }),
    inTransit: num(-0.5, -10, 10, { description: "a migrant's utility per step on an irregular route", unit: 'utility/step', source: A }),
    returned: num(-0.2, -10, 10, { description: "a returned migrant's utility per step", unit: 'utility/step', source: A }),
    trustedBonus: num(0.1, -10, 10, { description: "a trusted traveller's extra utility per step", unit: 'utility/step', source: A }),
    regularGain: num(1, -10, 10, { description: "destination's welfare per regular arrival, per 1,000 migrants in the model", source: A }),
    irregularCost: num(2, -10, 10, { description: "destination's welfare lost per irregular arrival, per 1,000 migrants", source: A }),
    returnCost: num(0.5, -10, 10, { description: "destination's welfare lost per forced return, per 1,000 migrants", source: A }),
    policingCost: num(0.5, -10, 10, { description: "destination's welfare lost per unit of policing", source: A }),
    remittances: num(0.5, -10, 10, { description: "an origin state's welfare per unit of its regular share abroad (remittances)", source: A }),
    restrictionCost: num(0.5, -10, 10, { description: "an origin state's welfare lost per unit of exit restriction", source: A }),
    resistanceCost: num(0.2, -10, 10, { description: "an origin state's welfare lost per unit of resistance", source: A }),
  })
  .prefault({});

export const paramsSchema = z
  .strictObject({
    dialogue: dialogueParams,
    eligibility: eligibilityParams,
    partnership: partnershipParams,
    monitoring: monitoringParams,
    benchmarking: benchmarkingParams,
    standards: standardsParams,
    experts: expertParams,
    effort: effortParams,
    responsibilisation: responsibilisationParams,
    institutions: institutionParams,
    resistance: resistanceParams,
    migrants: migrantParams,
    destination: destinationParams,
    welfare: welfareParams,
  })
  .prefault({});

export type Params = z.output<typeof paramsSchema>;
