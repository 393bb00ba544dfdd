/**
 * The calendar of instruments of the shipped scenarios, as the table of docs/ODD.md §3
 * (generated section `calendar`): for each scenario, its events in order of their step,
 * with the date, what they change and their source, from the scenario's
 * `interventions` resolved against its calendar (src/scenario/interventions.ts).
 */
import { scheduleOf, type ScheduledIntervention } from '../scenario/interventions.js';
import type { Scenario } from '../scenario/schema.js';

function changes(iv: ScheduledIntervention): string {
  const parts: string[] = [];
  const whom = iv.states ? ` for ${iv.states.join(', ')}` : '';
  if (iv.tiers) {
    for (const [tier, state] of Object.entries(iv.tiers)) if (state) parts.push(`${tier} tier ${state}${iv.states && !iv.destination ? whom : ''}`);
  }
  if (iv.processes) for (const [name, on] of Object.entries(iv.processes)) if (on !== undefined) parts.push(`\`${name}\` ${on ? 'available' : 'unavailable'}`);
  if (iv.forum) {
    if (iv.forum.meets !== undefined) parts.push(`forum ${iv.forum.id} ${iv.forum.meets ? 'convened' : 'not meeting'}`);
    if (iv.forum.benchmarking) parts.push(`forum ${iv.forum.id} benchmarking ${iv.forum.benchmarking}`);
    if (iv.forum.add) parts.push(`${iv.forum.add.join(', ')} join ${iv.forum.id}`);
  }
  if (iv.params) parts.push(`params ${JSON.stringify(iv.params)}`);
  if (iv.state) parts.push(`state attributes ${JSON.stringify(iv.state)}${whom}`);
  if (iv.destination) parts.push(`destination ${JSON.stringify(iv.destination)}${whom}`);
  if (iv.incentives) parts.push('incentives stop');
  return parts.join('; ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The markdown of the calendars of the given (validated) scenarios. */
export function calendarTable(scenarios: readonly Scenario[]): string {
  const out: string[] = [];
  for (const scenario of scenarios) {
    const events = scheduleOf(scenario.interventions, scenario)
      .map((iv, k) => ({ iv, k }))
      .sort((a, b) => a.iv.fromStep - b.iv.fromStep || a.k - b.k);
    if (out.length > 0) out.push('');
    out.push(`**${scenario.name}** (step 0 is ${scenario.start.year}Q${scenario.start.quarter}, ${scenario.stepsPerYear} steps a year)`, '');
    out.push('| date | step | event | what changes | source |', '|---|---|---|---|---|');
    for (const { iv } of events) out.push(`| ${iv.fromDate} | ${iv.fromStep} | ${cell(iv.label ?? '')} | ${cell(changes(iv))} | ${cell(iv.source ?? 'none given')} |`);
  }
  return out.join('\n');
}
