/**
 * Peer groups (league tables) inferred from ranks (states.csv does not name a state's league table):
 * two states that hold the same rank in the same run and step are in different tables.
 * The number of tables is the most frequent largest number of states sharing a rank;
 * states are then split into that many groups so that as few such pairs as possible
 * fall in one group (a greedy start, then single moves while they help). A state is
 * ranked in its best-placed table, which can change over time, so a few pairs may stay
 * in one group.
 *
 * @example
 * const peers = new PeerGroups();
 * peers.add('run', 0, 'A', 1); peers.add('run', 0, 'B', 1);
 * peers.groups(['A', 'B']); // Map { 'A' => 0, 'B' => 1 }
 */
export class PeerGroups {
  private readonly weights = new Map<string, Map<string, number>>();
  private readonly multiplicity = new Map<number, number>();
  private bucket = '';
  private byRank = new Map<number, string[]>();

  /** Feeds one ranked state of a run and step; rows of one run and step arrive together. */
  add(run: string, step: number, state: string, rank: number): void {
    const key = `${run}\u0000${step}`;
    if (key !== this.bucket) this.flush(key);
    (this.byRank.get(rank) ?? this.byRank.set(rank, []).get(rank)!).push(state);
  }

  private flush(next: string): void {
    let most = 0;
    for (const states of this.byRank.values()) {
      most = Math.max(most, states.length);
      for (const a of states) {
        const w = this.weights.get(a) ?? this.weights.set(a, new Map()).get(a)!;
        for (const b of states) if (a !== b) w.set(b, (w.get(b) ?? 0) + 1);
      }
    }
    if (most > 0) this.multiplicity.set(most, (this.multiplicity.get(most) ?? 0) + 1);
    this.byRank = new Map();
    this.bucket = next;
  }

  /** Group index of each ranked state (0-based, numbered in the order of `order`). */
  groups(order: readonly string[]): Map<string, number> {
    this.flush('');
    let k = 1;
    let seen = 0;
    for (const [m, n] of this.multiplicity) if (n > seen || (n === seen && m > k)) [k, seen] = [m, n];
    const ranked = order.filter((s) => this.weights.has(s));
    const total = (s: string) => [...(this.weights.get(s)?.values() ?? [])].reduce((a, b) => a + b, 0);
    const group = new Map<string, number>();
    const cost = (s: string, g: number) => [...(this.weights.get(s) ?? [])].reduce((sum, [t, w]) => sum + (group.get(t) === g ? w : 0), 0);
    const best = (s: string) => Array.from({ length: k }, (_, g) => g).reduce((b, g) => (cost(s, g) < cost(s, b) ? g : b), 0);
    for (const s of [...ranked].sort((a, b) => total(b) - total(a) || order.indexOf(a) - order.indexOf(b))) group.set(s, best(s));
    for (let sweep = 0; sweep < 20; sweep++) {
      let moved = false;
      for (const s of ranked) {
        const current = group.get(s)!;
        group.delete(s);
        const g = best(s);
        group.set(s, g);
        if (g !== current && cost(s, g) < cost(s, current)) moved = true;
        else group.set(s, current);
      }
      if (!moved) break;
    }
    const renumber = new Map<number, number>();
    for (const s of ranked) if (!renumber.has(group.get(s)!)) renumber.set(group.get(s)!, renumber.size);
    return new Map(ranked.map((s) => [s, renumber.get(group.get(s)!)!]));
  }
}
