import { CandidateIndex, Matcher, prepareRecord, type PreparedRecord, type ScoredPair, type ScoringContext } from '@retrace/core';
import type { RecordRow } from '../../storage/tables.ts';
import { rawOf, type CandidateScope } from '../candidates.ts';

/** What the index keeps of a stored record: enough to prepare it and to know who may reach it. */
export type ResidentRow = Pick<RecordRow, 'id' | 'kind' | 'agency_id' | 'consent_for_tracing' | 'version' | 'fields'>;

export interface ResidentHit {
  readonly id: string;
  /** The version that was indexed and scored: the caller checks it is still the stored one. */
  readonly version: number;
  readonly pair: ScoredPair;
}

/**
 * The probe's candidates are chosen from far more records than a database query can read in
 * time (the core's quick pass over 600 blocked records, see Matcher), the best hundred are
 * compared in full, and as many as asked for (at most a hundred) explained.
 */
const TUNING = { candidateLimit: 100, shortlistWidth: 6 } as const;
const RESIDENT_TOP = 100;

/**
 * The open records of the database, prepared and indexed in memory with the core's candidate
 * index, so a search blocks and ranks as the batch linker does. Pure: the caller loads rows into
 * it and re-reads the records it returns (the database stays the truth; see ResidentFinder).
 * A changed record is indexed again under a new position and its old one retired, never
 * rewritten in place.
 */
export class ResidentIndex {
  private readonly index = new CandidateIndex();
  private readonly matcher: Matcher;
  private readonly positionOf = new Map<string, number>();
  private readonly versions: number[] = [];
  private readonly kinds: Array<ResidentRow['kind']> = [];
  private readonly agencies: number[] = [];
  private readonly consent: boolean[] = [];
  private readonly retired: boolean[] = [];
  private readonly agencyCodes = new Map<string, number>();
  private retiredCount = 0;

  constructor(context: ScoringContext) {
    this.matcher = new Matcher(this.index, context, TUNING);
  }

  /** Records that can be found (changed records count once). */
  get size(): number {
    return this.positionOf.size;
  }

  /** Positions given up by changed or closed records since the index was built. */
  get retiredPositions(): number {
    return this.retiredCount;
  }

  /** The version indexed for a record, or undefined when it is not (or no longer) indexed. */
  versionOf(id: string): number | undefined {
    const position = this.positionOf.get(id);
    return position === undefined ? undefined : this.versions[position];
  }

  /** Indexes an open record, replacing the version indexed before (if it is another). */
  put(row: ResidentRow): void {
    if (row.fields === null) {
      this.remove(row.id);
      return;
    }
    if (this.versionOf(row.id) === row.version) return;
    this.remove(row.id);
    const position = this.index.add(prepareRecord(rawOf(row)));
    this.positionOf.set(row.id, position);
    this.versions[position] = row.version;
    this.kinds[position] = row.kind;
    this.agencies[position] = this.agencyCode(row.agency_id);
    this.consent[position] = row.consent_for_tracing;
    this.retired[position] = false;
  }

  /** Stops finding a record (closed, erased, or about to be indexed again). */
  remove(id: string): void {
    const position = this.positionOf.get(id);
    if (position === undefined) return;
    this.retired[position] = true;
    this.retiredCount++;
    this.positionOf.delete(id);
  }

  /** Sorts what was loaded into the compact lookup arrays; later puts stay findable. */
  freeze(): void {
    this.index.freeze();
  }

  /**
   * The best candidates for a probe among the records the scope reaches, best first, each with
   * the version it was scored on. Probabilities are per pair ('independent'), as the database
   * path gives them, so the two paths band a pair alike.
   */
  find(probe: PreparedRecord, scope: CandidateScope, top = RESIDENT_TOP): ResidentHit[] {
    const agency = this.agencyCodes.get(scope.agencyId) ?? -1;
    const kinds = new Set(scope.kinds);
    const accept = (position: number): boolean =>
      !this.retired[position] && kinds.has(this.kinds[position]!) && (this.agencies[position] === agency || (scope.acrossAgencies && this.consent[position]!));
    const exclude = scope.excludeId === undefined ? undefined : this.positionOf.get(scope.excludeId);
    const pairs = this.matcher.search(probe, { top: Math.min(top, RESIDENT_TOP), mode: 'independent', accept, ...(exclude === undefined ? {} : { exclude }) });
    return pairs.map((pair) => ({ id: pair.rightId, version: this.versions[this.positionOf.get(pair.rightId)!]!, pair }));
  }

  private agencyCode(agencyId: string): number {
    let code = this.agencyCodes.get(agencyId);
    if (code === undefined) {
      code = this.agencyCodes.size;
      this.agencyCodes.set(agencyId, code);
    }
    return code;
  }
}
