/**
 * Benchmarking, a technology of performance (docs/ODD.md §7.5). Reports are published
 * at a cadence: a forum with public benchmarking ranks its members at each meeting (a
 * plan of action's peer review, a relative league), a destination's public scoreboard
 * every `scoreboard.every` steps (annual for the US Trafficking in Persons report).
 * A scoreboard grades either relatively (its states' ranking cut into quarters) or on
 * criteria (absolute cut-points of observed performance, as TIP tiers are), or not at
 * all (`none`: the EU's Mobility Partnership scoreboards list initiatives). A state
 * keeps the grade of its last report until the next one.
 *
 * A state graded in a report reacts with a probability per report that reproduces the
 * Kelley and Simmons marginal rates by grade (13%, 17%, 37%, 51%): the rates include
 * downgraded states, so within each grade the report's downgraded states react
 * `downgradeRatio` times as often as the others, at rates whose mean over the grade is
 * the marginal rate (the ratio is calibrated so that 36% of downgrades and 21% of
 * unchanged ratings are followed by a reaction on a TIP-like world). Aid dependence raises the
 * probability. A reaction adds pressure, more the further the state is below its
 * aspired placement, and is a law (one level of institutions) with probability
 * `reactionLegislation`. Pressure decays every step. While a state holds a grade in a
 * public table it counts as ranked; the two lowest grades shame it (feeding
 * resistance) and good practice raises its reputation. After a full withdrawal no
 * report is published and grades lapse; pressure goes on decaying.
 */
import { clamp01, isEngaged, MAX_INSTITUTIONS, type StateAgent, type World } from '../world/world.js';

/** Grade 1..4 of rank r (1 = best) in a group of n: quarters of the ranking. */
export function gradeOf(rank: number, n: number): number {
  return Math.min(4, 1 + Math.floor((4 * (rank - 1)) / n));
}

/** Grade 1..4 of observed performance y on criteria: cut-points from highest (tier 1) to lowest (watch list). */
export function criterionGrade(y: number, cutPoints: readonly number[]): number {
  for (let g = 0; g < cutPoints.length; g++) if (y >= cutPoints[g]) return g + 1;
  return cutPoints.length + 1;
}

/**
 * Per-report reaction probabilities of the states at one grade, consistent with the
 * grade's marginal rate p: with a share δ of them downgraded in this report and a
 * ratio ρ of downgraded to other reactions, the others react at p / (1 + δ(ρ − 1))
 * and the downgraded at ρ times that (at most 1), so the grade's mean rate is p.
 */
export function conditionalReaction(p: number, downgradedShare: number, ratio: number): { unchanged: number; downgraded: number } {
  const unchanged = p / (1 + downgradedShare * (ratio - 1));
  return { unchanged, downgraded: Math.min(1, ratio * unchanged) };
}

/** A public report: its table's name (a forum's id, or `scoreboard-<destination>`), members and grading. */
export interface PeerGroup {
  name: string;
  members: number[];
  grading: 'relative' | 'criterion';
  cutPoints: readonly number[];
}

/** The public tables published this step: forums with public benchmarking that meet, and scoreboards on their report steps. */
export function peerGroups(world: World): PeerGroup[] {
  if (world.params.monitoring.scoreboard !== 'public') return [];
  const groups: PeerGroup[] = [];
  for (const forum of world.forums) {
    if (forum.benchmarking !== 'public' || !forum.metThisStep) continue;
    const members = forum.members.filter((m) => world.states[m].courtedBy >= 0);
    if (members.length >= 2) groups.push({ name: forum.id, members, grading: 'relative', cutPoints: [] });
  }
  for (const d of world.destinations) {
    const board = world.states[d].destination?.spec.scoreboard;
    if (!board || board.grading === 'none' || world.step % board.every !== 0) continue;
    const members = world.partners.filter((i) => {
      const s = world.states[i];
      return s.courtedBy === d && (board.scope === 'courted' || s.status === 'partner' || s.status === 'candidate' || s.status === 'agenda');
    });
    if (members.length >= (board.grading === 'relative' ? 2 : 1)) {
      groups.push({ name: `scoreboard-${world.states[d].id}`, members, grading: board.grading, cutPoints: board.cutPoints });
    }
  }
  return groups;
}

