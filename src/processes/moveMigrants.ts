/**
 * Submodel 7.11 of the ODD (docs/ODD.md), migrants. Every migrant draws two uniforms at every step,
 * whatever its status, so that policies run on one seed share their draws.
 *
 * - prospective: tries to leave with probability aspiration * (0.5 + own network);
 *   then picks stay, a regular channel
 *   (if its state of origin has slots this step: the quota, or a temporary work scheme's) or an irregular route by logit on
 *   utilities, the irregular one lowered by risk aversion times the probability of
 *   being stopped; risk aversion rises with the share of the state's migrants engaged
 *   by diaspora programmes, who inform new migrants. Exit controls stop some departures at home; the route is chosen by
 *   logit on its success probability, so routes shift when transit states tighten.
 *   A migrant with too few resources cannot pay for an irregular journey. A regular
 *   migrant takes a quota slot if one is left, else a temporary-work slot.
 * - in transit: meets one hurdle a step, each transit state on its route then the
 *   destination border; detection compounds along the route; detected migrants are
 *   returned (readmitted) to their state of origin.
 * - irregular: may be apprehended (policing) and returned if its state of origin
 *   readmits it, or choose assisted voluntary return: it weighs return with probability
 *   avrConsider and returns with probability logistic(b0 + bs * support + bi * informed
 *   + bh * prospects), the destination's return support, the share of its origin's
 *   migrants engaged by the diaspora, and its origin's development-pillar effort.
 * - regular: may return (circular migration; a temporary worker with hazard
 *   1/duration, return built in), be inspected when it crosses the border (a trusted
 *   traveller less often) and refused entry, join a diaspora programme as a
 *   development partner, or enrol as a trusted traveller when time saved beats fee and
 *   privacy cost and its own record is clean.
 * - returned: may become prospective again.
 * An irregular stay, a detection or apprehension, or a refusal of entry goes on the
 * migrant's record for good. Back home, a migrant leaves its programmes (diaspora,
 * trusted traveller, temporary work). Migrants are conserved: each one is in exactly
 * one status at each step.
 */
import { MigrantStatusCode as S } from '../domain/vocabulary.js';
import { MigrantFlag, PROGRAMME_FLAGS } from '../world/migrants.js';
import { clamp01, logistic, type DestinationAgent, type World } from '../world/world.js';

interface OriginPlan {
  tryRate: number;
  regular: number;
  irregular: number;
  exit: number;
  /** cumulative route probabilities */
  routes: Float64Array;
  readmission: number;
  diaspora: number;
  /** the part of the logit of assisted voluntary return that the state of origin sets */
  returnLogit: number;
}

function detection(world: World, state: number): number {
  const s = world.states[state];
  const base = world.params.migrants.transitDetentionBase;
  return world.params.migrants.transitDetection * s.effort.border * (base + (1 - base) * s.detentionCapacity);
}

function borderDetection(world: World, d: number): number {
  const dest = world.states[d].destination;
  return dest ? world.params.migrants.borderDetection * dest.policing : 0;
}

