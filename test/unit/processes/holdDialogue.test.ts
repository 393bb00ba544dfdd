import { describe, expect, it } from 'vitest';
import { holdDialogue } from '../../../src/processes/holdDialogue.js';
import { MAX_INSTITUTIONS } from '../../../src/world/world.js';
import { forumOf, makeWorld, stateOf, type TestWorldSpec } from '../../helpers/world.js';

const dialogue = (over: Partial<{ attendance: number; attendanceTrust: number; trustGain: number; framingGain: number; trustDecay: number }> = {}) => ({
  dialogue: { attendance: 1, attendanceTrust: 0, trustGain: 0.1, framingGain: 0.2, trustDecay: 0.05, ...over },
});

/** Two members of a forum meeting every `meetEvery` steps, and one outsider. */
function forumWorld(meetEvery = 1, params = dialogue()): TestWorldSpec {
  return {
    states: [
      { id: 'MEM', trust: 0.4, willingness: 0.3, sovereigntySensitivity: 0.5, status: 'none' },
      { id: 'CAN', trust: 0.4, willingness: 0.3, sovereigntySensitivity: 0.5, status: 'candidate' },
      { id: 'OUT', trust: 0.4, willingness: 0.3, sovereigntySensitivity: 0.5, status: 'none' },
    ],
    forums: [{ id: 'F', members: ['MEM', 'CAN'], meetEvery }],
    params,
  };
}

