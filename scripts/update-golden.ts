/**
 * Rewrites test/golden/fingerprints.json from the current model. Run it only when a
 * change of the model's behaviour is intended, and say why in the commit.
 */
import { writeFileSync } from 'node:fs';
import { allFingerprints } from '../test/golden/fingerprint.js';

const file = new URL('../test/golden/fingerprints.json', import.meta.url);
writeFileSync(file, JSON.stringify(await allFingerprints(), null, 2) + '\n');
console.log('test/golden/fingerprints.json updated');