function planOrigin(world: World, o: number): OriginPlan {
  const p = world.params.migrants;
  const state = world.states[o];
  const routes = world.routesByOrigin[o];
  const exit = p.exitDetection * state.emigrationRestriction;
  const stop = routes.map((r) => {
    let pass = 1 - exit;
    for (const t of r.via) pass *= 1 - detection(world, t);
    return 1 - pass * (1 - borderDetection(world, r.destination));
  });
  // Migrants informed by an engaged diaspora weigh the risks of irregular routes more.
  const informed = state.migrantsOf > 0 ? state.diasporaEngaged / state.migrantsOf : 0;
  const riskAversion = p.riskAversion * (1 + p.networkEffect * informed);
  const weights = stop.map((x) => Math.exp(-riskAversion * x));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = new Float64Array(routes.length);
  let acc = 0;
  let expectedStop = 0;
  weights.forEach((w, k) => {
    acc += w / total;
    cumulative[k] = acc;
    expectedStop += (w / total) * stop[k];
  });
  cumulative[routes.length - 1] = 1;
  const home = world.states[routes[0].destination].destination as DestinationAgent | null;
  const visa = state.visaFacilitated && state.status === 'partner' && home ? home.spec.visaFacilitation : 0;
  const eRegular = state.slots + state.temporarySlots > 0 ? Math.exp(p.regularUtility + visa) : 0;
  const eIrregular = Math.exp(p.irregularUtility - riskAversion * expectedStop);
  const denominator = 1 + eRegular + eIrregular;
  const engagedStatus = state.status === 'partner' || state.status === 'agenda';
  const programme = home?.spec.diasporaProgramme && engagedStatus && !world.incentivesStopped ? 1 : 0;
  return {
    tryRate: p.aspiration,
    regular: eRegular / denominator,
    irregular: eIrregular / denominator,
    exit,
    routes: cumulative,
    readmission: clamp01(p.readmissionBase + p.readmissionEffort * state.effort.border * (state.status === 'partner' ? 1 : p.readmissionNonPartner)),
    diaspora: p.diasporaEngagement * state.effort.development * programme,
    returnLogit: p.avrIntercept + p.avrInformationWeight * informed + p.avrProspectsWeight * state.effort.development,
  };
}

/** The per-state arrays of one step of `moveMigrants`. */
interface MoveScratch {
  tryRate: Float64Array;
  regular: Float64Array;
  leaving: Float64Array;
  exit: Float64Array;
  readmission: Float64Array;
  engage: Float64Array;
  enrol: Float64Array;
  hurdle: Float64Array;
  apprehension: Float64Array;
  /** probability of assisted voluntary return by origin (rows) and destination (columns, in world.destinations order) */
  voluntary: Float64Array;
  /** column of each state in `voluntary` (-1 for a state that is not a destination) */
  destinationColumn: Int32Array;
  /** return hazard of a temporary worker at each destination */
  temporaryReturn: Float64Array;
  /** inspection probability of a regular migrant at each destination, and of a trusted traveller */
  check: Float64Array;
  checkTrusted: Float64Array;
  slots: Int32Array;
  temporarySlots: Int32Array;
  readmissions: Int32Array;
  regularAbroad: Int32Array;
  irregularAbroad: Int32Array;
  diaspora: Int32Array;
  trusted: Int32Array;
  regularArrivals: Int32Array;
  voluntaryReturns: Int32Array;
  temporary: Int32Array;
}

const scratches = new WeakMap<World, MoveScratch>();

/** The world's scratch arrays, allocated at its first step and zeroed at every step. */
function scratchOf(world: World): MoveScratch {
  let scratch = scratches.get(world);
  if (!scratch) {
    const n = world.states.length;
    const f = () => new Float64Array(n);
    const i = () => new Int32Array(n);
    scratch = {
      tryRate: f(), regular: f(), leaving: f(), exit: f(), readmission: f(), engage: f(), enrol: f(), hurdle: f(), apprehension: f(),
      voluntary: new Float64Array(n * Math.max(1, world.destinations.length)), destinationColumn: i(), temporaryReturn: f(), check: f(), checkTrusted: f(),
      slots: i(), temporarySlots: i(), readmissions: i(), regularAbroad: i(), irregularAbroad: i(), diaspora: i(), trusted: i(), regularArrivals: i(), voluntaryReturns: i(), temporary: i(),
    };
    scratches.set(world, scratch);
  } else {
    for (const array of Object.values(scratch)) array.fill(0);
  }
  return scratch;
}

