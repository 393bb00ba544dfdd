/**
 * PRIM's steps on cases small enough to check by hand: box statistics on EMA
 * Workbench's three-row fixture, the first peel of 20 points, a full peeling run whose
 * end is known, a paste, a categorical peel, and the knee rule.
 */
import { describe, expect, it } from 'vitest';
import { allRows, boxStats, dataRanges, rowsInBox } from '../../../src/discovery/box.js';
import { kneeStep } from '../../../src/discovery/knee.js';
import { bestMove, pastes, peels } from '../../../src/discovery/peel.js';
import { quasiPValues } from '../../../src/discovery/quasiP.js';
import { binomialUpperTail } from '../../../src/discovery/binomial.js';
import { peelingTrajectory } from '../../../src/discovery/trajectory.js';
import type { Box, CaseTable, Dimension } from '../../../src/discovery/types.js';

const SETTINGS = { peelAlpha: 0.05, pasteAlpha: 0.05, massMin: 0.05, objective: 'lenient1' as const };

function line(y: number[], noise?: number[]): CaseTable {
  const dims: Dimension[] = [{ name: 'x', kind: 'numeric', values: Float64Array.from(y, (_, i) => i + 1) }];
  if (noise) dims.push({ name: 'z', kind: 'numeric', values: Float64Array.from(noise) });
  return { dimensions: dims, y: Uint8Array.from(y) };
}

describe('box statistics', () => {
  it("EMA Workbench's three-row fixture: the box x <= 1 holds both cases of interest", () => {
    const table: CaseTable = { dimensions: [{ name: 'x', kind: 'numeric', values: Float64Array.of(0, 1, 2) }], y: Uint8Array.of(1, 1, 0) };
    const ranges = dataRanges(table);
    const stats = boxStats(table, allRows(table), [{ kind: 'numeric', min: 0, max: 1 }], ranges);
    expect(stats).toEqual({ n: 2, cases: 2, coverage: 1, density: 1, mass: 2 / 3, restricted: 1 });
  });
});

describe('peeling', () => {
  // x = 1..20; cases of interest at x >= 11; z is x reversed
  const y = Array.from({ length: 20 }, (_, i) => (i + 1 >= 11 ? 1 : 0));
  const table = line(y, Array.from({ length: 20 }, (_, i) => 20 - i));
  const ranges = dataRanges(table);

  it('the first peel of 20 points removes one point: x = 1 (or z = 20, the same point)', () => {
    const moves = peels(table, allRows(table), ranges, { alpha: 0.05, minRows: 1 });
    // x lower, x upper, z lower, z upper
    expect(moves.map((m) => m.rows.length)).toEqual([19, 19, 19, 19]);
    const best = bestMove('lenient1', 20, 10, moves)!;
    // removing x = 1 gains (10/19 - 1/2) per case; x upper loses; z upper is the same point as x lower, listed later
    expect(best.dimension).toBe(0);
    expect(best.box[0]).toEqual({ kind: 'numeric', min: 2, max: 20 });
  });

  it('peeling ends at x >= 11 with density 1 after ten peels; the knee is that box', () => {
    const steps = peelingTrajectory(table, allRows(table), ranges, SETTINGS);
    expect(steps).toHaveLength(11);
    expect(steps.map((s) => s.stats.density)).toEqual(Array.from({ length: 11 }, (_, k) => 10 / (20 - k)));
    expect(steps.every((s) => s.stats.coverage === 1)).toBe(true);
    expect(steps[10].box[0]).toEqual({ kind: 'numeric', min: 11, max: 20 });
    expect(kneeStep(steps.map((s) => s.stats))).toBe(10);
  });

  it('a peel never leaves fewer cases than the minimum mass', () => {
    const steps = peelingTrajectory(table, allRows(table), ranges, { ...SETTINGS, massMin: 0.7 });
    // 14 rows at least: peels stop at x >= 7 (14 rows)
    expect(steps.at(-1)!.stats.n).toBe(14);
    expect(steps.at(-1)!.box[0]).toEqual({ kind: 'numeric', min: 7, max: 20 });
  });

  it('ties: the peel removes every point at the extreme value', () => {
    const tied: CaseTable = { dimensions: [{ name: 'x', kind: 'numeric', values: Float64Array.of(0, 0, 0, 1, 2, 3) }], y: Uint8Array.of(0, 0, 0, 1, 1, 1) };
    const [lower] = peels(tied, allRows(tied), dataRanges(tied), { alpha: 0.05, minRows: 1 });
    expect(lower.box[0]).toEqual({ kind: 'numeric', min: 1, max: 3 });
    expect(lower.rows.length).toBe(3);
  });

  it('a categorical peel drops one level', () => {
    const t: CaseTable = { dimensions: [{ name: 'f', kind: 'categorical', levels: ['a', 'b', 'c'], values: Int32Array.of(0, 0, 1, 1, 2, 2) }], y: Uint8Array.of(0, 0, 1, 1, 1, 0) };
    const moves = peels(t, allRows(t), dataRanges(t), { alpha: 0.05, minRows: 1 });
    expect(moves.map((m) => m.box[0])).toEqual([
      { kind: 'categorical', levels: [1, 2] },
      { kind: 'categorical', levels: [0, 2] },
      { kind: 'categorical', levels: [0, 1] },
    ]);
    expect(bestMove('lenient1', 6, 3, moves)!.box[0]).toEqual({ kind: 'categorical', levels: [1, 2] });
  });
});

