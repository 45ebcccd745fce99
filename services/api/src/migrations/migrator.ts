import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { initialSchema } from './001-initial-schema.ts';
import { jobsSchema } from './002-jobs.ts';
import { importsSchema } from './003-imports.ts';
import { blockingKeysBytewise } from './004-blocking-keys-bytewise.ts';
import { blockingKeysUnchecked } from './005-blocking-keys-unchecked.ts';
import { blockingKeyRules } from './006-blocking-key-rules.ts';
import { blockingKeysCompact } from './007-blocking-keys-compact.ts';
import { recordsChangedIndex } from './008-records-changed-index.ts';
import { recordKeys } from './009-record-keys.ts';
import { matchRecordVersions } from './010-match-record-versions.ts';

/** Every migration, in order. Names sort lexically; never rename or edit one that has shipped. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial-schema': initialSchema,
  '002-jobs': jobsSchema,
  '003-imports': importsSchema,
  '004-blocking-keys-bytewise': blockingKeysBytewise,
  '005-blocking-keys-unchecked': blockingKeysUnchecked,
  '006-blocking-key-rules': blockingKeyRules,
  '007-blocking-keys-compact': blockingKeysCompact,
  '008-records-changed-index': recordsChangedIndex,
  '009-record-keys': recordKeys,
  '010-match-record-versions': matchRecordVersions,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date. Runs as the schema owner, never as the service's own role.
 *
 * @example
 * await migrateToLatest(adminDb);
 */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  report(await migrator.migrateToLatest());
}

/** Brings the schema up to the named migration and no further (tests of a migration's data step). */
export async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider });
  report(await migrator.migrateTo(name));
}

function report({ error, results }: MigrationResultSet): void {
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`migration failed: ${cause}`);
  }
}

/**
 * What the service's own role may do: read and write the working tables, only append to the audit
 * log, and nothing to the schema. Run after every migration (new tables need their grants).
 */
export function appRoleGrants(role: string): string[] {
  const quoted = `"${role.replaceAll('"', '""')}"`;
  return [
    `grant usage on schema public to ${quoted}`,
    `grant select, insert, update, delete on agencies, users, credentials, records, record_keys, matches, disclosures to ${quoted}`,
    `grant select, insert, update on record_history to ${quoted}`,
    `grant select, insert on match_decisions, audit_log to ${quoted}`,
    `grant select, insert, update on jobs, blocking_key_rules to ${quoted}`,
    `grant select, insert, update, delete on import_files, import_file_chunks, import_issues, import_seen to ${quoted}`,
    `grant usage on all sequences in schema public to ${quoted}`,
  ];
}
