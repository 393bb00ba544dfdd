/**
 * The schedule as a markdown table (order, process, switch, stream), generated from
 * src/processes/schedule.ts so that docs/ODD.md lists the processes the code runs.
 */
import { SCHEDULE } from '../processes/schedule.js';

export function processTable(): string {
  const rows = ['| order | process | switch | random stream | source file |', '|---|---|---|---|---|'];
  SCHEDULE.forEach((p, i) => {
    rows.push(`| ${i + 1} | \`${p.name}\` | \`processes.${p.name}\` | \`${p.name}\` | \`src/processes/${p.name}.ts\` |`);
  });
  return rows.join('\n');
}
