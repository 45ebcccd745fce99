import type { Kysely } from 'kysely';
import type { Tables } from '../storage/tables.ts';
import type { BatchOutcome } from './propose.ts';
import type { Pass } from './plan.ts';
import type { ReconcileParams, ReconcileReport } from './schemas.ts';

/** The running totals a reconciliation keeps in its checkpoint (plain JSON). */
export interface Tally {
  records_scored: number;
  pairs_scored: number;
  proposed: { likely: number; possible: number };
  already_in_queue: { pending: number; confirmed: number; rejected: number };
  /** `from|to|kind` → counts by band. */
  by_agency_pair: Record<string, { likely: number; possible: number }>;
  /** Dedupe: pairs found that the queue already held and nobody rejected (they join clusters too). */
  carried: Array<[string, string]>;
}

export const emptyTally = (): Tally => ({ records_scored: 0, pairs_scored: 0, proposed: { likely: 0, possible: 0 }, already_in_queue: { pending: 0, confirmed: 0, rejected: 0 }, by_agency_pair: {}, carried: [] });

const pairKind = (pass: Pass): ReconcileReport['by_agency_pair'][number]['kind'] =>
  pass.sameSet ? (pass.left.kind === 'child' ? 'child_to_child' : 'request_to_request') : 'request_to_child';

/** Adds one batch to the tally (a new tally: the old one may still be the saved checkpoint). */
export function addBatch(tally: Tally, pass: Pass, batch: { records: number; pairsScored: number; outcome: BatchOutcome }): Tally {
  const next: Tally = structuredClone(tally);
  next.records_scored += batch.records;
  next.pairs_scored += batch.pairsScored;
  const count = (p: BatchOutcome['created'][number]) => {
    const key = `${p.leftAgency}|${p.rightAgency}|${pairKind(pass)}`;
    const entry = (next.by_agency_pair[key] ??= { likely: 0, possible: 0 });
    entry[p.pair.band as 'likely' | 'possible']++;
  };
  for (const p of batch.outcome.created) {
    next.proposed[p.pair.band as 'likely' | 'possible']++;
    count(p);
  }
  for (const { proposal, status } of batch.outcome.existing) {
    next.already_in_queue[status]++;
    count(proposal);
    if (pass.sameSet && status !== 'rejected') next.carried.push([proposal.pair.leftId, proposal.pair.rightId]);
  }
  return next;
}

/** Groups records joined by pairs into connected components (union–find with path halving). */
export function connectedGroups(pairs: ReadonlyArray<readonly [string, string]>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let node = x;
    while (parent.get(node) !== node) {
      const up = parent.get(parent.get(node)!)!;
      parent.set(node, up);
      node = up;
    }
    return node;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const node of parent.keys()) {
    const root = find(node);
    const group = groups.get(root);
    if (group) group.push(node);
    else groups.set(root, [node]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

/** Clusters listed in a report; the total says how many there are. */
const LISTED_CLUSTERS = 1_000;

/** The final report: the tally, and for dedupe the clusters from this job's pairs still standing. */
export async function buildReport(db: Kysely<Tables>, jobId: string, params: ReconcileParams, tally: Tally): Promise<ReconcileReport> {
  let clusters: ReconcileReport['duplicate_clusters'] = [];
  let total = 0;
  if (params.scope === 'dedupe') {
    const own = await db.selectFrom('matches').select(['record_a', 'record_b']).where('job_id', '=', jobId).where('status', '<>', 'rejected').execute();
    const groups = connectedGroups([...own.map((m) => [m.record_a, m.record_b] as const), ...tally.carried]);
    total = groups.length;
    const listed = groups.slice(0, LISTED_CLUSTERS);
    const ids = listed.map((g) => g[0]!);
    const kinds = new Map(ids.length === 0 ? [] : (await db.selectFrom('records').select(['id', 'kind']).where('id', 'in', ids).execute()).map((r) => [r.id, r.kind]));
    clusters = listed.map((record_ids) => ({ agency_id: params.agency, kind: kinds.get(record_ids[0]!) ?? 'child', record_ids }));
  }
  const by_agency_pair = Object.entries(tally.by_agency_pair)
    .map(([key, counts]) => {
      const [from_agency, to_agency, kind] = key.split('|') as [string, string, ReconcileReport['by_agency_pair'][number]['kind']];
      return { from_agency, to_agency, kind, ...counts };
    })
    .sort((a, b) => (a.from_agency + a.to_agency + a.kind < b.from_agency + b.to_agency + b.kind ? -1 : 1));
  return {
    scope: params.scope,
    records_scored: tally.records_scored,
    pairs_scored: tally.pairs_scored,
    proposed: tally.proposed,
    already_in_queue: tally.already_in_queue,
    by_agency_pair,
    duplicate_clusters: clusters,
    duplicate_clusters_total: total,
  };
}
