import { blockingKeys, createScoringContext, keyShares, defaultModel, prepareRecord, scoreWithContext, type PreparedRecord, type RawRecord, type ScoredPair } from '@retrace/core';
import { sql, type Kysely } from 'kysely';
import type { RecordRow, Tables } from '../storage/tables.ts';

/** Whose records a candidate search may reach. */
export interface CandidateScope {
  /** The searching agency: its own records are always in reach. */
  readonly agencyId: string;
  /** Whether other agencies' consenting records are in reach too. */
  readonly acrossAgencies: boolean;
  readonly kinds: ReadonlyArray<'child' | 'request'>;
  /** A record never matches itself. */
  readonly excludeId?: string;
}

export interface CandidateLimits {
  /** At most this many records per blocking key: very common keys (Mahamat) stop early. */
  readonly perKey: number;
  /** At most this many records, those sharing the most keys, are loaded and scored. */
  readonly scored: number;
}

export const DEFAULT_LIMITS: CandidateLimits = { perKey: 500, scored: 100 };

export interface Candidate {
  readonly record: RecordRow;
  readonly pair: ScoredPair;
}

/** The record as the core reads it: the stored fields plus id and kind. */
export function rawOf(record: Pick<RecordRow, 'id' | 'kind' | 'fields'>): RawRecord {
  return { ...(record.fields ?? {}), id: record.id, kind: record.kind } as RawRecord;
}

type KeyedRecord = Pick<RecordRow, 'id' | 'kind' | 'agency_id' | 'consent_for_tracing'>;

/** Rewrites the stored blocking keys of an open record (candidate generation happens in the database). */
export async function writeBlockingKeys(db: Kysely<Tables>, record: KeyedRecord, prepared: PreparedRecord): Promise<void> {
  await writeBlockingKeysOfMany(db, [{ record, prepared }], { replace: true });
}

/**
 * A PostgreSQL array literal of texts, built here in one pass: a batch sends tens of thousands of
 * keys, and the driver's generic array encoding cost more than computing the keys.
 *
 * @example
 * textArrayLiteral(['n:mhmd', 'say "hi"']) // '{"n:mhmd","say \\"hi\\""}'
 */
export function textArrayLiteral(values: readonly string[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (i > 0) out += ',';
    out += /["\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : `"${value}"`;
  }
  return `${out}}`;
}

/**
 * Writes the blocking keys of many records: one row per record with its keys' hashes (see
 * migration 009), in one statement. `replace` first deletes their old keys; a record just
 * created has none to delete. Each key is sent once with the number of its record, and the
 * record's columns once per record.
 */
export async function writeBlockingKeysOfMany(
  db: Kysely<Tables>,
  records: ReadonlyArray<{ readonly record: KeyedRecord; readonly prepared: PreparedRecord }>,
  options: { readonly replace: boolean },
): Promise<void> {
  if (records.length === 0) return;
  if (options.replace) await deleteBlockingKeys(db, records.map((r) => r.record.id));
  const keys: string[] = [];
  const owners: number[] = [];
  for (const [index, { prepared }] of records.entries()) {
    for (const key of new Set(blockingKeys(prepared))) {
      keys.push(key);
      owners.push(index + 1);
    }
  }
  if (keys.length === 0) return;
  const column = <T>(pick: (r: KeyedRecord) => T) => records.map((r) => pick(r.record));
  await sql`insert into record_keys (record_seq, kind, agency_id, consent, keys)
    select rec.seq, given.kind, given.agency, given.consent, k.hashes
    from unnest(${column((r) => r.id)}::text[], ${column((r) => r.kind)}::text[], ${column((r) => r.agency_id)}::text[], ${column((r) => r.consent_for_tracing)}::boolean[])
      with ordinality as given(id, kind, agency, consent, owner)
    join records rec on rec.id = given.id
    join (
      select k.owner, array_agg(distinct hashtextextended(k.key, 0)) as hashes
      from unnest(${textArrayLiteral(keys)}::text[], ${`{${owners.join(',')}}`}::int[]) as k(key, owner)
      group by k.owner
    ) as k on k.owner = given.owner`.execute(db);
}

/** Deletes the blocking keys of these records (by id; the keys hold the records' seq). */
export async function deleteBlockingKeys(db: Kysely<Tables>, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length === 0) return;
  await db
    .deleteFrom('record_keys')
    .where('record_seq', 'in', (eb) => eb.selectFrom('records').select('seq').where('id', 'in', recordIds))
    .execute();
}

/**
 * One scoring context for the process: its name-agreement cache is bounded and worth sharing,
 * and the database and in-memory searches (search/resident/) score alike with it.
 */
export const sharedContext = createScoringContext(defaultModel());

const PREPARED_CACHE_SIZE = 50_000;
const preparedCache = new Map<string, PreparedRecord>();

/**
 * Prepared forms of stored records, cached by id and version (a changed record has a new version,
 * so the cache never serves a stale form and instances need not coordinate).
 */
export function preparedOf(record: RecordRow): PreparedRecord {
  const key = `${record.id}@${record.version}`;
  let prepared = preparedCache.get(key);
  if (prepared) {
    preparedCache.delete(key);
  } else {
    prepared = prepareRecord(rawOf(record));
    if (preparedCache.size >= PREPARED_CACHE_SIZE) preparedCache.delete(preparedCache.keys().next().value!);
  }
  preparedCache.set(key, prepared);
  return prepared;
}

/**
 * A key shared by more than `perKey` records is taken as this many times `perKey` when weighed:
 * its true size is not counted (that would read the whole block), only that it is over the cap.
 */
