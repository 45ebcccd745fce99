import type { PreparedRecord } from '@retrace/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../storage/tables.ts';
import { findCandidates, type Candidate, type CandidateScope } from './candidates.ts';

/**
 * Where a search's candidates come from: the stored blocking keys (always available), or the
 * records an instance keeps in memory (search/resident/). Either returns the records as stored
 * now, read through `db` (the search's own transaction), scored, best first; `top`, when given, is
 * how many of the best the caller will use (a finder may return only those).
 */
export interface CandidateFinder {
  find(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope, top?: number): Promise<Candidate[]>;
  /**
   * The same, from inside a transaction that has written records (automatic matching of a record
   * just written): what that transaction wrote is not committed, so a finder must not keep it.
   */
  findWhileWriting(db: Kysely<Tables>, probe: PreparedRecord, scope: CandidateScope): Promise<Candidate[]>;
  /** What the finder serves from, for /health: no personal data. */
  status(): { readonly source: 'database' | 'memory'; readonly state: string; readonly records?: number };
}

/** Candidate generation in the database (see findCandidates). */
export const databaseFinder: CandidateFinder = {
  find: (db, probe, scope) => findCandidates(db, probe, scope),
  findWhileWriting: (db, probe, scope) => findCandidates(db, probe, scope),
  status: () => ({ source: 'database', state: 'ready' }),
};
