/**
 * The shipped scenarios' calendars, as a user checks them in states.csv: in every seed,
 * no state holds a tier before the date from which the calendar offers it, and in North
 * America only Mexico is ever offered a US partnership, which it signs during the run if
 * at all (never at step 0). Dates are read from the `date` column and compared with the
 * record's quarters (a 'YYYYQn' text orders as time does).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarTable } from '../../src/docs/calendarTable.js';
import { generatedSection } from '../../src/docs/odd.js';
import type { StateRow } from '../../src/indicators/columns.js';
import { loadScenario } from '../../src/scenario/load.js';
import { runSet } from '../../src/validation/runs.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const WAITING = ['candidate', 'agenda', 'partner'];

function rowsWith(states: Map<string, StateRow[]>, statuses: readonly string[]): StateRow[] {
  return [...states.values()].flat().filter((r) => statuses.includes(r.status));
}

describe('eu-mobility-partnerships calendar', () => {
  it('has no Common Agenda before 2011 Q4 and no candidacy before 2007 Q2 in any seed, and both afterwards', async () => {
    const set = await runSet({ scenario: 'eu-mobility-partnerships', policy: 'partnership', seeds: SEEDS, migrants: 2000 });
    let agendaLater = 0;
    let candidacyLater = 0;
    for (const run of set.runs) {
      const agenda = rowsWith(run.states, ['agenda']);
      expect(agenda.filter((r) => r.date < '2011Q4'), `seed ${run.seed}`).toEqual([]);
      const waiting = rowsWith(run.states, WAITING);
      expect(waiting.filter((r) => r.date < '2007Q2'), `seed ${run.seed}`).toEqual([]);
      // 2007 Q2 is step 9 and 2011 Q4 step 27 of a quarterly calendar from 2005 Q1
      expect(waiting.every((r) => r.step >= 9)).toBe(true);
      agendaLater += agenda.length > 0 ? 1 : 0;
      candidacyLater += waiting.length > 0 ? 1 : 0;
    }
    expect(candidacyLater).toBe(SEEDS.length);
    expect(agendaLater).toBeGreaterThan(0);
  }, 120_000);
});

describe('north-america-rcm calendar', () => {
  it('offers a partnership to Mexico alone, from 2001 Q1, and Mexico is never a partner at the start', async () => {
    const set = await runSet({ scenario: 'north-america-rcm', policy: 'partnership', seeds: SEEDS, migrants: 2000 });
    let signed = 0;
    for (const run of set.runs) {
      for (const [id, rows] of run.states) if (id !== 'MEX') expect(rows.filter((r) => WAITING.includes(r.status)), `${id} seed ${run.seed}`).toEqual([]);
      const mex = run.states.get('MEX')!;
      expect(mex[0].status).not.toBe('partner');
      expect(mex.filter((r) => WAITING.includes(r.status) && r.date < '2001Q1')).toEqual([]);
      // four quarters of preparation: no signature before the Border Partnership's quarter
      const first = mex.find((r) => r.status === 'partner');
      if (first) {
        expect(first.date >= '2002Q1').toBe(true);
        signed += 1;
      }
    }
    expect(signed).toBeGreaterThan(0);
  }, 120_000);
});

describe('the calendars in docs/ODD.md', () => {
  it('are the shipped scenarios\' events, each with a source (run `npm run docs` after a change)', async () => {
    const scenarios = await Promise.all(['eu-mobility-partnerships', 'north-america-rcm'].map(async (name) => (await loadScenario(name)).base));
    for (const s of scenarios) for (const iv of s.interventions ?? []) expect(iv.source?.trim(), `${s.name}: ${iv.label}`).toBeTruthy();
    const odd = readFileSync(new URL('../../docs/ODD.md', import.meta.url), 'utf8');
    expect(generatedSection(odd, 'calendar')).toBe(calendarTable(scenarios));
  });
});
