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
 * Writes the blocking keys of many records in two statements (imports write thousands at once).
 * `replace` first deletes their old keys; a record just created has none to delete.
 */
export async function writeBlockingKeysOfMany(
  db: Kysely<Tables>,
  records: ReadonlyArray<{ readonly record: KeyedRecord; readonly prepared: PreparedRecord }>,
  options: { readonly replace: boolean },
): Promise<void> {
  if (records.length === 0) return;
  if (options.replace) await db.deleteFrom('blocking_keys').where('record_id', 'in', records.map((r) => r.record.id)).execute();
  const columns = { key: [] as string[], kind: [] as string[], id: [] as string[], agency: [] as string[], consent: [] as boolean[] };
  for (const { record, prepared } of records) {
    for (const key of new Set(blockingKeys(prepared))) {
      columns.key.push(key);
      columns.kind.push(record.kind);
      columns.id.push(record.id);
      columns.agency.push(record.agency_id);
      columns.consent.push(record.consent_for_tracing);
    }
  }
  if (columns.key.length === 0) return;
  await sql`insert into blocking_keys (key, kind, record_id, agency_id, consent)
    select * from unnest(${columns.key}::text[], ${columns.kind}::text[], ${columns.id}::text[], ${columns.agency}::text[], ${columns.consent}::boolean[]) as k(key, kind, id, agency, consent)
    order by key`.execute(db);
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
  const shortlist = await sql<{ record_id: string }>`
    select c.record_id
    from unnest(${keys}::text[]) as k(key)
    cross join lateral (
      select bk.record_id
      from blocking_keys bk
      where bk.key = k.key
        and bk.kind = any(${[...scope.kinds]}::text[])
        and (bk.agency_id = ${scope.agencyId} or (${scope.acrossAgencies}::boolean and bk.consent))
        and bk.record_id <> ${scope.excludeId ?? ''}
      limit ${limits.perKey}
    ) c
    group by c.record_id
    order by count(*) desc, c.record_id
    limit ${limits.scored}`.execute(db);
  if (shortlist.rows.length === 0) return [];
  const records = await db
    .selectFrom('records')
    .selectAll()
    .where(
      'id',
      'in',
      shortlist.rows.map((r) => r.record_id),
    )
    .execute();
  return records
    .filter((record) => record.status === 'open' && record.fields !== null)
    .map((record) => ({ record, pair: scoreWithContext(sharedContext, probe, preparedOf(record)) }))
    .sort((a, b) => b.pair.score - a.pair.score || a.record.id.localeCompare(b.record.id));
}
