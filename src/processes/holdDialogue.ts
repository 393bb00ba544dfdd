/**
 * Submodel 7.1 of the ODD (docs/ODD.md), framing and dialogue (a technology of agency). Forums meet at their
 * frequency; members who attend gain trust and, through the "shared responsibility,
 * win-win-win" framing, willingness (damped by sovereignty sensitivity). Applicants are
 * admitted by the forum's rule: open, or the RCM's "policy in place" (institutions
 * above a threshold). A member with no partnership status enters dialogue.
 */
import { MAX_INSTITUTIONS, type World } from '../world/world.js';

export function holdDialogue(world: World): void {
  const { trustGain, framingGain, attendance, trustDecay } = world.params.dialogue;
  const rng = world.streams.holdDialogue;
  for (const forum of world.forums) {
    forum.metThisStep = world.step % forum.meetEvery === 0;
    // Admission is decided at every step so that draws do not depend on meeting dates.
    for (let k = forum.applicants.length - 1; k >= 0; k--) {
      const applicant = world.states[forum.applicants[k]];
      const ready = forum.admission === 'open' || applicant.institutions / MAX_INSTITUTIONS >= forum.admissionThreshold;
      if (ready && forum.metThisStep) {
        forum.members.push(applicant.index);
        forum.applicants.splice(k, 1);
      }
    }
    // One draw per state of the roster (members and applicants as first listed), member
    // or not: admitting an applicant earlier in one policy than in another shifts no
    // other state's draw (common random numbers).
    for (const m of forum.roster) {
      const attends = rng.next() < attendance;
      if (!forum.metThisStep || !attends || !forum.members.includes(m)) continue;
      const state = world.states[m];
      if (state.courtedBy < 0) continue;
      state.attended = true;
      state.trust += trustGain * (1 - state.trust);
      state.willingness += framingGain * (1 - state.sovereigntySensitivity) * (1 - state.willingness);
      if (state.status === 'none') {
        state.status = 'dialogue';
        state.statusSince = world.step;
      }
    }
  }
  for (const i of world.partners) {
    const state = world.states[i];
    if (!state.attended) state.trust -= trustDecay * state.trust;
  }
}
