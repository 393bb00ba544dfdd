/**
 * Framing and dialogue, a technology of agency (docs/ODD.md §7.1). Forums meet at
 * their frequency; a member attends with a probability that rises with its trust;
 * members who attend gain trust and, through the "shared responsibility,
 * win-win-win" framing, willingness (damped by sovereignty sensitivity); a member that
 * misses a meeting (and attends no other that step) loses trust. Applicants are
 * admitted by the forum's rule: open, or the RCM's "policy in place" (institutions
 * above a threshold). A member with no partnership status enters dialogue. A forum meets
 * only while convened (the calendar launches and suspends forums and adds members). The
 * framing persuades only where the model variant says so (not under incentives), and
 * after a full withdrawal no forum meets.
 */
import { MAX_INSTITUTIONS, type World } from '../world/world.js';

export function holdDialogue(world: World): void {
  const { trustGain, framingGain, attendance, attendanceTrust, trustDecay } = world.params.dialogue;
  const rng = world.streams.holdDialogue;
  /** courted members of a forum that met this step and that they did not attend */
  const missed = new Set<number>();
  for (const forum of world.forums) {
    forum.metThisStep = forum.convened && !world.technologiesStopped && world.step % forum.meetEvery === 0;
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
    for (const m of forum.roster) meet(forum, m, rng.next());
  }
  // States that the calendar adds during the run draw after every listed member, so that
  // a calendar that adds members shifts no listed member's draw.
  for (const forum of world.forums) for (const m of forum.lateRoster) meet(forum, m, rng.next());

  function meet(forum: World['forums'][number], m: number, draw: number): void {
    if (!forum.metThisStep || !forum.members.includes(m)) return;
    const state = world.states[m];
    if (state.courtedBy < 0) return;
    if (draw >= attendance * (1 - attendanceTrust + attendanceTrust * state.trust)) {
      missed.add(m);
      return;
    }
    state.attended = true;
    state.trust += trustGain * (1 - state.trust);
    if (world.variant.framing) state.willingness += framingGain * (1 - state.sovereigntySensitivity) * (1 - state.willingness);
    if (state.status === 'none') {
      state.status = 'dialogue';
      state.statusSince = world.step;
    }
  }
  // A member that missed a meeting loses trust once this step, unless it attended
  // another forum's meeting; a state in no forum keeps its trust.
  for (const i of [...missed].sort((a, b) => a - b)) {
    const state = world.states[i];
    if (!state.attended) state.trust -= trustDecay * state.trust;
  }
}
