/**
 * What the command line hands the page: the scenario as JSON (validated on the Node
 * side, where TypeScript scenarios can be loaded), the policies, the settings to start
 * from and the package's name, version and commit. Embedded in index.html as JSON.
 */
import type { ScenarioInput } from '../scenario/schema.js';
import type { PolicyData, RunSettings } from './settings.js';

export interface PageData {
  slug: string;
  scenario: ScenarioInput;
  policies: PolicyData[];
  initial: RunSettings;
  package: { name: string; version: string; commit: string | null };
}

/** The element of index.html that holds the page's data. */
export const PAGE_DATA_ID = 'partnersim-data';
/** The placeholder in the index.html template replaced by the data's element. */
export const PAGE_DATA_SLOT = '<!-- partnersim-data -->';

/** The data as an HTML element: JSON with `<` escaped, so no text inside can close the element. */
export function pageDataElement(data: PageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${PAGE_DATA_ID}">${json}</script>`;
}
