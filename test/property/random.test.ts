/**
 * The seeded streams of src/engine/random.ts: one seed per run, one named stream per
 * process, so that switching a process off does not shift another's draws and two
 * policies on one seed share their draws (common random numbers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCESS_NAMES, type ProcessName } from '../../src/domain/vocabulary.js';
import { EXTRA_STREAMS, createStream, createStreams, type StreamName } from '../../src/engine/random.js';
import { step } from '../../src/engine/step.js';
import { POLICY_NAMES, getPolicy, type PolicyName } from '../../src/scenario/policies.js';
import type { ScenarioInput } from '../../src/scenario/schema.js';
import { parseScenario } from '../../src/scenario/validate.js';
import { createWorld } from '../../src/world/createWorld.js';
import type { World } from '../../src/world/world.js';
import { loadScenario } from '../../src/scenario/load.js';
import { DEFAULT_SCENARIO } from '../../src/scenario/loader.js';

const FC_SEED = Number(process.env.FC_SEED ?? 20250611);

function take(stream: { next(): number }, n: number): number[] {
  return Array.from({ length: n }, () => stream.next());
}

/** A stylised world of 8 states, forums and experts, drawn from the seed. */
const STYLISED: ScenarioInput = {
  name: 'streams',
  steps: 12,
  migrants: 2000,
  generate: { states: 8, transitShare: 0.4, forums: 2, experts: 2, spread: 0.25 },
};

function worldFor(processes: Partial<Record<ProcessName, boolean>>, seed: number, policy?: PolicyName): World {
  const scenario = parseScenario({ ...STYLISED, processes }, policy ? { policy: getPolicy(policy) } : {});
  return createWorld(scenario, seed);
}

/** Records, per stream, every number drawn from it (uniforms and normals, in order). */
function recordDraws(world: World): Record<StreamName, number[]> {
  const log = {} as Record<StreamName, number[]>;
  for (const name of Object.keys(world.streams) as StreamName[]) {
    const stream = world.streams[name];
    const seen: number[] = (log[name] = []);
    const next = stream.next.bind(stream);
    const normal = stream.normal.bind(stream);
    stream.next = () => {
      const x = next();
      seen.push(x);
      return x;
    };
    stream.normal = () => {
      const x = normal();
      seen.push(x);
      return x;
    };
  }
  return log;
}

function run(world: World, steps: number): void {
  for (let t = 0; t < steps; t++) {
    world.step = t;
    step(world);
  }
}

describe('createStream', () => {
  it('gives the same sequence for the same seed and name (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.constantFrom(...PROCESS_NAMES, ...EXTRA_STREAMS), (seed, name) => {
        expect(take(createStream(seed, name), 200)).toEqual(take(createStream(seed, name), 200));
      }),
      { numRuns: 100, seed: FC_SEED },
    );
  });

  it('gives different sequences for different names, and for different seeds', () => {
    const names = [...PROCESS_NAMES, ...EXTRA_STREAMS];
    const firsts = names.map((name) => take(createStream(42, name), 50).join(','));
    expect(new Set(firsts).size).toBe(names.length);
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        fc.pre(a !== b);
        expect(take(createStream(a, 'moveMigrants'), 20)).not.toEqual(take(createStream(b, 'moveMigrants'), 20));
      }),
      { numRuns: 100, seed: FC_SEED },
    );
  });

  it('draws uniforms in [0, 1) that look uniform (mean, variance, hardly any repeats)', () => {
    const xs = take(createStream(7, 'chooseEffort'), 20000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    expect(variance).toBeGreaterThan(1 / 12 - 0.003);
    expect(variance).toBeLessThan(1 / 12 + 0.003);
    // 32-bit resolution: a repeat or two among 20,000 draws is possible, more is not
    expect(new Set(xs).size).toBeGreaterThan(xs.length - 3);
  });

  it('normal() always consumes exactly two uniforms and gives a standard normal', () => {
    const a = createStream(3, 'monitorImplementation');
    const b = createStream(3, 'monitorImplementation');
    const zs = Array.from({ length: 5000 }, () => a.normal());
    take(b, 2 * 5000);
    expect(a.next()).toBe(b.next());
    const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
    const variance = zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(variance).toBeGreaterThan(0.93);
    expect(variance).toBeLessThan(1.07);
    expect(zs.every(Number.isFinite)).toBe(true);
  });

  it('createStreams holds one stream per process plus world and migrants, each the named stream of the seed', () => {
    const streams = createStreams(9);
    expect(Object.keys(streams).sort()).toEqual([...PROCESS_NAMES, ...EXTRA_STREAMS].sort());
    for (const name of Object.keys(streams) as StreamName[]) {
      expect(take(streams[name], 10)).toEqual(take(createStream(9, name), 10));
    }
  });
});

