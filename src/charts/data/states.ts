/**
 * One streamed pass over a folder's states table, for the per-state kinds: per policy,
 * state and step, the median and 90% band of the asked state columns across runs, the
 * count of each partnership status (its mode is the timeline's colour), and the mean
 * rank and the counts of grades among the runs in which the state was ranked. Only
 * origin and transit states are kept (a destination has no status and no rank).
 *
 * A sweep's states table names runs, not policies: the runs table gives each run's
 * policy.
 *
 * @example
 * const data = await readStates(folder, { policies: ['partnership'], indicators: ['responsibilisation'] });
 */
import { InputError } from '../../scenario/errors.js';
import type { LeagueRow } from '../kinds/league.js';
import type { StateBandRow } from '../kinds/stateTrajectories.js';
import type { StatusRow } from '../kinds/statusTimeline.js';
import { STATUS_ORDER } from '../palette.js';
import type { ResultsFolder } from './folder.js';
import { PeerGroups } from './peerGroups.js';
import { QuantileSketch } from './quantiles.js';
import { numberCell } from '../../io/csvRecords.js';
import { columnIndexes, numberedRecords, tableRecords } from './records.js';

export interface StatesOptions {
  policies: readonly string[];
  /** states.csv columns to summarise (trajectories) */
  indicators: readonly string[];
}

export interface StatesData {
  trajectories: StateBandRow[];
  timeline: StatusRow[];
  league: LeagueRow[];
  /** origin and transit states, in the order they first appear */
  states: string[];
}

interface Group {
  policy: string;
  state: string;
  step: number;
  runs: number;
  sketches: QuantileSketch[];
  statuses: Map<string, number>;
  rankSum: number;
  ranked: number;
  grades: number[];
}

/** run_id → policy of a sweep (from its runs table), or of a run. */
export async function runPolicies(folder: ResultsFolder): Promise<(runId: string) => string | undefined> {
  if (folder.kind === 'run') return () => folder.policies[0];
  const file = folder.table('runs')!;
  const map = new Map<string, string>();
  let cols: number[] | undefined;
  for await (const record of tableRecords(file)) {
    if (!cols) {
      cols = columnIndexes(record, ['run_id', 'policy'], file);
      continue;
    }
    map.set(record[cols[0]], record[cols[1]]);
  }
  return (runId) => map.get(runId);
}

function mode(counts: Map<string, number>, order: readonly string[]): string {
  let best = '';
  let most = -1;
  for (const [value, n] of counts) {
    if (n > most || (n === most && order.indexOf(value) > order.indexOf(best))) [best, most] = [value, n];
  }
  return best;
}

export async function readStates(folder: ResultsFolder, options: StatesOptions): Promise<StatesData> {
  const file = folder.table('states');
  if (!file) throw new InputError(`${folder.dir}: no states table (sweep with --states, or run without --no-states)`);
  const policyOf = await runPolicies(folder);
  const wanted = new Set(options.policies);
  const groups = new Map<string, Group>();
  const states: string[] = [];
  const seen = new Set<string>();
  let header: string[] | undefined;
  let meta: number[] = [];
  let cols: number[] = [];
  const peers = new PeerGroups();
  // states.csv names each rank's table (peer_group); older folders do not, and the tables are inferred.
  const named = new Map<string, Map<string, number>>();
  let tableColumn = -1;
  for await (const { cells: record, record: number } of numberedRecords(file)) {
    if (!header) {
      header = record;
      meta = columnIndexes(header, ['run_id', 'step', 'state', 'roles', 'status', 'rank', 'grade'], file);
      cols = columnIndexes(header, options.indicators, file);
      tableColumn = header.indexOf('peer_group');
      continue;
    }
    const roles = record[meta[3]];
    if (!/origin|transit/.test(roles)) continue;
    const policy = policyOf(record[meta[0]]);
    if (policy === undefined || !wanted.has(policy)) continue;
    const state = record[meta[2]];
    if (!seen.has(state)) {
      seen.add(state);
      states.push(state);
    }
    const step = Number(record[meta[1]]);
    const key = `${policy}\u0000${state}\u0000${step}`;
    let g = groups.get(key);
    if (!g) {
      g = { policy, state, step, runs: 0, sketches: cols.map(() => new QuantileSketch()), statuses: new Map(), rankSum: 0, ranked: 0, grades: [0, 0, 0, 0, 0] };
      groups.set(key, g);
    }
    g.runs++;
    cols.forEach((k, i) => g!.sketches[i].add(numberCell(record[k], file, number, options.indicators[i])));
    const status = record[meta[4]];
    g.statuses.set(status, (g.statuses.get(status) ?? 0) + 1);
    const rank = numberCell(record[meta[5]], file, number, 'rank');
    if (rank > 0) {
      peers.add(record[meta[0]], step, state, rank);
      const table = tableColumn >= 0 ? record[tableColumn] : '';
      if (table) {
        const counts = named.get(state) ?? named.set(state, new Map()).get(state)!;
        counts.set(table, (counts.get(table) ?? 0) + 1);
      }
      g.rankSum += rank;
      g.ranked++;
      const grade = numberCell(record[meta[6]], file, number, 'grade');
      if (grade >= 1 && grade <= 4) g.grades[grade]++;
    }
  }
  const order = [...groups.values()].sort(
    (a, b) => options.policies.indexOf(a.policy) - options.policies.indexOf(b.policy) || states.indexOf(a.state) - states.indexOf(b.state) || a.step - b.step,
  );
  const trajectories: StateBandRow[] = [];
  options.indicators.forEach((indicator, i) => {
    for (const g of order) {
      const s = g.sketches[i];
      if (s.count > 0) trajectories.push({ indicator, policy: g.policy, state: g.state, step: g.step, median: s.quantile(0.5), low: s.quantile(0.05), high: s.quantile(0.95), n: s.count });
    }
  });
  const timeline: StatusRow[] = order.map((g) => {
    const status = mode(g.statuses, STATUS_ORDER);
    return { policy: g.policy, state: g.state, step: g.step, status, share: (g.statuses.get(status) ?? 0) / g.runs };
  });
  // Each state drawn in the table it was most often ranked in (named), or in its inferred table.
  const modal = new Map([...named].map(([state, counts]) => [state, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]]));
  const names = [...new Set(modal.values())].sort();
  const group = named.size > 0 ? new Map([...modal].map(([state, table]) => [state, names.indexOf(table)])) : peers.groups(states);
  const league: LeagueRow[] = order
    .filter((g) => g.ranked > 0)
    .map((g) => {
      const grade = g.grades.reduce((best, n, k) => (n > g.grades[best] ? k : best), 1);
      const table = modal.get(g.state);
      return { policy: g.policy, group: group.get(g.state) ?? 0, ...(table ? { table } : {}), state: g.state, step: g.step, rank: g.rankSum / g.ranked, grade, share: g.ranked / g.runs };
    });
  return { trajectories, timeline, league, states };
}
