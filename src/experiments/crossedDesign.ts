/**
 * The designs a sweep builds around its policies and parameters, beyond designs/:
 *
 * - Levers against uncertainties (EMA Workbench's vocabulary: Kwakkel 2017, Environmental
 *   Modelling & Software 96: 239–250). Levers (`--lever path=min:max[:levels]`) are what a
 *   decision maker sets; they run on a grid (3 levels each unless given). Uncertainties
 *   (`--param`) are what nobody controls; they run on the sweep's design (grid or lhs).
 *   The design crosses them: every lever setting is evaluated at every uncertainty point.
 *   Point index = setting × (uncertainty points) + uncertainty point; role
 *   `{ lever: setting, uncertainty: point }`. The seed of a run depends on the uncertainty
 *   point and the replicate only (experiments.ts), so every lever setting (and every
 *   policy) meets the same random numbers: common random numbers across settings.
 * - Factorial designs over components (designs/factorial.ts): each cell is a policy
 *   whose components are those on in the cell, named `cell-<levels>`; the cell with none
 *   on is the scenario as it is. Every cell runs at the same seed at each point and
 *   replicate (as every policy does).
 *
 * @example
 * crossLevers([{ index: 0, values: { 'params.u': 0.1 }, role: {} }], [{ path: 'params.l', min: 0, max: 1, levels: 2 }]);
 * // two points: { 'params.u': 0.1, 'params.l': 0 } (lever 0) and { 'params.u': 0.1, 'params.l': 1 } (lever 1)
 */
import { combineOverrides } from '../scenario/components.js';
import { InputError } from '../scenario/errors.js';
import type { Policy } from '../scenario/policies.js';
import { cellName, factorialDesign, type FactorialDesign } from './designs/factorial.js';
import { gridPoints } from './designs/grid.js';
import type { DesignPoint, ParameterRange } from './designs/types.js';

/** Default grid levels of a lever. */
export const DEFAULT_LEVER_LEVELS = 3;

/** The lever settings: the grid over the levers. */
export function leverSettings(levers: readonly ParameterRange[]): DesignPoint[] {
  return gridPoints(levers, { samples: 1, seed: 0, levels: DEFAULT_LEVER_LEVELS });
}

/** Every lever setting at every uncertainty point (see the module's description). */
export function crossLevers(uncertainty: readonly DesignPoint[], levers: readonly ParameterRange[]): DesignPoint[] {
  const settings = leverSettings(levers);
  const out: DesignPoint[] = [];
  for (const setting of settings) {
    for (const u of uncertainty) {
      out.push({ index: setting.index * uncertainty.length + u.index, values: { ...u.values, ...setting.values }, role: { ...u.role, lever: setting.index, uncertainty: u.index } });
    }
  }
  return out;
}

/** A lever may not also be an uncertainty, nor be given twice. */
export function checkLevers(levers: readonly ParameterRange[], uncertainties: readonly ParameterRange[]): void {
  for (const [k, lever] of levers.entries()) {
    if (uncertainties.some((u) => u.path === lever.path)) throw new InputError(`--lever ${lever.path}: is also swept as an uncertainty (--param); a parameter is either a lever or an uncertainty`);
    if (levers.findIndex((l) => l.path === lever.path) !== k) throw new InputError(`--lever ${lever.path}: is given twice`);
  }
}

export interface FactorialCells {
  design: FactorialDesign;
  components: string[];
  /** one policy per cell, in the design's order */
  cells: Policy[];
}

/** The cells of a factorial design over components, as policies (see the module's description). */
export function factorialCells(components: readonly Policy[]): FactorialCells {
  const names = components.map((c) => c.name);
  if (components.length < 2) throw new InputError(`--factorial: expected at least two components, got ${components.length}`);
  let design: FactorialDesign;
  try {
    design = factorialDesign(components.length);
  } catch (error) {
    throw new InputError(`--factorial: ${(error as Error).message}`);
  }
  // any two components that set the same field make every cell with both ambiguous
  combineOverrides(components, {}, '--factorial');
  const cells = design.cells.map((levels): Policy => {
    const on = components.filter((_, i) => levels[i] === 1);
    return {
      name: cellName(levels),
      description: on.length === 0 ? 'no component on: the scenario as it is' : `components on: ${on.map((c) => c.name).join(' + ')}`,
      contrast: `a cell of the factorial design over ${names.join(', ')}`,
      components: on.map((c) => c.name),
      override: combineOverrides(on, {}, '--factorial'),
      origin: { kind: 'factorial' },
    };
  });
  return { design, components: names, cells };
}
