/**
 * The Ishigami function (Ishigami and Homma 1990), the usual test of global sensitivity
 * estimators: f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i uniform on [−π, π],
 * here with a = 7, b = 0.1. Its variance decomposition is known in closed form
 * (e.g. Saltelli et al. 2008, "Global Sensitivity Analysis: The Primer", §4.4; SALib's
 * test values):
 *
 *   V1 = 1/2 (1 + b π⁴/5)²,  V2 = a²/8,  V13 = b² π⁸ (1/18 − 1/50),
 *   V = V1 + V2 + V13,  S_i = V_i / V,  ST1 = (V1 + V13)/V,  ST2 = S2,  ST3 = V13 / V,
 *
 * which gives S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
 */
import type { ParameterRange } from '../../../src/experiments/designs/types.js';

export const A = 7;
export const B = 0.1;

export function ishigami(x1: number, x2: number, x3: number): number {
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
}

export const ISHIGAMI_RANGES: ParameterRange[] = ['x1', 'x2', 'x3'].map((path) => ({ path, min: -Math.PI, max: Math.PI }));

/** The analytic indices, computed from the closed form above (not typed in). */
export function ishigamiIndices(): { first: number[]; total: number[]; variance: number } {
  const pi4 = Math.PI ** 4;
  const v1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
  const v2 = A ** 2 / 8;
  const v13 = B ** 2 * pi4 ** 2 * (1 / 18 - 1 / 50);
  const v = v1 + v2 + v13;
  return { first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v], variance: v };
}
