/**
 * Colours, dash patterns and point fills of the publication theme. Every palette is
 * colour-blind safe (Paul Tol's "muted" scheme and single-hue ramps) and survives
 * greyscale printing: policies also differ by dash pattern, and the colours of
 * statuses and grades step through distinct lightness (CIE L*, tested).
 *
 * A policy keeps its colour and dash in every figure: both are looked up by its place
 * in POLICY_NAMES, so `withdrawal` looks the same in a time series, a forest plot and
 * a heatmap's facet.
 *
 * @example
 * policyStyle(['partnership', 'withdrawal']); // { domain: [...], colours: ['#000000', '#AA4499'], dashes: [[1, 0], [1, 1.5]] }
 */
import { MIGRANT_STATUSES, PARTNERSHIP_STATUSES } from '../domain/vocabulary.js';
import { POLICY_NAMES } from '../scenario/policies.js';

/**
 * Black for the baseline policy, then Tol's muted scheme (colour-blind safe on white),
 * then the orange of Tol's vibrant scheme for the eleventh built-in policy.
 */
export const POLICY_COLOURS = ['#000000', '#332288', '#88CCEE', '#117733', '#CC6677', '#999933', '#882255', '#44AA99', '#DDCC77', '#AA4499', '#EE7733'];

/** Dash patterns (on, off, ... in px), one per policy, so lines differ in greyscale too. */
export const POLICY_DASHES: number[][] = [
  [1, 0],
  [6, 2],
  [10, 3],
  [6, 2, 2, 2],
  [3, 1.5],
  [10, 2, 2, 2, 2, 2],
  [1.5, 3],
  [6, 2, 1.5, 2, 1.5, 2],
  [12, 2, 2, 2],
  [1.5, 1.5],
  [8, 2, 1.5, 2],
];

/** Partnership statuses: a blue ramp from none to partner that darkens with engagement; exits in orange and dark red. */
export const STATUS_COLOURS: Record<(typeof PARTNERSHIP_STATUSES)[number], string> = {
  none: '#EEEEEE',
  dialogue: '#BBDDEE',
  agenda: '#77AADD',
  candidate: '#2A5599',
  partner: '#081D3D',
  refused: '#D55E00',
  suspended: '#772211',
};

/** The order statuses are listed in a legend: the path to partnership, then the exits. */
export const STATUS_ORDER = ['none', 'dialogue', 'agenda', 'candidate', 'partner', 'refused', 'suspended'] as const;

/** Migrant statuses drawn as stacked areas, bottom to top, and their colours (distinct in L*). */
export const MIGRANT_STACK = ['irregular', 'in_transit', 'returned', 'regular'] as const satisfies readonly (typeof MIGRANT_STATUSES)[number][];
export const MIGRANT_COLOURS: Record<(typeof MIGRANT_STACK)[number], string> = {
  irregular: '#882255',
  in_transit: '#EE8866',
  returned: '#DDCC77',
  regular: '#4477AA',
};

/** Fills of league grades 1 (good practice) to 4 (bottom tier): dark to white, outlined. */
export const GRADE_COLOURS = ['#0B2C5C', '#4477AA', '#99CCEE', '#FFFFFF'];

/** A sequential, perceptually uniform scheme for heatmaps (monotone in lightness). */
export const HEATMAP_SCHEME = 'viridis';

/** Where a policy sits in the fixed palette: its place in POLICY_NAMES, then after them. */
function slot(policy: string, others: string[]): number {
  const k = (POLICY_NAMES as readonly string[]).indexOf(policy);
  if (k >= 0) return k;
  if (!others.includes(policy)) others.push(policy);
  return POLICY_NAMES.length + others.indexOf(policy);
}

export interface PolicyStyle {
  domain: string[];
  colours: string[];
  dashes: number[][];
}

/** Colours and dashes of `policies`, in their order, from `colours` (default POLICY_COLOURS). */
export function policyStyle(policies: readonly string[], colours: readonly string[] = POLICY_COLOURS): PolicyStyle {
  const others: string[] = [];
  const slots = policies.map((p) => slot(p, others));
  return {
    domain: [...policies],
    colours: slots.map((k) => colours[k % colours.length]),
    dashes: slots.map((k) => POLICY_DASHES[k % POLICY_DASHES.length]),
  };
}

/** CIE L* (0 black to 100 white) of a #RRGGBB colour: its lightness when printed in greyscale. */
export function lightness(hex: string): number {
  const channel = (k: number) => {
    const c = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
}
