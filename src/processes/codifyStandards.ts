/**
 * Submodel 7.6 of the ODD (docs/ODD.md), best-practice standards. Where a forum meets, its expert
 * secretariat codifies a standard package (curricula, handbooks), closing a share of
 * the gap to full best practice; members then imitate the best peer's practice, or the
 * codified package when it is higher, with a probability proportional to their
 * performance gap to the best peer and scaled by their capacity to absorb it
 * (proportional imitation), and by its trust in the forum's peers. Without a public
 * table peers see less: the probability halves. States imitate once per step at most.
 * Under the transfer variant an imitating state also moves its effort on each pillar
 * towards the imitated peer's by the same share (practice diffuses along forum ties).
 */
import { PILLARS } from '../domain/vocabulary.js';
import { clamp01, type World } from '../world/world.js';

export function codifyStandards(world: World): void {
  const p = world.params.standards;
  const rng = world.streams.codifyStandards;
  const draws = new Float64Array(world.states.length);
  for (const i of world.partners) draws[i] = rng.next();
  const imitated = new Uint8Array(world.states.length);
  for (const forum of world.forums) {
    if (!forum.metThisStep) continue;
    const members = forum.members.filter((m) => world.states[m].courtedBy >= 0 && world.states[m].attended);
    if (members.length === 0) continue;
    const secretariat = forum.experts.some((e) => world.experts[e].services.has('standards'));
    if (p.expertCodification && secretariat) forum.codified += p.codifyRate * (1 - forum.codified);
    let leader = members[0];
    for (const m of members) {
      if (world.states[m].observedPerformance > world.states[leader].observedPerformance) leader = m;
    }
    const bestPerformance = world.states[leader].observedPerformance;
    const target = Math.max(world.states[leader].standard, p.expertCodification ? forum.codified : 0);
    const visibility = forum.benchmarking === 'public' && world.params.monitoring.scoreboard === 'public' ? 1 : p.privateVisibility;
    for (const m of members) {
      const state = world.states[m];
      if (imitated[m] || state.standard >= target) continue;
      const gap = Math.max(0, bestPerformance - state.observedPerformance) + Math.max(0, target - state.standard) * p.standardGapWeight;
      const trusting = 1 - p.imitationTrust + p.imitationTrust * state.trust;
      const probability = clamp01(p.imitationRate * gap * state.capacity * visibility * trusting);
      if (draws[m] < probability) {
        state.standard += p.absorption * (target - state.standard);
        if (world.variant.imitateEffort && leader !== m) {
          const model = world.states[leader].effort;
          for (const pillar of PILLARS) state.effort[pillar] = clamp01(state.effort[pillar] + p.absorption * (model[pillar] - state.effort[pillar]));
        }
        imitated[m] = 1;
      }
    }
  }
}
