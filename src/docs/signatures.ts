/**
 * The signature section of docs/validation.md, rendered from the committed data file
 * docs/validation/signatures.json (written by `npm run signatures`, scripts/signatures.ts),
 * so that `npm run docs` and its check never rerun the model. The section stands
 * between `<!-- BEGIN GENERATED: signatures -->` and `<!-- END GENERATED: signatures -->`;
 * a page without the markers gets the section at its end.
 */
import type { ObservedRecord } from '../validation/record.js';
import type { SignatureRow } from '../validation/signatures.js';
import { STALL_STEPS } from '../validation/signatures.js';

export interface SignatureData {
  format: string;
  model: { package: string; code: string; tree: string; commit: string | null; dirty: boolean | null };
  policy: string;
  seeds: { first: number; count: number };
  migrants: number;
  scenarios: {
    scenario: string;
    start: { year: number; quarter: number };
    stepsPerYear: number;
    steps: number;
    rows: SignatureRow[];
    record: ObservedRecord;
  }[];
}

const BEGIN = '<!-- BEGIN GENERATED: signatures -->';
const END = '<!-- END GENERATED: signatures -->';

function share(k: number, n: number): string {
  return `${k}/${n}`;
}

function lastQuarter(s: SignatureData['scenarios'][number]): string {
  const quarters = s.start.quarter - 1 + Math.floor((4 * (s.steps - 1)) / s.stepsPerYear);
  return `${s.start.year + Math.floor(quarters / 4)}Q${(quarters % 4) + 1}`;
}

/** The section's markdown (without the markers). */
export function signatureSection(data: SignatureData): string {
  const last = data.seeds.first + data.seeds.count - 1;
  const m = data.model;
  const lines = [
    `## Signatures, refusals and stalls over ${data.seeds.count} seeds`,
    '',
    `Each origin and transit state of the EU and North American scenarios, under the policy \`${data.policy}\`, seeds ${data.seeds.first} to ${last}, ${data.migrants} migrants, next to the observed record (\`src/validation/record.ts\`). This is validation (what the model produces against what was observed, nothing fitted), reported whatever it is.`,
    '',
    `- **signed**: seeds in which the state becomes a partner during the run; **median**: the lower median quarter of signature over those seeds, with the earliest and latest in brackets.`,
    `- **refused**: seeds in which it refuses at least once (an invitation to dialogue or an offer of candidacy or a Common Agenda); **stalled**: seeds in which it spends at least ${STALL_STEPS} steps as a candidate or with a Common Agenda and is not a partner at the end (the \`stalls\` pattern).`,
    `- **Model**: ${m.package}, code \`${m.code}\` (${m.tree} tree), commit ${m.commit ? `\`${m.commit.slice(0, 12)}\`` : 'unknown'}${m.dirty ? ' with uncommitted changes' : ''}. Recompute with \`npm run signatures\` (writes \`docs/validation/signatures.json\`), then \`npm run docs\` (renders this section).`,
  ];
  for (const s of data.scenarios) {
    const rows = s.rows.filter((r) => s.record.states[r.state]);
    const signers = rows.filter((r) => s.record.states[r.state].signed);
    const never = rows.filter((r) => !s.record.states[r.state].signed);
    const most = (r: SignatureRow) => 2 * r.signed >= r.seeds;
    const agreement = `Against the record: ${signers.filter(most).length} of the ${signers.length} states that signed sign in at least half the seeds${signers.length > 0 ? ` (${signers.filter(most).map((r) => r.state).join(', ') || 'none'})` : ''}; ${never.filter((r) => !most(r)).length} of the ${never.length} that never signed sign in fewer than half.`;
    lines.push('', `### ${s.scenario} (${s.start.year}Q${s.start.quarter} to ${lastQuarter(s)})`, '', `Observed: ${s.record.instrument}. Source: ${s.record.source}.`, '');
    lines.push('| state | observed | signed | median (range) | refused | stalled |', '|---|---|---|---|---|---|');
    for (const r of s.rows) {
      const obs = s.record.states[r.state];
      const observed = obs ? (obs.signed ? `${obs.signed} (${obs.note})` : obs.note) : '–';
      const median = r.medianDate ? `${r.medianDate} (${r.range![0]}–${r.range![1]})` : '–';
      const signed = share(r.signed, r.seeds) + (r.atStart > 0 ? `, and ${r.atStart} a partner at step 0` : '');
      lines.push(`| ${r.state} | ${observed} | ${signed} | ${median} | ${share(r.refused, r.seeds)} | ${share(r.stalled, r.seeds)} |`);
    }
    lines.push('', agreement);
  }
  return lines.join('\n');
}

/** The page with its signature section made from the data (appended when the page has no markers). */
export function withSignatureSection(page: string, data: SignatureData): string {
  const section = `${BEGIN}\n${signatureSection(data)}\n${END}`;
  const a = page.indexOf(BEGIN);
  const b = page.indexOf(END);
  if (a < 0 || b < a) return `${page.replace(/\n*$/, '')}\n\n${section}\n`;
  return `${page.slice(0, a)}${section}${page.slice(b + END.length)}`;
}
