import { validateRow, type RawRecord } from '@retrace/core';
import { generateCaseload } from '@retrace/data/generator';

/**
 * A generated caseload (default noise, 30 % orphan requests) as validated records, for tests;
 * with `duplicateShare`, some children registered twice, listed in `duplicates`.
 */
export function generatedRecords(spec: { seed: number; children: number; requests: number; duplicateShare?: number }): {
  children: RawRecord[];
  requests: RawRecord[];
  duplicates: [string, string][];
} {
  const children: RawRecord[] = [];
  const requests: RawRecord[] = [];
  const duplicates: [string, string][] = [];
  for (const event of generateCaseload({ ...spec, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') continue;
    const record = validateRow(event.record, 0).record!;
    (event.kind === 'child' ? children : requests).push(record);
    if (event.kind === 'child' && event.duplicateOf) duplicates.push([event.duplicateOf, record.id]);
  }
  return { children, requests, duplicates };
}