interface Placement {
  rank: number;
  share: number;
  grade: number;
  gap: number;
  group: string;
}

/** Each state's best placement over this step's reports: the lowest grade, then the best relative rank. */
function placements(world: World, groups: readonly PeerGroup[]): Map<StateAgent, Placement> {
  const p = world.params.benchmarking;
  const best = new Map<StateAgent, Placement>();
  for (const { name, members, grading, cutPoints } of groups) {
    const sorted = [...members].sort((a, b) => world.states[b].observedPerformance - world.states[a].observedPerformance || a - b);
    const n = sorted.length;
    const aspired = Math.max(1, Math.ceil(p.aspiredRank * n));
    sorted.forEach((index, k) => {
      const state = world.states[index];
      const rank = k + 1;
      const relative = grading === 'relative';
      const grade = relative ? gradeOf(rank, n) : criterionGrade(state.observedPerformance, cutPoints);
      // the distance below the aspired placement: in ranks (as a share of n), or below the top tier's cut-point
      const gap = relative ? Math.max(0, rank - aspired) / n : Math.max(0, cutPoints[0] - state.observedPerformance);
      const current = best.get(state);
      if (!current || grade < current.grade || (grade === current.grade && rank / n < current.share)) {
        best.set(state, { rank, share: rank / n, grade, gap, group: name });
      }
    });
  }
  return best;
}

export function rankPeers(world: World): void {
  const p = world.params.benchmarking;
  const rng = world.streams.rankPeers;
  const marginal = [0, p.reactionTop, p.reactionSecond, p.reactionWatch, p.reactionBottom];
  const ratio = p.downgradeRatio;
  const groups = world.technologiesStopped ? [] : peerGroups(world);
  const reported = new Set(groups.map((g) => g.name));
  const best = placements(world, groups);
  // The composition of this step's reports: how many at each grade, how many of them downgraded.
  const graded = [0, 0, 0, 0, 0];
  const downgradedAt = [0, 0, 0, 0, 0];
  for (const [state, placed] of best) {
    graded[placed.grade] += 1;
    if (state.grade > 0 && placed.grade > state.grade) downgradedAt[placed.grade] += 1;
  }
  const tables = world.params.monitoring.scoreboard === 'public' && !world.technologiesStopped;
  for (const i of world.partners) {
    const state = world.states[i];
    // two draws per state and step, whatever happens (common random numbers)
    const draw = rng.next();
    const lawDraw = rng.next();
    state.pressure -= p.pressureDecay * state.pressure;
    const placed = best.get(state);
    if (placed) {
      const downgraded = state.grade > 0 && placed.grade > state.grade;
      const rates = conditionalReaction(marginal[placed.grade], downgradedAt[placed.grade] / graded[placed.grade], ratio);
      const probability = clamp01((downgraded ? rates.downgraded : rates.unchanged) * (1 + p.aidSensitivity * (state.aidDependence - 0.5)));
      state.reported = true;
      if (draw < probability) {
        state.reacted = true;
        state.pressure = clamp01(state.pressure + p.pressureGain * (1 + p.gapWeight * placed.gap));
        if (lawDraw < p.reactionLegislation) state.institutions = Math.min(MAX_INSTITUTIONS, state.institutions + 1);
      }
      state.rank = placed.rank;
      state.grade = placed.grade;
      state.peerGroup = placed.group;
    } else if (!tables || reported.has(state.peerGroup)) {
      // dropped from the table it was graded in (or no public tables at all)
      state.rank = 0;
      state.grade = 0;
      state.peerGroup = '';
    }
    if (state.grade > 0) {
      state.ranked = true;
      if (state.grade >= 3) state.shamed = true;
      if (state.grade === 1 && isEngaged(state.status)) state.beliefMean = clamp01(state.beliefMean + p.goodPracticeBonus);
    }
  }
}