describe('holdDialogue', () => {
  it('raises trust and willingness of attending members, by the stated shares of their gaps', () => {
    const world = makeWorld(forumWorld());
    world.step = 0;
    holdDialogue(world);
    const mem = stateOf(world, 'MEM');
    // trust += 0.1 * (1 - 0.4); willingness += 0.2 * (1 - 0.5) * (1 - 0.3)
    expect(mem.trust).toBeCloseTo(0.4 + 0.1 * 0.6, 12);
    expect(mem.willingness).toBeCloseTo(0.3 + 0.2 * 0.5 * 0.7, 12);
    expect(mem.attended).toBe(true);
  });

  it('leaves outsiders untouched: a state in no forum keeps its trust (ODD §7.1)', () => {
    const world = makeWorld(forumWorld());
    for (let t = 0; t < 10; t++) {
      world.step = t;
      holdDialogue(world);
    }
    const out = stateOf(world, 'OUT');
    expect(out.attended).toBe(false);
    expect(out.willingness).toBe(0.3);
    expect(out.trust).toBe(0.4);
    expect(out.status).toBe('none');
  });

  it('takes trust from a member at each meeting it misses, once a step, and from no one between meetings', () => {
    const world = makeWorld(forumWorld(3, dialogue({ attendance: 0 })));
    world.step = 1; // no meeting
    holdDialogue(world);
    expect(stateOf(world, 'MEM').trust).toBe(0.4);
    world.step = 3; // a meeting, missed
    holdDialogue(world);
    expect(stateOf(world, 'MEM').trust).toBeCloseTo(0.4 * 0.95, 12);
    expect(stateOf(world, 'OUT').trust).toBe(0.4);
  });

  it('takes no trust from a member that misses one forum but attends another the same step', () => {
    const world = makeWorld({
      states: [{ id: 'MEM', trust: 0.4 }],
      forums: [
        { id: 'F', members: ['MEM'], meetEvery: 1 },
        { id: 'G', members: ['MEM'], meetEvery: 1 },
      ],
      params: dialogue({ attendance: 0.5, trustGain: 0 }),
    });
    let both = 0;
    for (let t = 0; t < 400; t++) {
      world.step = t;
      const before = stateOf(world, 'MEM').trust;
      stateOf(world, 'MEM').attended = false;
      holdDialogue(world);
      const after = stateOf(world, 'MEM').trust;
      // trust gain 0: attending leaves trust as it is, missing every meeting lowers it
      if (stateOf(world, 'MEM').attended) expect(after).toBe(before);
      else {
        expect(after).toBeCloseTo(before * 0.95, 12);
        both++;
      }
    }
    // P(miss both) = 0.25
    expect(both / 400).toBeGreaterThan(0.17);
    expect(both / 400).toBeLessThan(0.33);
  });

  it('makes attendance rise with trust: attendance·(1 − a + a·T)', () => {
    const rate = (trust: number) => {
      const world = makeWorld({
        states: [{ id: 'MEM', trust }],
        forums: [{ id: 'F', members: ['MEM'], meetEvery: 1 }],
        params: dialogue({ attendance: 0.9, attendanceTrust: 0.5, trustGain: 0, trustDecay: 0 }),
      });
      let attended = 0;
      for (let t = 0; t < 4000; t++) {
        world.step = t;
        stateOf(world, 'MEM').attended = false;
        holdDialogue(world);
        if (stateOf(world, 'MEM').attended) attended++;
      }
      return attended / 4000;
    };
    // expected 0.9·(0.5 + 0.5·T): 0.54 at T = 0.2, 0.81 at T = 0.8 (4,000 draws: SE about 0.008)
    expect(rate(0.2)).toBeGreaterThan(0.51);
    expect(rate(0.2)).toBeLessThan(0.57);
    expect(rate(0.8)).toBeGreaterThan(0.78);
    expect(rate(0.8)).toBeLessThan(0.84);
  });

  it('does nothing for members when the forum does not meet this step', () => {
    const world = makeWorld(forumWorld(3));
    world.step = 1; // 1 % 3 !== 0
    holdDialogue(world);
    const mem = stateOf(world, 'MEM');
    expect(forumOf(world, 'F').metThisStep).toBe(false);
    expect(mem.attended).toBe(false);
    expect(mem.willingness).toBe(0.3);
    expect(mem.trust).toBe(0.4);
    expect(mem.status).toBe('none');
    world.step = 3;
    holdDialogue(world);
    expect(forumOf(world, 'F').metThisStep).toBe(true);
    expect(mem.attended).toBe(true);
  });

  it('gives nothing to members who do not attend (attendance 0)', () => {
    const world = makeWorld(forumWorld(1, dialogue({ attendance: 0 })));
    holdDialogue(world);
    const mem = stateOf(world, 'MEM');
    expect(mem.attended).toBe(false);
    expect(mem.willingness).toBe(0.3);
    expect(mem.status).toBe('none');
  });

  it('attendance is a probability: about 60% of member-meetings are attended at attendance 0.6', () => {
    const world = makeWorld(forumWorld(1, dialogue({ attendance: 0.6 })));
    let attended = 0;
    const n = 3000;
    for (let t = 0; t < n; t++) {
      world.step = t;
      holdDialogue(world);
      if (stateOf(world, 'MEM').attended) attended++;
      stateOf(world, 'MEM').attended = false;
    }
    expect(attended / n).toBeGreaterThan(0.56);
    expect(attended / n).toBeLessThan(0.64);
  });

  it('framing does not move a fully sovereignty-sensitive state', () => {
    const world = makeWorld({
      states: [{ id: 'SOV', willingness: 0.3, sovereigntySensitivity: 1 }],
      forums: [{ id: 'F', members: ['SOV'] }],
      params: dialogue(),
    });
    holdDialogue(world);
    expect(stateOf(world, 'SOV').willingness).toBe(0.3);
    expect(stateOf(world, 'SOV').trust).toBeGreaterThan(0.5);
  });

  it("moves a 'none' member into 'dialogue' and leaves other statuses alone", () => {
    const world = makeWorld(forumWorld());
    world.step = 0;
    holdDialogue(world);
    expect(stateOf(world, 'MEM').status).toBe('dialogue');
    expect(stateOf(world, 'MEM').statusSince).toBe(0);
    expect(stateOf(world, 'CAN').status).toBe('candidate');
  });

  it('keeps trust and willingness in [0, 1] under repeated meetings at the largest gains', () => {
    const world = makeWorld(forumWorld(1, dialogue({ trustGain: 1, framingGain: 1 })));
    for (let t = 0; t < 20; t++) {
      world.step = t;
      holdDialogue(world);
    }
    const mem = stateOf(world, 'MEM');
    expect(mem.trust).toBeLessThanOrEqual(1);
    expect(mem.willingness).toBeLessThanOrEqual(1);
    expect(mem.trust).toBeCloseTo(1, 12);
  });

  describe('admission', () => {
    const admissionWorld = (admission: 'open' | 'policy-in-place', meetEvery = 1): TestWorldSpec => ({
      states: [
        { id: 'MEM', status: 'none' },
        // capacity 0.5 gives floor(0.5 * 0.4 * 10) = 2 institutions at the start
        { id: 'APP', capacity: 0.5, status: 'none', trust: 0.4 },
      ],
      forums: [{ id: 'F', members: ['MEM'], applicants: ['APP'], admission, admissionThreshold: 0.3, meetEvery }],
      params: dialogue(),
    });

    it("admits a 'policy-in-place' applicant only once its institutions reach the threshold", () => {
      const world = makeWorld(admissionWorld('policy-in-place'));
      const app = stateOf(world, 'APP');
      const forum = forumOf(world, 'F');
      expect(app.institutions / MAX_INSTITUTIONS).toBeLessThan(0.3);
      world.step = 0;
      holdDialogue(world);
      expect(forum.members).not.toContain(app.index);
      expect(forum.applicants).toContain(app.index);
      expect(app.attended).toBe(false);
      expect(app.status).toBe('none');

      app.institutions = 3; // 3 / 10 = 0.3, the threshold
      world.step = 1;
      holdDialogue(world);
      expect(forum.members).toContain(app.index);
      expect(forum.applicants).not.toContain(app.index);
      // admitted members attend the meeting that admits them
      expect(app.attended).toBe(true);
      expect(app.status).toBe('dialogue');
    });

    it('admits an applicant to an open forum at its first meeting, not between meetings', () => {
      const world = makeWorld(admissionWorld('open', 2));
      const app = stateOf(world, 'APP');
      const forum = forumOf(world, 'F');
      world.step = 1; // no meeting
      holdDialogue(world);
      expect(forum.members).not.toContain(app.index);
      world.step = 2;
      holdDialogue(world);
      expect(forum.members).toContain(app.index);
    });
  });

  it('admitting an applicant earlier changes no other member\'s draws (common random numbers)', () => {
    // LATE is listed after the applicant; half the members attend each meeting.
    const spec = (admitted: boolean): TestWorldSpec => ({
      states: [
        { id: 'MEM', status: 'none' },
        { id: 'APP', capacity: admitted ? 1 : 0, status: 'none' },
        { id: 'LATE', status: 'none' },
      ],
      forums: [{ id: 'F', members: ['MEM', 'LATE'], applicants: ['APP'], admission: 'policy-in-place', admissionThreshold: 0.3 }],
      params: dialogue({ attendance: 0.5 }),
    });
    const attendance = (admitted: boolean) => {
      const world = makeWorld(spec(admitted), 11);
      const seen: string[] = [];
      for (let t = 0; t < 40; t++) {
        world.step = t;
        for (const s of world.states) s.attended = false;
        holdDialogue(world);
        seen.push(['MEM', 'LATE'].map((id) => (stateOf(world, id).attended ? '1' : '0')).join(''));
      }
      return { seen, admitted: forumOf(world, 'F').members.includes(stateOf(world, 'APP').index) };
    };
    const early = attendance(true);
    const never = attendance(false);
    expect(early.admitted).toBe(true);
    expect(never.admitted).toBe(false);
    expect(new Set(early.seen).size).toBeGreaterThan(2); // attendance varies
    expect(early.seen).toEqual(never.seen);
  });
});
