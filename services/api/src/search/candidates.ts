import { blockingKeys, createScoringContext, defaultModel, prepareRecord, scoreWithContext, type PreparedRecord, type RawRecord, type ScoredPair } from '@retrace/core';
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

export const DEFAULT_LIMITS: CandidateLimits = { perKey: 200, scored: 100 };

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
 * Writes the blocking keys of many records in two statements (imports write thousands at once).
 * `replace` first deletes their old keys; a record just created has none to delete. Each key is
 * sent once with the number of its record, and the record's columns once per record; the keys go
 * in in index order, so that consecutive inserts land on the same index pages.
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
  // The record's seq is looked up once per record, not once per key.
  await sql`insert into blocking_keys (key, kind, record_seq, agency_id, consent)
    select hashtextextended(k.key, 0), r.kind, r.seq, r.agency, r.consent
    from unnest(${textArrayLiteral(keys)}::text[], ${`{${owners.join(',')}}`}::int[]) as k(key, owner)
    join (
      select given.owner, given.kind, given.agency, given.consent, rec.seq
      from unnest(${column((r) => r.id)}::text[], ${column((r) => r.kind)}::text[], ${column((r) => r.agency_id)}::text[], ${column((r) => r.consent_for_tracing)}::boolean[])
        with ordinality as given(id, kind, agency, consent, owner)
      join records rec on rec.id = given.id
    ) as r on r.owner = k.owner
    order by 1, 2, 3`.execute(db);
}

/** Deletes the blocking keys of these records (by id; the keys hold the records' seq). */
export async function deleteBlockingKeys(db: Kysely<Tables>, recordIds: readonly string[]): Promise<void> {
  if (recordIds.length === 0) return;
  await db
    .deleteFrom('blocking_keys')
    .where('record_seq', 'in', (eb) => eb.selectFrom('records').select('seq').where('id', 'in', recordIds))
    .execute();
}

/** One scoring context for the process: its name-agreement cache is bounded and worth sharing. */
const sharedContext = createScoringContext(defaultModel());

const PREPARED_CACHE_SIZE = 50_000;
const preparedCache = new Map<string, PreparedRecord>();

/**
 * Prepared forms of stored records, cached by id and version (a changed record has a new version,
 * so the cache never serves a stale form and instances need not coordinate).
 */
function preparedOf(record: RecordRow): PreparedRecord {
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
 * Candidate generation in the database, scoring in the service: looks up the probe's blocking
 * keys (a capped number of records per key), keeps the records sharing the most keys, then
 * prepares and scores them with the core. Best first.
 */
export async function findCandidates(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope, limits: CandidateLimits = DEFAULT_LIMITS): Promise<Candidate[]> {
  const keys = [...new Set(blockingKeys(probe))];
  if (keys.length === 0 || scope.kinds.length === 0) return [];
  const shortlist = await sql<{ record_seq: string }>`
    select c.record_seq
    from unnest(${keys}::text[]) as k(key)
    cross join lateral (
      select bk.record_seq
      from blocking_keys bk
      where bk.key = hashtextextended(k.key, 0)
        and bk.kind = any(${[...scope.kinds]}::text[])
        and (bk.agency_id = ${scope.agencyId} or (${scope.acrossAgencies}::boolean and bk.consent))
        and bk.record_seq <> coalesce((select seq from records where id = ${scope.excludeId ?? ''}), 0)
      limit ${limits.perKey}
    ) c
    group by c.record_seq
    order by count(*) desc, c.record_seq
    limit ${limits.scored}`.execute(db);
  if (shortlist.rows.length === 0) return [];
  const records = await db
    .selectFrom('records')
    .selectAll()
    .where(
      'seq',
      'in',
      shortlist.rows.map((r) => r.record_seq),
    )
    .execute();
  return records
    .filter((record) => record.status === 'open' && record.fields !== null)
    .map((record) => ({ record, pair: scoreWithContext(sharedContext, probe, preparedOf(record)) }))
    .sort((a, b) => b.pair.score - a.pair.score || a.record.id.localeCompare(b.record.id));
}
