/**
 * A one-node Slurm cluster on localhost for the cluster tests: munged (if not already
 * running), slurmctld and slurmd with a configuration in a temporary folder, on ports
 * of their own. No systemd: the daemons are started by hand and stopped by stop().
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Cluster {
  dir: string;
  /** environment for sbatch, squeue and partnersim --submit */
  env: NodeJS.ProcessEnv;
  stop(): void;
}

/** Why the cluster tests cannot run here, or null when they can. */
export function slurmMissing(): string | null {
  for (const tool of ['slurmctld', 'slurmd', 'sbatch', 'squeue', 'munged']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed (apt-get install slurm-wlm munge)`;
  }
  if (process.getuid?.() !== 0) return 'the one-node cluster needs root to start slurmd';
  return null;
}

function mungeWorks(): boolean {
  return spawnSync('sh', ['-c', 'munge -n | unmunge'], { stdio: 'ignore' }).status === 0;
}

function waitFor(what: string, ok: () => boolean, seconds: number): void {
  const until = Date.now() + seconds * 1000;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`the test cluster: ${what} did not come up in ${seconds} s`);
    spawnSync('sleep', ['0.5']);
  }
}

export function startCluster(): Cluster {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnersim-slurm-'));
  for (const sub of ['state', 'spool', 'log']) mkdirSync(path.join(dir, sub));
  const host = os.hostname().split('.')[0];
  const base = 20000 + (process.pid % 20000);
  const cpus = Math.max(1, os.availableParallelism());
  const memory = Math.floor(os.totalmem() / 2 ** 20 / 2);
  const conf = path.join(dir, 'slurm.conf');
  writeFileSync(
    conf,
    [
      'ClusterName=partnersim-test',
      `SlurmctldHost=${host}(127.0.0.1)`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      `SlurmctldPort=${base}`,
      `SlurmdPort=${base + 1}`,
      `StateSaveLocation=${dir}/state`,
      `SlurmdSpoolDir=${dir}/spool`,
      `SlurmctldPidFile=${dir}/slurmctld.pid`,
      `SlurmdPidFile=${dir}/slurmd.pid`,
      `SlurmctldLogFile=${dir}/log/slurmctld.log`,
      `SlurmdLogFile=${dir}/log/slurmd.log`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'AccountingStorageType=accounting_storage/none',
      'JobAcctGatherType=jobacct_gather/none',
      'JobCompType=jobcomp/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_Core_Memory',
      'SchedulerType=sched/backfill',
      'SchedulerParameters=sched_interval=2,bf_interval=1',
      'ReturnToService=2',
      'MpiDefault=none',
      `NodeName=${host} NodeAddr=127.0.0.1 CPUs=${cpus} RealMemory=${memory} State=UNKNOWN`,
      'PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP',
      '',
    ].join('\n'),
  );
  const env = { ...process.env, SLURM_CONF: conf };
  let startedMunge = false;
  if (!mungeWorks()) {
    mkdirSync('/run/munge', { recursive: true });
    execFileSync('chown', ['munge:munge', '/run/munge']);
    execFileSync('runuser', ['-u', 'munge', '--', '/usr/sbin/munged']);
    startedMunge = true;
    waitFor('munged', mungeWorks, 20);
  }
  execFileSync('slurmctld', ['-i'], { env });
  execFileSync('slurmd', [], { env });
  const stop = () => {
    for (const pidFile of ['slurmd.pid', 'slurmctld.pid']) {
      const file = path.join(dir, pidFile);
      if (existsSync(file)) spawnSync('kill', [readFileSync(file, 'utf8').trim()]);
    }
    if (startedMunge && existsSync('/run/munge/munged.pid')) spawnSync('kill', [readFileSync('/run/munge/munged.pid', 'utf8').trim()]);
    spawnSync('sleep', ['1']);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    waitFor('the node', () => /idle|mix|alloc/.test(spawnSync('sinfo', ['-h', '-o', '%T'], { env, encoding: 'utf8' }).stdout ?? ''), 60);
  } catch (error) {
    const log = (name: string) => (existsSync(path.join(dir, 'log', name)) ? readFileSync(path.join(dir, 'log', name), 'utf8').slice(-2000) : '');
    stop();
    throw new Error(`${(error as Error).message}\nslurmctld.log: ${log('slurmctld.log')}\nslurmd.log: ${log('slurmd.log')}`);
  }
  return { dir, env, stop };
}

/** Waits until none of the jobs is pending or running. */
export function waitForJobs(cluster: Cluster, jobs: string[], seconds: number): void {
  waitFor(`jobs ${jobs.join(', ')}`, () => {
    const out = spawnSync('squeue', ['-h', '-j', jobs.join(','), '-o', '%i %T %r'], { env: cluster.env, encoding: 'utf8' }).stdout ?? '';
    if (/DependencyNeverSatisfied/.test(out)) throw new Error(`a dependency can never be satisfied: ${out}`);
    return out.trim() === '';
  }, seconds);
}
