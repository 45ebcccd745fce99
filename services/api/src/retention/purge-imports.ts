import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditSubject } from '../audit/audit.ts';
import type { Tables } from '../storage/tables.ts';

export interface ImportRetention {
  /** Rejected-row messages of imports finished longer ago than this are deleted (they quote values). */
  readonly retentionDays: number;
  /**
   * An upload that no queued or running import needs is deleted once it is this old: an upload
   * never imported, one left half-sent, or the file of an import that failed or was cancelled.
   * (A successful import deletes its file at once.)
   */
  readonly uploadHours: number;
}

export interface ImportPurgeCounts {
  readonly uploads: number;
  readonly issues: number;
}

/**
 * Deletes what imports leave behind that holds personal data: stored uploads (whole source files)
 * and the issue lists of old imports. Records purge on their own schedule (purgeExpiredRecords);
 * this covers the copies the import path makes. Audited when anything is deleted.
 *
 * @example
 * await purgeImportLeftovers(db, { retentionDays: 365, uploadHours: 24 }, SYSTEM_SUBJECT);
 */
export async function purgeImportLeftovers(db: Kysely<Tables>, retention: ImportRetention, subject: AuditSubject): Promise<ImportPurgeCounts> {
  return db.transaction().execute(async (trx) => {
    const uploads = await sql<{ id: string }>`
      delete from import_files f
      where f.created_at <= now() - make_interval(hours => ${retention.uploadHours})
        and not exists (
          select 1 from jobs j
          where j.kind = 'import' and j.status in ('queued', 'running') and j.params->>'file_id' = f.id
        )
      returning f.id`.execute(trx);
    const issues = await sql<{ n: number }>`
      with gone as (
        delete from import_issues i
        using jobs j
        where j.id = i.import_id and j.status in ('succeeded', 'failed', 'cancelled')
          and j.finished_at <= now() - make_interval(days => ${retention.retentionDays})
        returning 1
      )
      select count(*)::int as n from gone`.execute(trx);
    const counts = { uploads: uploads.rows.length, issues: Number(issues.rows[0]?.n ?? 0) };
    if (counts.uploads > 0 || counts.issues > 0) {
      await writeAudit(trx, subject, 'import.purge', [], { files: uploads.rows.map((r) => r.id).sort(), uploads: counts.uploads, issues: counts.issues, retention_days: retention.retentionDays, upload_hours: retention.uploadHours });
    }
    return counts;
  });
}
