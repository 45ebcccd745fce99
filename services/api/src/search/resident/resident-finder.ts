import { scoreWithContext, type PreparedRecord } from '@retrace/core';
import { sql, type Kysely } from 'kysely';
import type { RecordRow, Tables } from '../../storage/tables.ts';
import { preparedOf, sharedContext, type Candidate, type CandidateScope } from '../candidates.ts';
import { databaseFinder, type CandidateFinder } from '../finder.ts';
import { ResidentIndex, type ResidentHit, type ResidentRow } from './resident-index.ts';

export interface ResidentFinderOptions {
  /**
   * Changes are read back from this long before the last read: `updated_at` is when a writing
   * transaction started, and a long one commits later. Default 2 minutes.
   */
  readonly slackMs?: number;
  /** Records changed within one read above which the index is not used until built again. Default 50,000. */
  readonly abandonAfter?: number;
  /** Positions given up by changed records above which the index is built again in the background. Default 100,000. */
  readonly rebuildAfter?: number;
  /** How often, at most, a stale index asks whether writes have calmed enough to build again (ms). Default 10,000. */
  readonly calmCheckMs?: number;
  /** How long after a failed build (the database unreachable at start, say) to try again (ms). Default 60,000. */
  readonly retryMs?: number;
  /** Records read per page while building (each page is prepared between two reads). Default 1,000. */
  readonly pageSize?: number;
  readonly log?: (line: Record<string, unknown>) => void;
}

type State = 'building' | 'ready' | 'stale' | 'closed';
const COLUMNS = ['id', 'seq', 'kind', 'agency_id', 'consent_for_tracing', 'version', 'fields'] as const;

/**
 * Candidates from an in-memory index of the open records (ResidentIndex), built in the background
 * when the instance starts; until it is ready, and whenever it falls too far behind, searches use
 * the database (databaseFinder). The database stays the truth:
 * - before every search, the records changed since the last such read (by `updated_at`, less a
 *   slack for transactions still running then) are read back and indexed again, so a search finds
 *   what any instance wrote before it began;
 * - the records a search returns are read again in the search's own transaction: one closed or
 *   out of the searcher's reach since is dropped, one changed since is scored as it is now.
 */
export class ResidentFinder implements CandidateFinder {
  private index: ResidentIndex | null = null;
  private state: State = 'building';
  /** Database time of the last read of changes (or of the build): the next read starts there, less the slack. */
  private readThrough: Date | null = null;
  /** The read of changes in flight, and when it was asked for. */
  private refreshing: { readonly promise: Promise<void>; readonly askedAt: number } | null = null;
  private building: Promise<void> | null = null;
  private lastCalmCheck = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly options: Required<Omit<ResidentFinderOptions, 'log'>>;
  private readonly log: (line: Record<string, unknown>) => void;

  constructor(private readonly db: Kysely<Tables>, options: ResidentFinderOptions = {}) {
    this.options = {
      slackMs: options.slackMs ?? 2 * 60_000,
      abandonAfter: options.abandonAfter ?? 50_000,
      rebuildAfter: options.rebuildAfter ?? 100_000,
      calmCheckMs: options.calmCheckMs ?? 10_000,
      retryMs: options.retryMs ?? 60_000,
      pageSize: options.pageSize ?? 1_000,
    };
    this.log = options.log ?? (() => {});
  }

  /** Starts building the index; resolves when it is ready (searches do not wait for it). */
  start(): Promise<void> {
    return this.rebuild();
  }

  /** Read through a getter: a build that awaited the database must see a close made meanwhile. */
  private get closed(): boolean {
    return this.state === 'closed';
  }

  status() {
    return { source: 'memory' as const, state: this.state, ...(this.index ? { records: this.index.size } : {}) };
  }

  /** Stops building; searches go to the database from now on. */
  close(): void {
    this.state = 'closed';
    this.index = null;
    if (this.retry) clearTimeout(this.retry);
  }

  async find(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope, top?: number): Promise<Candidate[]> {
    if (this.index && this.state === 'ready') await this.refreshed(db, performance.now());
    if (this.state === 'stale') void this.rebuildWhenCalm();
    const index = this.state === 'ready' ? this.index : null;
    if (!index) return databaseFinder.find(db, probe, scope);
    // Only the records the caller will use are explained and read again.
    return this.asStored(db, probe, scope, index.find(probe, scope, top));
  }

  /**
   * Automatic matching of a record just written, inside its transaction: the index is not brought
   * up to date through that transaction (it would take in rows that may yet be rolled back), so
   * the candidates of the index as it stands are joined by those of the stored keys, which see
   * every record committed since the index last looked.
   */
  async findWhileWriting(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope): Promise<Candidate[]> {
    const fromKeys = await databaseFinder.find(db, probe, scope);
    const index = this.state === 'ready' ? this.index : null;
    if (!index) return fromKeys;
    const seen = new Set(fromKeys.map((c) => c.record.id));
    const fromMemory = (await this.asStored(db, probe, scope, index.find(probe, scope))).filter((c) => !seen.has(c.record.id));
    return [...fromKeys, ...fromMemory].sort(byScore);
  }

