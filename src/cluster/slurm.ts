/**
 * A sweep as a Slurm job array: task i runs shard i of the sweep
 * (`partnersim sweep ... --shard auto --out DIR/shards/i`), and a dependent job
 * (`--dependency=afterok`) merges the shards into DIR. partnersim writes the scripts;
 * Slurm runs them. A failed task resubmitted alone (`sbatch --array=i`) resumes its
 * shard, and merging again yields exactly the unsharded sweep's tables.
 */
import type { SweepOptions } from '../experiments/sweep.js';

export interface SlurmOptions {
  /** array tasks (shards) */
  arraySize: number;
  partition?: string;
  /** wall-time limit per task, HH:MM:SS */
  time?: string;
  cpusPerTask: number;
  /** memory per task, as sbatch takes it (e.g. 4G) */
  mem?: string;
  /** the command that runs partnersim on the cluster's nodes */
  command: string;
  /** folder the jobs run in */
  cwd: string;
}

/** Quotes a word for bash when it needs it. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The `partnersim sweep` arguments that reproduce a sweep's design (not its output, shard or resume). */
export function sweepArguments(options: SweepOptions): string[] {
  const args = [options.scenario, '--policies', options.policies.join(','), '--replicates', String(options.replicates), '--design', options.design];
  for (const range of options.ranges) args.push('--param', `${range.path}=${range.min}:${range.max}${range.levels !== undefined ? `:${range.levels}` : ''}`);
  if (options.design !== 'grid') args.push('--samples', String(options.samples));
  if (options.levels !== undefined) args.push('--levels', String(options.levels));
  args.push('--seed', String(options.seed), '--format', options.format);
  if (options.states) args.push('--states');
  if (options.precedence !== undefined && options.precedence !== 'error') args.push('--precedence', options.precedence);
  if (options.steps !== undefined) args.push('--steps', String(options.steps));
  if (options.migrants !== undefined) args.push('--migrants', String(options.migrants));
  if (options.variant !== undefined) args.push('--variant', options.variant);
  if (options.maxOldGenerationSizeMb !== undefined) args.push('--memory', String(options.maxOldGenerationSizeMb));
  return args;
}

function directives(slurm: SlurmOptions, name: string, log: string): string[] {
  const lines = [`#SBATCH --job-name=${name}`, `#SBATCH --output=${log}`];
  if (slurm.partition) lines.push(`#SBATCH --partition=${slurm.partition}`);
  if (slurm.time) lines.push(`#SBATCH --time=${slurm.time}`);
  if (slurm.mem) lines.push(`#SBATCH --mem=${slurm.mem}`);
  return lines;
}

export interface SlurmScripts {
  /** the job array */
  sweep: string;
  /** the merge job */
  merge: string;
  /** submits both, the merge after the array succeeded */
  submit: string;
}

/** The scripts of a sweep on Slurm whose output folder is `out` (absolute). */
export function slurmScripts(sweep: SweepOptions, slurm: SlurmOptions, out: string): SlurmScripts {
  const q = shellQuote;
  const dir = `${out}/slurm`;
  const args = sweepArguments(sweep).map(q).join(' ');
  const arrayScript = [
    '#!/bin/bash',
    '# partnersim sweep as a Slurm job array: task i runs shard i of the sweep.',
    '# Resubmit a failed task alone with: sbatch --array=<i> ' + q(`${dir}/sweep.sbatch`),
    ...directives(slurm, 'partnersim-sweep', `${dir}/logs/sweep-%A_%a.out`),
    `#SBATCH --array=0-${slurm.arraySize - 1}`,
    `#SBATCH --cpus-per-task=${slurm.cpusPerTask}`,
    'set -euo pipefail',
    `export PARTNERSIM_SHARD_COUNT=${slurm.arraySize}`,
    `out=${q(out)}/shards/"$SLURM_ARRAY_TASK_ID"`,
    'resume=()',
    'if [ -f "$out/manifest.json" ]; then resume=(--resume); fi',
    `cd ${q(slurm.cwd)}`,
    `${slurm.command} sweep ${args} --workers "\${SLURM_CPUS_PER_TASK:-1}" --shard auto --out "$out" --quiet "\${resume[@]}"`,
    '',
  ].join('\n');
  const mergeScript = [
    '#!/bin/bash',
    '# partnersim: merges the shards of the sweep into its output folder.',
    ...directives(slurm, 'partnersim-merge', `${dir}/logs/merge-%j.out`),
    '#SBATCH --cpus-per-task=1',
    'set -euo pipefail',
    `cd ${q(slurm.cwd)}`,
    `${slurm.command} merge ${q(out)}/shards/* --out ${q(out)}`,
    '',
  ].join('\n');
  const submitScript = [
    '#!/bin/bash',
    '# Submits the job array, then the merge job to run after every task succeeded.',
    'set -euo pipefail',
    `array=$(sbatch --parsable ${q(`${dir}/sweep.sbatch`)})`,
    `merge=$(sbatch --parsable --dependency=afterok:"\${array%%;*}" ${q(`${dir}/merge.sbatch`)})`,
    'echo "array job ${array%%;*}, merge job ${merge%%;*}"',
    '',
  ].join('\n');
  return { sweep: arrayScript, merge: mergeScript, submit: submitScript };
}
