/**
 * The schedule: the twelve processes in the order one step runs them. Each is a plain
 * function over the world, switched on or off by the scenario's `processes` section.
 */
import type { ProcessName } from '../domain/vocabulary.js';
import type { World } from '../world/world.js';
import { accumulateResistance } from './accumulateResistance.js';
import { adaptDestinationPolicy } from './adaptDestinationPolicy.js';
import { allocateExpertServices } from './allocateExpertServices.js';
import { assessEligibility } from './assessEligibility.js';
import { chooseEffort } from './chooseEffort.js';
import { codifyStandards } from './codifyStandards.js';
import { concludePartnership } from './concludePartnership.js';
import { holdDialogue } from './holdDialogue.js';
import { internaliseNorms } from './internaliseNorms.js';
import { monitorImplementation } from './monitorImplementation.js';
import { moveMigrants } from './moveMigrants.js';
import { rankPeers } from './rankPeers.js';

export type Process = (world: World) => void;

/** The processes in schedule order (the order of PROCESS_NAMES). */
export const SCHEDULE: readonly { name: ProcessName; run: Process }[] = [
  { name: 'holdDialogue', run: holdDialogue },
  { name: 'allocateExpertServices', run: allocateExpertServices },
  { name: 'chooseEffort', run: chooseEffort },
  { name: 'monitorImplementation', run: monitorImplementation },
  { name: 'rankPeers', run: rankPeers },
  { name: 'codifyStandards', run: codifyStandards },
  { name: 'internaliseNorms', run: internaliseNorms },
  { name: 'accumulateResistance', run: accumulateResistance },
  { name: 'assessEligibility', run: assessEligibility },
  { name: 'concludePartnership', run: concludePartnership },
  { name: 'moveMigrants', run: moveMigrants },
  { name: 'adaptDestinationPolicy', run: adaptDestinationPolicy },
];