  /** The records behind the hits as stored now: closed or out-of-reach ones dropped, changed ones scored again. */
  private async asStored(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope, hits: readonly ResidentHit[]): Promise<Candidate[]> {
    if (hits.length === 0) return [];
    const rows = new Map((await db.selectFrom('records').selectAll().where('id', 'in', hits.map((h) => h.id)).execute()).map((row) => [row.id, row]));
    const found: Candidate[] = [];
    for (const hit of hits) {
      const record = rows.get(hit.id);
      if (!record || !reachable(record, scope)) continue;
      const pair = record.version === hit.version ? hit.pair : scoreWithContext(sharedContext, probe, preparedOf(record));
      found.push({ record, pair });
    }
    return found.sort(byScore);
  }

  /** Builds a new index in the background while the current one (if any) keeps serving. */
  private rebuild(): Promise<void> {
    this.building ??= this.build()
      .catch((error: Error) => {
        if (this.closed) return;
        this.log({ level: 'error', event: 'search_index.build_failed', error: error.name });
        // Searches keep using the stored keys meanwhile.
        this.retry = setTimeout(() => void this.rebuild(), this.options.retryMs);
        this.retry.unref?.();
      })
      .finally(() => {
        this.building = null;
      });
    return this.building;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    const { now } = (await sql<{ now: Date }>`select now() as now`.execute(this.db)).rows[0]!;
    const fresh = new ResidentIndex(sharedContext);
    let after = '0';
    for (;;) {
      if (this.closed) return;
      const page = await this.db
        .selectFrom('records')
        .select(COLUMNS)
        .where('status', '=', 'open')
        .where('fields', 'is not', null)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(this.options.pageSize)
        .execute();
      for (const row of page) fresh.put(row);
      if (page.length < this.options.pageSize) break;
      after = page[page.length - 1]!.seq;
    }
    fresh.freeze();
    if (this.closed) return;
    this.index = fresh;
    this.readThrough = new Date(now);
    this.state = 'ready';
    this.log({ event: 'search_index.ready', records: fresh.size, seconds: Math.round((performance.now() - started) / 100) / 10 });
    // What changed while it was built is read back before the next search.
  }

  /**
   * Builds the index again once fewer records changed within the slack than it can catch up with:
   * during a large import each new index would be stale before it was ready, and building one
   * costs a core for a minute at a million records. Asked by searches, at most every `calmCheckMs`.
   */
  private async rebuildWhenCalm(): Promise<void> {
    if (this.building || performance.now() - this.lastCalmCheck < this.options.calmCheckMs) return;
    this.lastCalmCheck = performance.now();
    try {
      const { changed } = (
        await sql<{ changed: number }>`select count(*)::int as changed from records where updated_at >= now() - ${`${this.options.slackMs} milliseconds`}::interval`.execute(this.db)
      ).rows[0]!;
      if (changed <= this.options.abandonAfter && this.state === 'stale') await this.rebuild();
    } catch (error) {
      if (!this.closed) this.log({ level: 'error', event: 'search_index.calm_check_failed', error: (error as Error).name });
    }
  }

  /**
   * Resolves once a read of changes that began after `askedAt` is done: concurrent searches
   * share one read, and none is answered from a read that started before it.
   */
  private async refreshed(db: Kysely<Tables>, askedAt: number): Promise<void> {
    while (this.refreshing && this.refreshing.askedAt < askedAt) await this.refreshing.promise.catch(() => {});
    if (!this.refreshing) {
      const promise = this.refresh(db).finally(() => {
        this.refreshing = null;
      });
      this.refreshing = { promise, askedAt: performance.now() };
    }
    await this.refreshing.promise;
  }

  /**
   * Reads the changes through `db`, the asking search's transaction: an embedded database has
   * one connection, which that transaction holds.
   */
  private async refresh(db: Kysely<Tables>): Promise<void> {
    const index = this.index!;
    const from = new Date(this.readThrough!.getTime() - this.options.slackMs);
    // The database's clock, read in the same statement: the next read starts from it.
    const changed = (
      await sql<{ now: Date; id: string | null; version: number | null; status: string | null; erased: boolean | null }>`
        select clock.now, r.id, r.version, r.status, r.fields is null as erased
        from (select now() as now) as clock
        left join records r on r.updated_at >= ${from}`.execute(db)
    ).rows;
    if (index !== this.index) return;
    if (changed.length > this.options.abandonAfter) {
      this.state = 'stale';
      this.lastCalmCheck = performance.now();
      this.log({ event: 'search_index.stale', changed: changed.length });
      return;
    }
    const wanted: string[] = [];
    for (const row of changed) {
      if (row.id === null) continue;
      if (row.status !== 'open' || row.erased) index.remove(row.id);
      else if (index.versionOf(row.id) !== row.version) wanted.push(row.id);
    }
    for (let at = 0; at < wanted.length; at += this.options.pageSize) {
      const rows: ResidentRow[] = await db
        .selectFrom('records')
        .select(COLUMNS)
        .where('id', 'in', wanted.slice(at, at + this.options.pageSize))
        .where('status', '=', 'open')
        .execute();
      for (const row of rows) index.put(row);
    }
    this.readThrough = new Date(changed[0]!.now);
    if (index.retiredPositions > this.options.rebuildAfter) void this.rebuild();
  }
}

const byScore = (a: Candidate, b: Candidate): number => b.pair.score - a.pair.score || a.record.id.localeCompare(b.record.id);

/** Whether the record, as stored now, is open and within the search's reach. */
function reachable(record: RecordRow, scope: CandidateScope): boolean {
  return (
    record.status === 'open' &&
    record.fields !== null &&
    record.id !== scope.excludeId &&
    scope.kinds.includes(record.kind) &&
    (record.agency_id === scope.agencyId || (scope.acrossAgencies && record.consent_for_tracing))
  );
}
