/**
 * Schemas of the scenario's entities: states (with their roles), expert
 * organisations, forums and migration routes.
 */
import { z } from 'zod';
import { ADMISSION_RULES, BENCHMARKING_MODES, EXPERT_SERVICES, PARTNERSHIP_STATUSES, ROLES } from '../domain/vocabulary.js';
import { flag, identifier, int, num, oneOf, share, showValue, text } from './fields.js';

const A = 'assumption';

export const pillarWeightsSchema = z
  .strictObject({
    mobility: share(0.2, { description: 'weight the destination gives to the legal-mobility pillar', source: A }),
    development: share(0.2, { description: 'weight of the migration-and-development pillar', source: A }),
    border: share(0.6, { description: 'weight of the border-management and irregular-migration pillar', source: 'assumption (a reading of Kunz: the joint declarations name mobility, development and border management, seed text l. 591–596, and the outcomes she reports are border and anti-trafficking cooperation, l. 822–830)' }),
  })
  .prefault({});

export const trustedTravellerSchema = z.strictObject({
  fee: share(0.2, { description: 'fee of enrolment, in utility units', source: A }),
  timeSaved: share(0.5, { description: 'value of the time saved at the border, in utility units', source: A }),
  privacyCost: share(0.1, { description: 'privacy cost of the background check, in utility units', source: A }),
  clearance: share(0.8, { description: "share of border checks a pre-cleared trusted traveller is spared (it crosses through dedicated lanes with fewer inspections); enrolment is open to a regular migrant with no irregular stay and no apprehension on its own record, whatever its state of origin", source: 'Kunz: SENTRI and NEXUS as pre-clearance programmes (seed text l. 904–909); value: assumption' }),
});

export const temporaryWorkSchema = z.strictObject({
  quota: num(20, 0, Infinity, { description: "temporary-work slots per step offered to a partner whose mobility-pillar effort is full (slots = quota × mobility multiplier × effort on the mobility pillar), per 100,000 migrants in the model", unit: 'migrants/step', source: 'Kunz: "temporary work agreements" (seed text l. 909) and the mobility pillar of the joint declarations (l. 591–596); European Commission 2007, COM(2007) 248 (circular migration and mobility partnerships); value: assumption' }),
  duration: int(8, 1, 1000, { description: 'mean stay of a temporary worker: it returns home with hazard 1/duration a step (return built in)', unit: 'steps', source: A }),
});

/** Grading of a destination's public scoreboard. */
export const SCOREBOARD_GRADINGS = ['relative', 'criterion', 'none'] as const;
export const SCOREBOARD_SCOPES = ['engaged', 'courted'] as const;

export const scoreboardSchema = z
  .strictObject({
    grading: oneOf(SCOREBOARD_GRADINGS, 'relative', {
      description:
        "how the destination's scoreboard grades: 'relative' cuts the ranking of its states into quarters (a league table), 'criterion' grades each state on absolute cut-points of observed performance (as the US Trafficking in Persons report's tiers), 'none' lists initiatives per partnership without grades or ranks (as the EU's Mobility Partnership scoreboards)",
      source: 'Kelley 2017 (TIP tiers are criterion-based); European Commission MP scoreboards; assumption for the default',
    }),
    scope: oneOf(SCOREBOARD_SCOPES, 'engaged', { description: "which states the scoreboard grades: 'engaged' (partners, candidates, agenda states) or 'courted' (every state the destination courts, as the TIP report rates every country)", source: A }),
    every: int(4, 1, 1000, { description: 'steps between two reports (4: annual at quarterly steps, as the TIP report)', unit: 'steps', source: 'US Department of State, annual TIP report' }),
    cutPoints: z
      .array(num(0.5, -1, 2, { description: 'cut-point on observed performance (a noisy measurement, so it can be negative)', source: A }))
      .length(3, { error: 'expected three cut-points (tier 1, tier 2, watch list), highest first' })
      .default([0.6, 0.35, 0.25])
      .meta({ description: "criterion grading: observed performance at or above the first is grade 1, the second grade 2, the third grade 3 (watch list), below it grade 4 (assumption)" }),
  })
  .prefault({});