describe('streams in a run', () => {
  it('with rankPeers off, the migrant draws (and every other process’s draws) are the same as with it on', () => {
    const on = worldFor({}, 7);
    const off = worldFor({ rankPeers: false }, 7);
    const logOn = recordDraws(on);
    const logOff = recordDraws(off);
    run(on, 6);
    run(off, 6);
    // moveMigrants draws two uniforms per migrant per step: the first N are the same
    const N = 2 * 2000 * 6;
    expect(logOn.moveMigrants).toHaveLength(N);
    expect(logOff.moveMigrants).toHaveLength(N);
    expect(logOff.moveMigrants).toEqual(logOn.moveMigrants);
    expect(logOff.rankPeers).toHaveLength(0);
    expect(logOn.rankPeers.length).toBeGreaterThan(0);
    for (const name of PROCESS_NAMES.filter((n) => n !== 'rankPeers')) {
      expect(logOff[name], name).toEqual(logOn[name]);
    }
    // while the runs themselves differ (rankPeers does something)
    expect(off.states.map((s) => s.pressure)).not.toEqual(on.states.map((s) => s.pressure));
  });

  it('switching any one process off leaves the draws of every other stream unchanged', () => {
    const base = worldFor({}, 11);
    const baseLog = recordDraws(base);
    run(base, 3);
    for (const name of PROCESS_NAMES) {
      const w = worldFor({ [name]: false }, 11);
      const log = recordDraws(w);
      run(w, 3);
      expect(log[name], `${name} is off`).toHaveLength(0);
      for (const other of PROCESS_NAMES.filter((n) => n !== name)) {
        expect(log[other], `${other} with ${name} off`).toEqual(baseLog[other]);
      }
    }
  });

  it('two policies on the same seed start from the same world (same migrant table and states) and share their draws', () => {
    const baseline = worldFor({}, 5, 'partnership');
    const baselineLog = recordDraws(baseline);
    run(baseline, 1);
    const table = (w: World) => {
      const m = w.migrants;
      return [m.origin, m.location, m.status, m.route, m.leg, m.flags, m.resources, m.network].map((a) => Array.from(a));
    };
    const attributes = (w: World) =>
      w.states.map((s) => [s.id, s.roles.join('+'), s.capacity0, s.dataQuality0, s.trust, s.sovereigntySensitivity, s.adoptionCost, s.politicalBias, s.migrantsOf]);
    const forums = (w: World) => w.forums.map((f) => [f.id, ...f.members]);
    const initial = worldFor({}, 5, 'partnership');
    for (const policy of POLICY_NAMES) {
      const w = worldFor({}, 5, policy);
      expect(table(w), policy).toEqual(table(initial));
      expect(attributes(w), policy).toEqual(attributes(initial));
      expect(forums(w), policy).toEqual(forums(initial));
      // the first step's migrant draws are common random numbers across policies
      const log = recordDraws(w);
      run(w, 1);
      expect(log.moveMigrants, policy).toEqual(baselineLog.moveMigrants);
    }
    // and a different seed gives a different world
    expect(table(worldFor({}, 6, 'partnership'))).not.toEqual(table(initial));
  });

  it('every process draws as many numbers at each step under every policy that keeps it on, even when states take other paths', async () => {
    // The EU scenario with the first forum's last member turned into a 'policy-in-place'
    // applicant, so membership itself differs between policies.
    const loaded = await loadScenario(DEFAULT_SCENARIO);
    const input = structuredClone(loaded.base) as ScenarioInput & { forums: { members: string[]; applicants?: string[]; admission?: string; admissionThreshold?: number }[] };
    const forum = input.forums[0];
    const applicant = forum.members.pop() as string;
    forum.applicants = [applicant];
    forum.admission = 'policy-in-place';
    forum.admissionThreshold = 0.4;
    // responsibilised enough to build institutions within the run under some policies only
    Object.assign(input.states?.find((s) => s.id === applicant) as object, { capacity: 0.55, responsibilisation: 0.6 });
    const counts = (policy: PolicyName) => {
      const world = createWorld(parseScenario(input, { policy: getPolicy(policy), steps: 48, migrants: 500 }), 3);
      const log = recordDraws(world);
      const perStep: Record<string, number>[] = [];
      let admitted = -1;
      for (let t = 0; t < 48; t++) {
        world.step = t;
        step(world);
        if (admitted < 0 && world.forums[0].applicants.length === 0) admitted = t;
        perStep.push(Object.fromEntries(PROCESS_NAMES.map((name) => [name, log[name].length])));
      }
      // a process a policy switches off draws nothing (tested above); the others keep step
      return { perStep, on: world.processes, admitted, statuses: world.states.map((s) => s.status).join(',') };
    };
    const baseline = counts('partnership');
    const paths = new Set([baseline.statuses]);
    const admitted = new Set([baseline.admitted]);
    for (const policy of POLICY_NAMES) {
      const other = counts(policy);
      paths.add(other.statuses);
      if (other.on.holdDialogue) admitted.add(other.admitted);
      for (const name of PROCESS_NAMES.filter((n) => other.on[n])) {
        expect(other.perStep.map((c) => c[name]), `${name} under ${policy}`).toEqual(baseline.perStep.map((c) => c[name]));
      }
    }
    expect(paths.size).toBeGreaterThan(3); // the policies do lead states down other paths
    expect(admitted.size).toBeGreaterThan(1); // and the applicant is admitted at other steps (or never)
  });
});
