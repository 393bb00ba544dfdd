/**
 * `--memory` bounds what a run holds outside V8's heap: a run whose world would allocate
 * more typed arrays (the migrant table: 16 bytes a migrant) than the limit fails alone,
 * before it allocates, with the reason in failures.csv; the other runs finish. Grid
 * sweeps over the migrant count: 1,000 migrants (16 KB) and 4,000,000 (61 MB) against
 * --memory 48, in a worker thread and in process.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, csvRecords, makeTemp, readManifest, removeTemp } from '../helpers/sweep.js';

const DESIGN = ['sweep', '--param', 'migrants=1000:4000000:2', '--steps', '4', '--memory', '48', '--quiet'];

let root: string;
beforeAll(() => {
  root = makeTemp('partnersim-sweep-memory-');
});
afterAll(() => removeTemp(root));

describe('--memory counts the typed arrays of a run', () => {
  for (const workers of ['1', '0']) {
    it(`a run whose migrant table exceeds the limit fails alone, with the reason (--workers ${workers})`, async () => {
      const out = path.join(root, `w${workers}`);
      const r = await cli([...DESIGN, '--workers', workers, '--out', out], { cwd: root });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^sweep: 1\/2 runs, 1 failed/);
      const failures = csvRecords(path.join(out, 'failures.csv'));
      expect(failures).toHaveLength(1);
      expect(failures[0].point).toBe('1');
      expect(failures[0].error).toBe('memory: the world of 4,000,000 migrants needs 61.0 MB of typed arrays, more than --memory 48 MB; the run was not started');
      const runs = csvRecords(path.join(out, 'runs.csv'));
      expect(runs.map((x) => [x.point, x.migrants])).toEqual([['0', '1000']]);
      expect(readManifest(out)).toMatchObject({ status: 'failures', counts: { runs: 2, completed: 1, failed: 1 } });
    });
  }
});
