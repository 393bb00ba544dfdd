/**
 * PRIM's peeling and pasting trajectory over some rows of a case table (prim.ts
 * describes the steps): from the box of the whole data, the best peel (peel.ts) while it
 * keeps at least `massMin` of the rows and raises the density, then from the last peeled
 * box the best paste while it raises the density. Statistics are relative to the rows.
 *
 * @example
 * peelingTrajectory(table, allRows(table), dataRanges(table), { peelAlpha: 0.05, pasteAlpha: 0.05, massMin: 0.05, objective: 'lenient1' });
 */
import { countCases, rowsInBox, statsOf } from './box.js';
import { bestMove, pastes, peels, type Objective } from './peel.js';
import type { Box, CaseTable, TrajectoryStep } from './types.js';

export interface TrajectorySettings {
  peelAlpha: number;
  pasteAlpha: number;
  massMin: number;
  objective: Objective;
}

/** The peeling and pasting trajectory over `rows` (statistics relative to them). */
export function peelingTrajectory(table: CaseTable, rows: Int32Array, ranges: Box, settings: TrajectorySettings): TrajectoryStep[] {
  const total = { n: rows.length, cases: countCases(table, rows) };
  const minRows = Math.max(1, Math.ceil(settings.massMin * rows.length));
  let box = ranges;
  let inside = rowsInBox(table, rows, box);
  let h = countCases(table, inside);
  const steps: TrajectoryStep[] = [{ step: 0, stage: 'start', dimension: '', box, stats: statsOf(table, inside, total, box, ranges) }];
  const advance = (stage: 'peel' | 'paste', next: { box: Box; rows: Int32Array; cases: number; dimension: number }) => {
    box = next.box;
    inside = next.rows;
    h = next.cases;
    steps.push({ step: steps.length, stage, dimension: table.dimensions[next.dimension].name, box, stats: statsOf(table, inside, total, box, ranges) });
  };
  while (h < inside.length) {
    const best = bestMove(settings.objective, inside.length, h, peels(table, inside, box, { alpha: settings.peelAlpha, minRows }));
    if (!best || !(best.cases / best.rows.length > h / inside.length)) break;
    advance('peel', best);
  }
  while (h < inside.length) {
    const best = bestMove(settings.objective, inside.length, h, pastes(table, rows, inside, box, { alpha: settings.pasteAlpha }));
    if (!best || !(best.cases / best.rows.length > h / inside.length)) break;
    advance('paste', best);
  }
  return steps;
}

