/**
 * Submodel 7.5 of the ODD (docs/ODD.md), benchmarking (a technology of performance). Each forum with
 * public benchmarking, and each destination's public scoreboard of its partners and
 * candidates, ranks its peer group on observed performance. Ranks are cut into four
 * grades, as in the US Trafficking in Persons report: good practice (the top quarter,
 * the "good students"), second tier, watch list, bottom tier. A state reacts to its
 * grade with the probability observed by Kelley and Simmons (13%, 17%, 37%, 51%),
 * scaled by the ratio of reactions after a downgrade to reactions at an unchanged
 * grade (36% against 21%) and raised by aid dependence; a reaction adds pressure,
 * more the further the state is below its aspired rank. Pressure decays. The two
 * lowest grades of a public table shame the state (feeding resistance); good practice
 * raises its reputation.
 */
import { clamp01, isEngaged, type StateAgent, type World } from '../world/world.js';

/** Grade 1..4 of rank r (1 = best) in a group of n. */
export function gradeOf(rank: number, n: number): number {
  return Math.min(4, 1 + Math.floor((4 * (rank - 1)) / n));
}

/** A peer group ranked in public: its name (a forum's id, or `scoreboard-<destination>`) and members. */
export interface PeerGroup {
  name: string;
  members: number[];
}

/** The peer groups ranked in public this step: forums with public benchmarking, and scoreboards. */
export function peerGroups(world: World): PeerGroup[] {
  if (world.params.monitoring.scoreboard !== 'public') return [];
  const groups: PeerGroup[] = [];
  for (const forum of world.forums) {
    if (forum.benchmarking !== 'public') continue;
    const members = forum.members.filter((m) => world.states[m].courtedBy >= 0);
    if (members.length >= 2) groups.push({ name: forum.id, members });
  }
  for (const d of world.destinations) {
    const scoreboard = world.partners.filter((i) => {
      const s = world.states[i];
      return s.courtedBy === d && (s.status === 'partner' || s.status === 'candidate' || s.status === 'agenda');
    });
    if (scoreboard.length >= 2) groups.push({ name: `scoreboard-${world.states[d].id}`, members: scoreboard });
  }
  return groups;
}

export function rankPeers(world: World): void {
  const p = world.params.benchmarking;
  const rng = world.streams.rankPeers;
  const reaction = [0, p.reactionTop, p.reactionSecond, p.reactionWatch, p.reactionBottom];
  const best = new Map<StateAgent, { rank: number; share: number; grade: number; gap: number; group: string }>();
  for (const { name, members } of peerGroups(world)) {
    const sorted = [...members].sort((a, b) => world.states[b].observedPerformance - world.states[a].observedPerformance || a - b);
    const n = sorted.length;
    const aspired = Math.max(1, Math.ceil(p.aspiredRank * n));
    sorted.forEach((index, k) => {
      const state = world.states[index];
      const rank = k + 1;
      const current = best.get(state);
      // The best relative placement across the state's peer groups.
      if (!current || rank / n < current.share) {
        best.set(state, { rank, share: rank / n, grade: gradeOf(rank, n), gap: Math.max(0, rank - aspired) / n, group: name });
      }
    });
  }
  for (const i of world.partners) {
    const state = world.states[i];
    const draw = rng.next();
    state.pressure -= p.pressureDecay * state.pressure;
    const placed = best.get(state);
    if (!placed) {
      state.rank = 0;
      state.grade = 0;
      state.peerGroup = '';
      continue;
    }
    const previous = state.grade;
    const downgraded = previous > 0 && placed.grade > previous;
    const factor = downgraded && p.reactionUnchanged > 0 ? p.reactionDowngraded / p.reactionUnchanged : 1;
    const probability = clamp01(reaction[placed.grade] * factor * (1 + p.aidSensitivity * (state.aidDependence - 0.5)));
    if (draw < probability) state.pressure = clamp01(state.pressure + p.pressureGain * (1 + p.gapWeight * placed.gap));
    state.rank = placed.rank;
    state.grade = placed.grade;
    state.peerGroup = placed.group;
    state.ranked = true;
    if (placed.grade >= 3) state.shamed = true;
    if (placed.grade === 1 && isEngaged(state.status)) {
      state.beliefMean = clamp01(state.beliefMean + p.goodPracticeBonus);
    }
  }
}
