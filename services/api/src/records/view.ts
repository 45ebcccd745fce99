import type { PreparedRecord } from '@retrace/core';
import type { RecordRow } from '../storage/tables.ts';
import type { RecordView } from './schemas.ts';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** A stored record as the API shows it to someone allowed to see it. */
export function toRecordView(row: RecordRow): RecordView {
  return {
    id: row.id,
    agency_id: row.agency_id,
    external_id: row.external_id,
    kind: row.kind,
    consent_for_tracing: row.consent_for_tracing,
    status: row.status,
    stage: row.stage,
    version: row.version,
    fields: (row.fields as RecordView['fields']) ?? null,
    sex: row.sex,
    age_band: row.age_band as RecordView['age_band'],
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
    closed_at: iso(row.closed_at),
    closed_reason: row.closed_reason,
    purged: row.purged_at !== null,
  };
}

const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365.2425;

/** The anonymous age band kept for statistics and shown across agencies; null when unknown. */
export function ageBandOf(prepared: PreparedRecord, today: Date): RecordView['age_band'] {
  if (!prepared.birth) return null;
  const { from, to } = prepared.birth.interval;
  const age = (today.getTime() / DAY_MS - (from + to) / 2) / DAYS_PER_YEAR;
  if (!Number.isFinite(age) || age < -1) return null;
  if (age < 5) return '0-4';
  if (age < 10) return '5-9';
  if (age < 15) return '10-14';
  if (age < 18) return '15-17';
  return '18+';
}