describe('pasting', () => {
  it('pastes x = 10 back (density 8/10 -> 9/11) and stops before x = 9 (9/12)', () => {
    // cases of interest: x = 10 and x in 11..20 except 12 and 15
    const y = Array.from({ length: 20 }, (_, i) => (i + 1 === 10 || (i + 1 >= 11 && i + 1 !== 12 && i + 1 !== 15) ? 1 : 0));
    const table = line(y);
    const all = allRows(table);
    let box: Box = [{ kind: 'numeric', min: 11, max: 20 }];
    let inside = rowsInBox(table, all, box);
    const first = bestMove('lenient1', inside.length, 8, pastes(table, all, inside, box, { alpha: 0.05 }))!;
    expect(first.box[0]).toEqual({ kind: 'numeric', min: 10, max: 20 });
    expect(first.cases / first.rows.length).toBeCloseTo(9 / 11, 15);
    box = first.box;
    inside = first.rows;
    const second = bestMove('lenient1', inside.length, 9, pastes(table, all, inside, box, { alpha: 0.05 }))!;
    expect(second.box[0]).toEqual({ kind: 'numeric', min: 9, max: 20 });
    expect(second.cases / second.rows.length).toBeLessThan(9 / 11);
  });

  it('the trajectory peels, then pastes while density rises', () => {
    // x = 1..20, not of interest: 1-4, 13, 17. A peel of 25% removes x = 1..5 (13/15); the
    // minimum mass (15 rows) stops peeling; a paste of one point adds x = 5 back (14/16),
    // and adding x = 4 (14/17) would lower the density, so pasting stops.
    const y = Array.from({ length: 20 }, (_, i) => (i + 1 >= 5 && i + 1 !== 13 && i + 1 !== 17 ? 1 : 0));
    const table = line(y);
    const steps = peelingTrajectory(table, allRows(table), dataRanges(table), { ...SETTINGS, peelAlpha: 0.25, massMin: 0.75 });
    expect(steps.map((s) => s.stage)).toEqual(['start', 'peel', 'paste']);
    expect(steps[1].box[0]).toEqual({ kind: 'numeric', min: 6, max: 20 });
    expect(steps[1].stats.density).toBeCloseTo(13 / 15, 15);
    expect(steps[2].box[0]).toEqual({ kind: 'numeric', min: 5, max: 20 });
    expect(steps[2].stats.density).toBeCloseTo(14 / 16, 15);
  });
});

describe('quasi-p-values', () => {
  it('is the binomial tail of the box against the box without the restriction, counted by hand', () => {
    // x = 1..20 with cases at x >= 11; z alternates 0/1; box: x >= 11 and z = ... numeric z <= 0
    const y = Array.from({ length: 20 }, (_, i) => (i + 1 >= 11 ? 1 : 0));
    const z = Array.from({ length: 20 }, (_, i) => i % 2);
    const table = line(y, z);
    const ranges = dataRanges(table);
    const box: Box = [{ kind: 'numeric', min: 11, max: 20 }, { kind: 'numeric', min: 0, max: 0 }];
    const p = quasiPValues(table, allRows(table), box, ranges);
    // box: x in 11..20 and z = 0: x = 11, 13, ..., 19: 5 cases, all of interest
    // without x: z = 0: 10 cases, 5 of interest -> P(X >= 5 | 5, 0.5) = 1/32
    expect(p[0]).toBeCloseTo(1 / 32, 15);
    // without z: x >= 11: 10 cases, all of interest -> P(X >= 5 | 5, 1) = 1
    expect(p[1]).toBe(1);
    expect(binomialUpperTail(5, 5, 0.5)).toBeCloseTo(1 / 32, 15);
  });
});

describe('the knee', () => {
  it('is the efficient box farthest above the chord from the first to the densest box', () => {
    const trajectory = [
      { coverage: 1, density: 0.1 },
      { coverage: 0.98, density: 0.5 },
      { coverage: 0.95, density: 0.9 },
      { coverage: 0.7, density: 0.92 },
      { coverage: 0.4, density: 0.95 },
    ];
    expect(kneeStep(trajectory)).toBe(2);
  });

  it('skips dominated boxes and falls back to the first box when density never rises', () => {
    expect(kneeStep([{ coverage: 1, density: 0.3 }])).toBe(0);
    expect(kneeStep([{ coverage: 1, density: 0.3 }, { coverage: 0.9, density: 0.3 }])).toBe(0);
    // step 2 is beaten by step 3 on both counts
    expect(kneeStep([{ coverage: 1, density: 0.1 }, { coverage: 0.9, density: 0.8 }, { coverage: 0.85, density: 0.85 }, { coverage: 0.9, density: 0.85 }, { coverage: 0.3, density: 0.9 }])).toBe(3);
  });
});