export const destinationSchema = z.strictObject({
  mobilityQuota: num(50, 0, Infinity, { description: 'legal-mobility slots offered per step to one full partner, per 100,000 migrants in the model', unit: 'migrants/step', source: A }),
  baseQuota: num(5, 0, Infinity, { description: 'regular slots per step open to migrants of any state it courts, whatever the status, per 100,000 migrants', unit: 'migrants/step', source: A }),
  developmentFunds: num(1, 0, Infinity, { description: 'development funds offered per step to one full partner', unit: 'aid units/step', source: A }),
  visaFacilitation: share(0.3, { description: 'value of visa facilitation once granted, in utility units', source: A }),
  credibility: share(0.7, { description: 'credibility of promised rewards: the probability a promise is kept', source: 'Schimmelfennig and Sedelmeier 2004; assumption' }),
  entryThreshold: share(0.5, { description: 'readiness above which candidacy is offered', source: A }),
  exitThreshold: share(0.38, { description: 'readiness below which a candidate falls back to dialogue (hysteresis)', source: A }),
  agendaThreshold: share(0.4, { description: 'readiness above which the lighter Common Agenda is offered', source: A }),
  preparatoryPeriod: int(6, 0, 1000, { description: 'steps of readiness above the entry threshold before signature', unit: 'steps', source: A }),
  policing: share(0.4, { description: 'policing intensity at the border and inland', source: A }),
  irregularTarget: num(40, 0, Infinity, { description: 'tolerated irregular arrivals per step, per 100,000 migrants in the model', unit: 'migrants/step', source: A }),
  outreach: int(1, 0, 1000, { description: 'states invited to dialogue per step', unit: 'states/step', source: A }),
  returnSupport: share(0.3, { description: 'return cash and reintegration support (assisted voluntary return)', source: A }),
  diasporaProgramme: flag(true, { description: 'runs programmes that engage the diaspora as development partners', source: A }),
  pillarWeights: pillarWeightsSchema,
  trustedTraveller: trustedTravellerSchema.optional().meta({ description: 'a trusted-traveller programme, when the destination runs one' }),
  temporaryWork: temporaryWorkSchema.optional().meta({ description: 'a temporary work scheme for the migrants of its partners (the mobility pillar), when the destination runs one' }),
  projects: num(1, 0, 1000, { description: "projects (expert services) per step its joint declarations commit it to for each partner (the declaration's annex); the projects its experts deliver are set against it", unit: 'projects/step', source: 'Kunz: "The annex of the Joint Declarations contains the particular projects to be implemented" (seed text l. 593–594); value: assumption' }),
  scoreboard: scoreboardSchema,
});

export const stateSchema = z.strictObject({
  id: identifier.meta({ description: 'short identifier, e.g. an ISO 3166 alpha-3 code' }),
  name: text({ description: 'name of the state' }),
  roles: z
    .array(z.enum(ROLES, { error: (iss) => `expected one of ${ROLES.join(', ')}, got ${showValue(iss.input)}` }))
    .min(1, { error: 'expected at least one role' })
    .meta({ description: 'roles held: origin, transit, destination' }),
  source: text({ description: 'where the initial values come from (citations, or "assumption")' }),
  capacity: share(0.4, { description: 'administrative capacity K to implement migration policy', source: A }),
  willingness: share(0.4, { description: 'willingness to cooperate with the destination', source: A }),
  trust: share(0.3, { description: 'trust towards the destination and fellow forum members', source: A }),
  responsibilisation: share(0, { description: 'initial responsibilisation R (internalised partnership norms)', source: A }),
  sovereigntySensitivity: share(0.3, { description: 'sensitivity to interference in sovereign matters', source: A }),
  adoptionCost: share(0.3, { description: 'cost of adopting the demanded policies (remittance dependence, diaspora weight)', source: A }),
  aidDependence: share(0.3, { description: 'dependence on aid, raising sensitivity to public ranking', source: A }),
  noAgreementCost: share(0.2, { description: 'what the state loses without an agreement (access, aid, status)', source: A }),
  dataQuality: share(0.2, { description: 'quality of migration data, reducing monitoring noise', source: A }),
  emigrationRestriction: share(0, { description: "initial restriction on citizens' exit", source: A }),
  detentionCapacity: share(0, { description: 'initial detention capacity', source: A }),
  resistance: share(0, { description: 'initial domestic resistance to the partnership', source: A }),
  politicalBias: num(0, -0.5, 0.5, { description: "the monitor's political bias in favour (+) or against (-) the state", source: A }),
  emigrationPotential: num(1, 0, Infinity, { description: 'relative weight of the state in the migrant population', source: A }),
  diasporaShare: share(0.1, { description: 'share of its migrants already abroad and regular at the start', source: A }),
  status: oneOf(PARTNERSHIP_STATUSES, 'none', { description: 'partnership status at the start', source: A }),
  courtedBy: identifier.optional().meta({ description: 'the destination that courts the state (default: the first destination)' }),
  destination: destinationSchema.optional().meta({ description: 'destination attributes, required when the state holds the destination role' }),
});

