/**
 * The tables of a calibration folder: particles.csv (every generation's particles),
 * generations.csv (one row per generation) and posterior.md. They hold no times or
 * machine facts, so they are byte-identical for the same settings and seed whatever the
 * number of workers or interruptions (times go to manifest.json).
 */
import { formatCsvNumber } from '../io/csv.js';
import type { AbcResult, Generation } from './abcSmc.js';
import { POSTERIOR_QUANTILES, summarisePosterior } from './posterior.js';

export const PARTICLE_COLUMNS = {
  generation: 'generation, 0 for the prior',
  particle: 'particle number within its generation, in order of acceptance (proposal order)',
  proposal: 'index of the proposal it came from (its seed is derived from the calibration seed, the generation and this index)',
  weight: 'normalised importance weight',
  distance: 'combined distance: square root of the weighted sum of squared scaled scores',
} as const;

export const GENERATION_COLUMNS = {
  generation: 'generation, 0 for the prior',
  epsilon: 'threshold of acceptance (Inf for generation 0)',
  particles: 'particles accepted',
  proposals: 'proposals simulated',
  proposals_used: 'proposals up to the last one accepted',
  simulations: 'simulations run (proposals times replicates)',
  acceptance_rate: 'particles / proposals_used',
  ess: 'effective sample size of the weights',
  partial: '1 when the run stopped inside this generation, before all particles were accepted',
} as const;

const cell = (v: number) => formatCsvNumber(v);

/** Column name of a target's score. */
export const scoreColumn = (id: string) => `score_${id}`;

export function particlesCsv(result: AbcResult, paths: readonly string[], targetIds: readonly string[]): string {
  const header = [...Object.keys(PARTICLE_COLUMNS), ...paths, ...targetIds.map(scoreColumn)];
  const rows = [header.join(',')];
  for (const g of result.generations) {
    g.particles.forEach((p, i) => rows.push([g.generation, i, p.proposal, p.weight, p.distance, ...p.theta, ...p.scores].map(cell).join(',')));
  }
  return rows.join('\n') + '\n';
}

export function generationsCsv(result: AbcResult): string {
  const rows = [Object.keys(GENERATION_COLUMNS).join(',')];
  for (const g of result.generations) {
    rows.push([g.generation, g.epsilon, g.particles.length, g.proposals, g.proposalsUsed, g.simulations, g.acceptanceRate, g.ess, g.partial ? 1 : 0].map(cell).join(','));
  }
  return rows.join('\n') + '\n';
}

/** The generation whose particles are the posterior: the last with any particles. */
export function posteriorGeneration(result: AbcResult): Generation | undefined {
  return [...result.generations].reverse().find((g) => g.particles.length > 0);
}

const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : String(v));

export function posteriorMarkdown(result: AbcResult, paths: readonly string[], targetIds: readonly string[], title: string): string {
  const last = posteriorGeneration(result);
  const lines = [`# Posterior: ${title}`, ''];
  if (!last) return lines.concat(['No particles were accepted.', '']).join('\n');
  const summary = summarisePosterior(last.particles, paths);
  lines.push(
    `Generation ${last.generation} of ${result.generations.length} (ε ${fmt(last.epsilon)}, ${last.particles.length} particles, ESS ${fmt(last.ess)})${last.partial ? ', partial: the run stopped inside it' : ''}; stopped by ${result.stopReason}; ${result.simulations} simulations.`,
    '',
    `| parameter | mean | sd | ${POSTERIOR_QUANTILES.map((q) => `q${Math.round(q * 100)}`).join(' | ')} |`,
    `|---|---|---|${POSTERIOR_QUANTILES.map(() => '---').join('|')}|`,
  );
  for (const p of summary.parameters) lines.push(`| ${p.path} | ${fmt(p.mean)} | ${fmt(p.sd)} | ${p.quantiles.map(fmt).join(' | ')} |`);
  if (paths.length > 1) {
    lines.push('', 'Weighted correlation of the parameters:', '', `| | ${paths.map((_, k) => `${k + 1}`).join(' | ')} |`, `|---|${paths.map(() => '---').join('|')}|`);
    summary.correlation.forEach((row, a) => lines.push(`| ${a + 1} ${paths[a]} | ${row.map((v) => v.toFixed(2)).join(' | ')} |`));
  }
  lines.push('', 'Targets: weighted mean score in the posterior and share of particles scoring 0 (the target met exactly), against the prior (generation 0):', '', '| target | posterior mean score | posterior share met | prior mean score | prior share met |', '|---|---|---|---|---|');
  const prior = result.generations[0];
  targetIds.forEach((id, k) => {
    const mean = (g: Generation) => g.particles.reduce((s, p) => s + p.weight * p.scores[k], 0);
    const met = (g: Generation) => g.particles.reduce((s, p) => s + (p.scores[k] === 0 ? p.weight : 0), 0);
    lines.push(`| ${id} | ${fmt(mean(last))} | ${fmt(met(last))} | ${fmt(mean(prior))} | ${fmt(met(prior))} |`);
  });
  lines.push('', '| generation | ε | particles | acceptance | ESS |', '|---|---|---|---|---|');
  for (const g of result.generations) lines.push(`| ${g.generation} | ${fmt(g.epsilon)} | ${g.particles.length}${g.partial ? ' (partial)' : ''} | ${fmt(g.acceptanceRate)} | ${fmt(g.ess)} |`);
  lines.push('', `Scales of the scores (median absolute deviation in generation 0 unless fixed): ${targetIds.map((id, k) => `${id} ${fmt(result.scales[k])}`).join('; ')}.`, '');
  return lines.join('\n');
}
