/**
 * The calendar of the scenario that made some results, loaded from its file: the part
 * of the time axis that reads files, kept apart from calendar.ts, which the explorer's
 * page imports.
 */
import { existsSync } from 'node:fs';
import { loadScenario } from '../scenario/load.js';
import { bundledScenarios } from '../scenario/loader.js';
import { STEP_AXIS, type TimeAxis } from './calendar.js';

interface ManifestScenario {
  name?: string;
  slug?: string;
  ref?: string;
  file?: string;
}

/**
 * The calendar of the scenario named in a manifest (its file, reference or bundled
 * name), when one of them loads here; otherwise steps. Only `start` and `stepsPerYear`
 * are read, so later edits of the scenario's other fields do not matter. Never throws.
 */
export async function resolveTimeAxis(manifest: { scenario?: ManifestScenario }): Promise<TimeAxis> {
  const scenario = manifest.scenario ?? {};
  const bundled = bundledScenarios();
  const refs = [scenario.file, scenario.ref, scenario.slug, scenario.name].filter(
    (r): r is string => typeof r === 'string' && r !== '' && (bundled.includes(r) || (/\.(ts|mts|js|mjs|json)$/.test(r) && existsSync(r))),
  );
  for (const ref of new Set(refs)) {
    try {
      const { base } = await loadScenario(ref);
      return { kind: 'year', start: base.start.year + (base.start.quarter - 1) / 4, stepsPerYear: base.stepsPerYear };
    } catch {
      // not loadable here: try the next name, else fall back to steps
    }
  }
  return STEP_AXIS;
}
