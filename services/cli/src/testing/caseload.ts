import { validateRow, type RawRecord } from '@retrace/core';
import { generateCaseload } from '@retrace/data/generator';

/** A generated caseload (default noise, 30 % orphan requests) as validated records, for tests. */
export function generatedRecords(spec: { seed: number; children: number; requests: number }): { children: RawRecord[]; requests: RawRecord[] } {
  const children: RawRecord[] = [];
  const requests: RawRecord[] = [];
  for (const event of generateCaseload({ ...spec, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') continue;
    const record = validateRow(event.record, 0).record!;
    (event.kind === 'child' ? children : requests).push(record);
  }
  return { children, requests };
}
