import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRow, generateCaseload, RECORD_COLUMNS } from '@retrace/data/generator';

let dir: string | null = null;

/** Writes a test file into a temporary directory (one per process) and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  dir ??= mkdtempSync(join(tmpdir(), 'retrace-import-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Writes `rows` synthetic records (children and requests, as the caseload generator mixes them)
 * as an interchange CSV with a consent column (one record in five without consent).
 */
export async function writeSyntheticCaseload(path: string, rows: number, seed = 11): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(csvRow([...RECORD_COLUMNS, 'consent_for_tracing']));
  let written = 0;
  const children = Math.round(rows * 0.6);
  for (const event of generateCaseload({ seed, children, requests: rows - children, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') continue;
    if (written >= rows) break;
    await write(csvRow([...RECORD_COLUMNS.map((c) => event.record[c] ?? ''), written % 5 === 0 ? 'no' : 'yes']));
    written++;
  }
  out.end();
  await once(out, 'finish');
}