export const expertSchema = z.strictObject({
  id: identifier,
  name: text({ description: 'name of the expert organisation' }),
  sponsor: identifier.meta({ description: 'the destination that funds it' }),
  mandate: text({ description: 'its formal mandate, in words (with its legal source)' }),
  mandateServices: z
    .array(z.enum(EXPERT_SERVICES, { error: (iss) => `expected one of ${EXPERT_SERVICES.join(', ')}, got ${showValue(iss.input)}` }))
    .optional()
    .meta({
      description:
        "the services its formal mandate covers; a service of its menu outside this list is delivered beyond the mandate (the indicator expert_beyond_mandate). Default: its whole menu, so that nothing counts as beyond the mandate",
      source: 'the organisation\'s founding act, as cited in `mandate`; Kunz: IOM\'s role "stands in a certain contrast to its quite narrow formal mandate" (seed text l. 724–726)',
    }),
  budget: num(6, 0, Infinity, { description: 'services it can deliver per step', unit: 'budget units/step', source: A }),
  services: z
    .array(z.enum(EXPERT_SERVICES, { error: (iss) => `expected one of ${EXPERT_SERVICES.join(', ')}, got ${showValue(iss.input)}` }))
    .min(1, { error: 'expected at least one service' }),
  authority: share(0.2, { description: 'initial authority', source: A }),
});

export const forumSchema = z.strictObject({
  id: identifier,
  name: text({ description: 'name of the forum or consultative process' }),
  convenor: identifier.meta({ description: 'the destination that convenes it' }),
  members: z.array(identifier).meta({ description: 'members at the start' }),
  applicants: z.array(identifier).default([]).meta({ description: 'states that ask to join and are admitted by the admission rule' }),
  experts: z.array(identifier).default([]).meta({ description: 'experts that serve as secretariat and codify standards' }),
  meetEvery: int(2, 1, 1000, { description: 'steps between meetings', unit: 'steps', source: A }),
  benchmarking: oneOf(BENCHMARKING_MODES, 'public', { description: 'whether members are ranked in a public table', source: A }),
  admission: oneOf(ADMISSION_RULES, 'open', { description: 'admission rule for applicants', source: A }),
  admissionThreshold: share(0.3, { description: 'institutions (as a share of the maximum) an applicant needs under "policy-in-place"', source: 'RCM observer rules; assumption' }),
});

export const routeSchema = z.strictObject({
  origin: identifier,
  via: z.array(identifier).default([]),
  destination: identifier,
});

export const generatorSchema = z.strictObject({
  states: int(60, 2, 100000, { description: 'number of origin and transit states to generate', source: A }),
  transitShare: share(0.3, { description: 'share of generated states that are also transit states', source: A }),
  forums: int(3, 0, 1000, { description: 'number of regional forums', source: A }),
  experts: int(2, 0, 1000, { description: 'number of expert organisations', source: A }),
  spread: share(0.25, { description: 'half-width of the uniform spread of state attributes around their means', source: A }),
  destination: destinationSchema.prefault({}),
});

export type StateSpec = z.output<typeof stateSchema>;
export type DestinationSpec = z.output<typeof destinationSchema>;
export type ExpertSpec = z.output<typeof expertSchema>;
export type ForumSpec = z.output<typeof forumSchema>;
export type RouteSpec = z.output<typeof routeSchema>;
export type GeneratorSpec = z.output<typeof generatorSchema>;