const OVERSIZED_FACTOR = 4;
/**
 * How many times `scored` records the keys rank before the common keys' weights are added: enough
 * that a record found by one rare key but carrying every common one can still rise to the top.
 */
const CANDIDATE_POOL = 4;

/**
 * The records worth scoring for a probe, best first, chosen in the database the way the core's
 * candidate index chooses them (see CandidateIndex.candidates):
 * - each key weighs by its rarity, ln(1 + records / records sharing it), times its share among the
 *   probe's keys of one kind (a name's typo variants count as one name, see keyShares), so that
 *   sharing the mother's rare name counts for more than sharing "Mahamat";
 * - a key shared by more than `perKey` records (Mahamat born in 2016) brings in only the first
 *   `perKey` of them, an arbitrary sample; so its weight is then also given to every other record
 *   found that carries it, and among the children sharing the mother's name, the Mahamat born in
 *   2016 ranks first whether or not he was in the sample.
 */
async function shortlistOf(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope, limits: CandidateLimits): Promise<string[]> {
  const keys = [...new Set(blockingKeys(probe))];
  if (keys.length === 0 || scope.kinds.length === 0) return [];
  const shares = keyShares(keys);
  const cap = limits.perKey;
  // Planner statistics, not a count: the weights need the order of magnitude only.
  const population = sql`(select greatest(reltuples, 1000)::float8 from pg_class where oid = 'records'::regclass)`;
  const commonWeight = sql`ln(1 + ${population} / ${cap * OVERSIZED_FACTOR})`;
  const found = await sql<{ record_seq: string | null; rare: number | null; common: number | null; common_key: string | null }>`
    with probe as (
      select k.key, k.share, hashtextextended(k.key, 0) as hash
      from unnest(${keys}::text[], ${shares}::float8[]) as k(key, share)
    ),
    hits as (
      select p.key, p.share, c.record_seq
      from probe p
      cross join lateral (
        select rk.record_seq from record_keys rk
        where rk.keys @> array[p.hash]
          and rk.kind = any(${[...scope.kinds]}::text[])
          and (rk.agency_id = ${scope.agencyId} or (${scope.acrossAgencies}::boolean and rk.consent))
          and rk.record_seq <> coalesce((select seq from records where id = ${scope.excludeId ?? ''}), 0)
        limit ${cap + 1}
      ) c
    ),
    sizes as (select key, count(*) as n from hits group by key)
    (select record_seq, rare, common, null as common_key
     from (
       select h.record_seq,
         sum(case when s.n <= ${cap} then h.share * ln(1 + ${population} / s.n) else 0 end)::float8 as rare,
         sum(case when s.n > ${cap} then h.share * ${commonWeight} else 0 end)::float8 as common
       from hits h join sizes s using (key)
       group by h.record_seq
     ) weighed
     order by rare + common desc, record_seq
     limit ${limits.scored * CANDIDATE_POOL})
    union all
    select null, null, p.share, p.key
    from probe p join sizes s using (key)
    where s.n > ${cap}`.execute(db);
  const rare = new Map<string, number>();
  const common = new Map<string, number>();
  const commonKeys: { key: string; share: number }[] = [];
  for (const row of found.rows) {
    if (row.record_seq !== null) {
      rare.set(row.record_seq, row.rare ?? 0);
      common.set(row.record_seq, row.common ?? 0);
    } else if (row.common_key !== null) commonKeys.push({ key: row.common_key, share: row.common ?? 0 });
  }
  if (rare.size > limits.scored && commonKeys.length > 0) {
    // Which of the records found carry the common keys, in or out of their samples: each
    // record's keys, read by primary key.
    const members = await sql<{ record_seq: string; common: number }>`
      with common_keys as materialized (
        select hashtextextended(o.key, 0) as hash, o.share
        from unnest(${commonKeys.map((o) => o.key)}::text[], ${commonKeys.map((o) => o.share)}::float8[]) as o(key, share)
      )
      select rk.record_seq, sum(o.share * ${commonWeight})::float8 as common
      from record_keys rk
      join common_keys o on o.hash = any(rk.keys)
      where rk.record_seq = any(${[...rare.keys()]}::bigint[]) and rk.kind = any(${[...scope.kinds]}::text[])
      group by rk.record_seq`.execute(db);
    for (const seq of common.keys()) common.set(seq, 0);
    for (const row of members.rows) common.set(row.record_seq, row.common);
  }
  const weight = (seq: string) => rare.get(seq)! + common.get(seq)!;
  return [...rare.keys()]
    .sort((a, b) => weight(b) - weight(a) || (BigInt(a) < BigInt(b) ? -1 : 1))
    .slice(0, limits.scored);
}

/**
 * Candidate generation in the database, scoring in the service: the records the probe's blocking
 * keys rank highest (see shortlistOf), prepared and scored with the core. Best first.
 */
export async function findCandidates(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope, limits: CandidateLimits = DEFAULT_LIMITS): Promise<Candidate[]> {
  const shortlist = await shortlistOf(db, probe, scope, limits);
  if (shortlist.length === 0) return [];
  const records = await db
    .selectFrom('records')
    .selectAll()
    .where(
      'seq',
      'in',
      shortlist,
    )
    .execute();
  return records
    .filter((record) => record.status === 'open' && record.fields !== null)
    .map((record) => ({ record, pair: scoreWithContext(sharedContext, probe, preparedOf(record)) }))
    .sort((a, b) => b.pair.score - a.pair.score || a.record.id.localeCompare(b.record.id));
}
