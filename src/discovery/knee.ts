/**
 * The default choice of box on a peeling trajectory: its knee.
 *
 * Among the trajectory's efficient boxes (those no other box beats on both coverage and
 * density, one of them strictly), the knee is the box farthest above the chord from the
 * first box (the whole data) to the densest box, in the coverage–density plane with each
 * axis scaled to its range over the trajectory (the Kneedle rule of Satopää et al. 2011,
 * applied to the trade-off curve). Ties go to the denser box, then the earlier step.
 * When density does not vary (nothing was peeled, or no peel helped) the first box is
 * the knee.
 *
 * @example
 * kneeStep([{ coverage: 1, density: 0.1 }, { coverage: 0.95, density: 0.9 }, { coverage: 0.5, density: 0.95 }]); // 1
 */

export interface TradeOff {
  coverage: number;
  density: number;
}

/** Indices of the efficient points. */
export function efficient(points: readonly TradeOff[]): number[] {
  return points
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => !points.some((q, j) => j !== i && q.coverage >= p.coverage && q.density >= p.density && (q.coverage > p.coverage || q.density > p.density)))
    .map(({ i }) => i);
}

export function kneeStep(points: readonly TradeOff[]): number {
  if (points.length === 0) throw new Error('kneeStep: an empty trajectory');
  let densest = 0;
  points.forEach((p, i) => {
    if (p.density > points[densest].density) densest = i;
  });
  const cov = points.map((p) => p.coverage);
  const den = points.map((p) => p.density);
  const cSpan = Math.max(...cov) - Math.min(...cov);
  const dSpan = Math.max(...den) - Math.min(...den);
  if (!(dSpan > 0) || densest === 0) return 0;
  const cMin = Math.min(...cov);
  const dMin = Math.min(...den);
  const scaled = points.map((p) => ({ x: cSpan > 0 ? (p.coverage - cMin) / cSpan : 0, y: (p.density - dMin) / dSpan }));
  const a = scaled[0];
  const b = scaled[densest];
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const norm = Math.hypot(dx, dy);
  let best = 0;
  let bestDistance = -Infinity;
  for (const i of efficient(points)) {
    const p = scaled[i];
    // positive on the side of the chord towards high coverage and high density
    const distance = (dy * (p.x - a.x) - dx * (p.y - a.y)) / norm;
    const better =
      distance > bestDistance + 1e-12 ||
      (Math.abs(distance - bestDistance) <= 1e-12 && (points[i].density > points[best].density || (points[i].density === points[best].density && i < best)));
    if (better) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
