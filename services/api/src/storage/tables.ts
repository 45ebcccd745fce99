import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are written by the database (`now()`) and read back as `Date`. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** JSON columns: written as a serialised string, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export const ROLES = ['caseworker', 'focal_point', 'agency_admin'] as const;
export type Role = (typeof ROLES)[number];

export interface AgencyTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface UserTable {
  id: string;
  seq: Generated<string>;
  agency_id: string;
  username: string;
  role: Role;
  password_hash: string | null;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

/** Login sessions and API keys: both are bearer secrets stored only as SHA-256 hashes. */
export interface CredentialTable {
  id: string;
  seq: Generated<string>;
  kind: 'session' | 'api_key';
  user_id: string;
  secret_hash: string;
  label: string | null;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_at: Timestamp;
}

export type RecordStatus = 'open' | 'closed';
export type CaseStage = 'tracing' | 'reunification_follow_up';

export interface RecordTable {
  id: string;
  seq: Generated<string>;
  agency_id: string;
  external_id: string;
  kind: 'child' | 'request';
  consent_for_tracing: boolean;
  status: RecordStatus;
  stage: CaseStage;
  /** The interchange fields (personal data); null once purged. */
  fields: Json<Record<string, unknown> | null>;
  /** Anonymous attributes kept for statistics after a purge. */
  sex: 'm' | 'f' | null;
  age_band: string | null;
  version: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: NullableTimestamp;
  closed_reason: string | null;
  purged_at: NullableTimestamp;
}

export interface RecordHistoryTable {
  seq: Generated<string>;
  record_id: string;
  version: number;
  action: 'create' | 'update' | 'close' | 'purge';
  changed_by: string | null;
  changed_fields: Json<string[]>;
  /** The fields as they were after this change; null once purged. */
  snapshot: Json<Record<string, unknown> | null>;
  at: Timestamp;
}

/** A record's blocking keys, one row per record (see migration 009). */
export interface RecordKeysTable {
  /** The record's `seq` (a bigint, as text). */
  record_seq: string;
  kind: 'child' | 'request';
  agency_id: string;
  /** The record's consent_for_tracing, kept in step by every write of the keys. */
  consent: boolean;
  /** hashtextextended(key, 0) of each key the core makes, once each (bigints, as text). */
  keys: string[];
}

/** One row: the fingerprint of the rules that made every stored blocking key (migration 006). */
export interface BlockingKeyRulesTable {
  singleton: Generated<boolean>;
  fingerprint: string;
  updated_at: Generated<Date>;
}

export type MatchStatus = 'pending' | 'confirmed' | 'rejected';

export interface MatchTable {
  id: string;
  seq: Generated<string>;
  /** The pair is stored in a canonical order (smaller id first) so it exists once. */
  record_a: string;
  record_b: string;
  agency_a: string;
  agency_b: string;
  score: number;
  band: string;
  agreeing_fields: Json<string[]>;
  evidence: Json<unknown>;
  origin: 'search' | 'auto' | 'reconciliation';
  status: MatchStatus;
  reason: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  /** The background job that proposed the pair, when one did. */
  job_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Each record's version when the pair was proposed (null: proposed before this was kept). */
  version_a: ColumnType<number | null, number | null | undefined, number | null>;
  version_b: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface MatchDecisionTable {
  seq: Generated<string>;
  match_id: string;
  action: 'confirm' | 'reject' | 'undo';
  reason: string;
  user_id: string;
  at: Timestamp;
}

export type DisclosureStatus = 'pending' | 'approved' | 'denied';

export interface DisclosureTable {
  id: string;
  seq: Generated<string>;
  record_id: string;
  owner_agency_id: string;
  requesting_agency_id: string;
  requested_by: string;
  reason: string;
  status: DisclosureStatus;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision_reason: string | null;
  created_at: Timestamp;
}

export interface AuditTable {
  seq: Generated<string>;
  at: Timestamp;
  user_id: string | null;
  role: string | null;
  agency_id: string | null;
  action: string;
  record_ids: Json<string[]>;
  /** Non-personal facts only: counts, statuses, ids. */
  detail: Json<Record<string, unknown>>;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

/** A background job: its parameters, where it stands, and what it produced. */
export interface JobTable {
  id: string;
  seq: Generated<string>;
  /** The agency it works for; null for jobs an operator started across agencies. */
  agency_id: string | null;
  kind: string;
  params: Json<unknown>;
  status: JobStatus;
  progress: NullableJson<unknown>;
  /** Where a restarted run resumes; written in the same transaction as the work it covers. */
  checkpoint: NullableJson<unknown>;
  result: NullableJson<unknown>;
  error: NullableJson<{ code: string; message: string }>;
  cancel_requested: Generated<boolean>;
  lease_owner: string | null;
  lease_expires_at: NullableTimestamp;
  attempts: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

/** An uploaded file waiting to be imported; its bytes are in `import_file_chunks`. */
export interface ImportFileTable {
  id: string;
  agency_id: string;
  uploaded_by: string | null;
  /** The name it was uploaded under (shown to its agency only). */
  name: string;
  size_bytes: ColumnType<string | number, number | undefined, number>;
  sha256: string | null;
  /** False while the upload is still streaming in. */
  complete: Generated<boolean>;
  created_at: Timestamp;
}

export interface ImportFileChunkTable {
  file_id: string;
  seq: number;
  data: Uint8Array;
}

/** A rejected row or an ignored value of one import (the import is its job's id). */
export interface ImportIssueTable {
  seq: Generated<string>;
  import_id: string;
  row: number;
  field: string;
  code: string;
  message: string;
  severity: 'rejected' | 'field_ignored';
}

/** The source ids an import has taken, with their first row: a later repeat is rejected. */
export interface ImportSeenTable {
  import_id: string;
  external_id: string;
  row: number;
}

/** The schema as Kysely sees it. */
export interface Tables {
  agencies: AgencyTable;
  users: UserTable;
  credentials: CredentialTable;
  records: RecordTable;
  record_history: RecordHistoryTable;
  record_keys: RecordKeysTable;
  blocking_key_rules: BlockingKeyRulesTable;
  matches: MatchTable;
  match_decisions: MatchDecisionTable;
  disclosures: DisclosureTable;
  audit_log: AuditTable;
  jobs: JobTable;
  import_files: ImportFileTable;
  import_file_chunks: ImportFileChunkTable;
  import_issues: ImportIssueTable;
  import_seen: ImportSeenTable;
}

export type UserRow = Selectable<UserTable>;
export type RecordRow = Selectable<RecordTable>;
export type NewRecord = Insertable<RecordTable>;
export type RecordUpdate = Updateable<RecordTable>;
export type MatchRow = Selectable<MatchTable>;
export type DisclosureRow = Selectable<DisclosureTable>;
export type JobRow = Selectable<JobTable>;