export function moveMigrants(world: World): void {
  const p = world.params.migrants;
  const rng = world.streams.moveMigrants.next;
  const { origin, location, status, route, leg, flags, resources, network, size } = world.migrants;
  const states = world.states;
  const n = states.length;
  // Per-state quantities of this step, in typed arrays for the per-migrant loop: the
  // world's scratch arrays, zeroed, so a step allocates none.
  const scratch = scratchOf(world);
  const { tryRate, regular, leaving, exit, readmission, engage, enrol, hurdle, apprehension, voluntary, destinationColumn, temporaryReturn, check, checkTrusted } = scratch;
  const { slots, temporarySlots, readmissions, regularAbroad, irregularAbroad, diaspora, trusted: trustedOf, regularArrivals, voluntaryReturns, temporary: temporaryOf } = scratch;
  const columns = world.destinations.length;
  destinationColumn.fill(-1);
  world.destinations.forEach((d, c) => (destinationColumn[d] = c));
  const routeChoice: Float64Array[] = [];
  for (let o = 0; o < n; o++) {
    const s = states[o];
    if (!s.isOrigin) continue;
    const base = s.courtedBy >= 0 ? (states[s.courtedBy].destination?.spec.baseQuota ?? 0) * world.scale : 0;
    s.slotCarry += base;
    s.slots = Math.floor(s.slotCarry);
    s.slotCarry -= s.slots;
    s.temporarySlots = Math.floor(s.temporaryCarry);
    s.temporaryCarry -= s.temporarySlots;
    const plan = planOrigin(world, o);
    tryRate[o] = plan.tryRate;
    regular[o] = plan.regular;
    leaving[o] = plan.regular + plan.irregular;
    exit[o] = plan.exit;
    readmission[o] = plan.readmission;
    engage[o] = plan.diaspora;
    routeChoice[o] = plan.routes;
    // Assisted voluntary return, a choice: weighed with probability avrConsider, taken by logit.
    world.destinations.forEach((d, c) => {
      const support = world.incentivesStopped ? 0 : (states[d].destination as DestinationAgent).spec.returnSupport;
      voluntary[o * columns + c] = p.avrConsider * logistic(plan.returnLogit + p.avrSupportWeight * support);
    });
  }
  for (let i = 0; i < n; i++) {
    const dest = states[i].destination;
    hurdle[i] = dest ? borderDetection(world, i) : states[i].isTransit ? detection(world, i) : 0;
    apprehension[i] = dest ? p.apprehension * dest.policing : 0;
    // Trusted-traveller enrolment is open where the destination runs a programme worth its cost.
    const tt = dest?.spec.trustedTraveller;
    enrol[i] = 1 - (tt && tt.timeSaved > tt.fee + tt.privacyCost ? p.trustedEnrolment : 0);
    const inspection = dest ? p.borderCrossing * p.borderCheck * dest.policing : 0;
    check[i] = inspection;
    checkTrusted[i] = inspection * (1 - (tt?.clearance ?? 0));
    const scheme = dest?.spec.temporaryWork;
    temporaryReturn[i] = scheme ? 1 / scheme.duration : 0;
  }
  for (let i = 0; i < n; i++) {
    slots[i] = states[i].slots;
    temporarySlots[i] = states[i].temporarySlots;
  }
  const counts = [0, 0, 0, 0, 0];
  let trusted = 0;
  let temporary = 0;
  const t = world.tallies;
  const routes = world.routesByOrigin;
  const circular = p.circularReturn;
  const remigration = p.remigration;
  const refusal = p.refusalOnCheck;

  for (let m = 0; m < size; m++) {
    const u1 = rng();
    const u2 = rng();
    const o = origin[m];
    switch (status[m]) {
      case S.prospective: {
        const attempt = tryRate[o] * (p.attemptBase + network[m]);
        if (u1 >= attempt) {
          // Most migrants stay at home this step: counted here, they skip the tallies below
          // (a prospective migrant is in no programme: those flags are cleared when it comes home).
          counts[S.prospective]++;
          continue;
        }
        const v = u1 / attempt;
        if (v < regular[o]) {
          if (slots[o] > 0 || temporarySlots[o] > 0) {
            if (slots[o] > 0) slots[o]--;
            else {
              temporarySlots[o]--;
              flags[m] |= MigrantFlag.temporary;
            }
            status[m] = S.regular;
            location[m] = routes[o][0].destination;
            t.regularArrivals++;
            regularArrivals[o]++;
          }
        } else if (v < leaving[o] && resources[m] >= p.journeyCost) {
          const e = exit[o];
          if (u2 < e) {
            t.exitsBlocked++;
            break;
          }
          const w = (u2 - e) / (1 - e);
          const cumulative = routeChoice[o];
          let r = 0;
          while (w >= cumulative[r]) r++;
          status[m] = S.in_transit;
          route[m] = r;
          leg[m] = 0;
          const via = routes[o][r].via;
          location[m] = via.length > 0 ? via[0] : routes[o][r].destination;
        }
        break;
      }
      case S.in_transit: {
        const here = location[m];
        if (u1 < hurdle[here]) {
          status[m] = S.returned;
          location[m] = o;
          flags[m] |= MigrantFlag.record;
          readmissions[o]++;
          t.returnsForced++;
          break;
        }
        const path = routes[o][route[m]];
        const next = leg[m] + 1;
        if (next > path.via.length) {
          status[m] = S.irregular;
          flags[m] |= MigrantFlag.record;
          t.irregularArrivals++;
          t.irregularArrivalsAt[path.destination]++;
        } else {
          leg[m] = next;
          location[m] = next < path.via.length ? path.via[next] : path.destination;
        }
        break;
      }
      case S.irregular: {
        const here = location[m];
        const a = apprehension[here];
        const column = destinationColumn[here];
        if (u1 < a) {
          flags[m] |= MigrantFlag.record;
          if (u2 < readmission[o]) {
            status[m] = S.returned;
            location[m] = o;
            readmissions[o]++;
            t.returnsForced++;
          }
        } else if (column >= 0 && u1 < a + voluntary[o * columns + column]) {
          status[m] = S.returned;
          location[m] = o;
          t.returnsVoluntary++;
          voluntaryReturns[o]++;
        }
        break;
      }
      case S.regular: {
        const here = location[m];
        const f = flags[m];
        const leave = f & MigrantFlag.temporary ? Math.max(circular, temporaryReturn[here]) : circular;
        if (u1 < leave) {
          status[m] = S.returned;
          location[m] = o;
          // back home, a migrant leaves its programmes (diaspora, trusted traveller, temporary work)
          flags[m] &= ~PROGRAMME_FLAGS;
        } else if (u1 < leave + (f & MigrantFlag.trusted ? checkTrusted[here] : check[here])) {
          // inspected at a border crossing: a pre-cleared trusted traveller is inspected less often
          t.borderChecks++;
          if (u2 < refusal) {
            status[m] = S.returned;
            location[m] = o;
            flags[m] = (f & ~PROGRAMME_FLAGS) | MigrantFlag.record;
            t.refusedEntry++;
          }
        } else if (u2 < engage[o] && !(f & MigrantFlag.diaspora)) {
          flags[m] |= MigrantFlag.diaspora;
        } else if (u2 >= enrol[here] && !(f & (MigrantFlag.trusted | MigrantFlag.record))) {
          flags[m] |= MigrantFlag.trusted;
        }
        break;
      }
      case S.returned: {
        if (u1 < remigration) {
          status[m] = S.prospective;
          flags[m] &= ~PROGRAMME_FLAGS;
        }
        break;
      }
      default:
        throw new Error(`migrant ${m} has an invalid status code ${status[m]}`);
    }
    const now = status[m];
    counts[now]++;
    if (now === S.regular) regularAbroad[o]++;
    else if (now === S.irregular || now === S.in_transit) irregularAbroad[o]++;
    const f = flags[m];
    if (f & MigrantFlag.diaspora) diaspora[o]++;
    if (f & MigrantFlag.trusted) {
      trusted++;
      trustedOf[o]++;
    }
    if (f & MigrantFlag.temporary) {
      temporary++;
      temporaryOf[o]++;
    }
  }
  let engaged = 0;
  for (let i = 0; i < n; i++) {
    const s = states[i];
    s.readmissions = readmissions[i];
    s.regularAbroad = regularAbroad[i];
    s.irregularAbroad = irregularAbroad[i];
    s.diasporaEngaged = diaspora[i];
    s.trustedOf = trustedOf[i];
    s.regularArrivalsOf = regularArrivals[i];
    s.voluntaryReturnsOf = voluntaryReturns[i];
    s.temporaryOf = temporaryOf[i];
    engaged += diaspora[i];
  }
  t.migrantCounts = { step: world.step, counts, diaspora: engaged, trusted, temporary };
}
