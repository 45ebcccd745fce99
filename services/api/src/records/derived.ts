import { prepareRecord, type PreparedRecord } from '@retrace/core';
import { rawOf } from '../search/candidates.ts';
import type { RecordFields } from './schemas.ts';
import { ageBandOf } from './view.ts';

/** A record's fields with what every write derives from them: the prepared form, sex and age band. */
export interface DerivedRecord {
  readonly fields: RecordFields;
  readonly prepared: PreparedRecord;
  readonly sex: 'm' | 'f' | null;
  readonly ageBand: ReturnType<typeof ageBandOf>;
}

/** Drops empty values: an empty string and an absent field mean the same. */
export const noEmpty = (fields: Record<string, unknown>): RecordFields =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined && v !== '')) as RecordFields;

/**
 * What a record write stores besides the fields (the API's writes and the imports share it, so a
 * record looks the same whichever way it came in).
 */
export function deriveRecord(id: string, kind: 'child' | 'request', fields: Record<string, unknown>, today = new Date()): DerivedRecord {
  const kept = noEmpty(fields);
  const prepared = prepareRecord(rawOf({ id, kind, fields: kept }));
  return { fields: kept, prepared, sex: prepared.sex, ageBand: ageBandOf(prepared, today) };
}
