import { createHash } from 'node:crypto';
import { chunkSource, type ByteSource } from '@retrace/tabular';
import type { Kysely } from 'kysely';
import { newId } from '../auth/secrets.ts';
import type { Tables } from '../storage/tables.ts';

/** Stored chunks are this large: big enough to move fast, small enough for one statement each. */
export const CHUNK_BYTES = 1024 * 1024;

export interface StoredFile {
  readonly id: string;
  readonly name: string;
  readonly size_bytes: number;
  readonly sha256: string;
}

/** The upload went past the size an agency may import at once (nothing of it is kept). */
export class UploadTooLarge extends Error {
  readonly code = 'payload_too_large';
  constructor(readonly limit: number) {
    super(`Uploads are limited to ${limit} bytes.`);
    this.name = 'UploadTooLarge';
  }
}

/**
 * Streams an upload into the database in 1 MiB chunks (never the whole file in memory), so that
 * any API instance can run its import and a crash loses nothing. The file is marked complete only
 * once every chunk is in; an interrupted upload stays incomplete and is never imported.
 *
 * @example
 * const file = await storeUpload(db, { agencyId, userId, name: 'kobo.csv', maxBytes }, request.body);
 */
export async function storeUpload(
  db: Kysely<Tables>,
  owner: { agencyId: string; userId: string | null; name: string; maxBytes: number },
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<StoredFile> {
  const id = newId();
  await db.insertInto('import_files').values({ id, agency_id: owner.agencyId, uploaded_by: owner.userId, name: owner.name }).execute();
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const data = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await db.insertInto('import_file_chunks').values({ file_id: id, seq: seq++, data }).execute();
  };
  try {
    for await (const part of body) {
      const buffer = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      size += buffer.length;
      if (size > owner.maxBytes) throw new UploadTooLarge(owner.maxBytes);
      hash.update(buffer);
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
  } catch (error) {
    await db.deleteFrom('import_files').where('id', '=', id).execute();
    throw error;
  }
  const sha256 = hash.digest('hex');
  await db.updateTable('import_files').set({ size_bytes: size, sha256, complete: true }).where('id', '=', id).execute();
  return { id, name: owner.name, size_bytes: size, sha256 };
}

/** A stored file as a byte source: its chunks are read one query at a time, in order. */
export function storedFileSource(db: Kysely<Tables>, fileId: string, label: string): ByteSource {
  return chunkSource(label, async function* () {
    for (let seq = 0; ; seq++) {
      const chunk = await db.selectFrom('import_file_chunks').select('data').where('file_id', '=', fileId).where('seq', '=', seq).executeTakeFirst();
      if (!chunk) return;
      yield chunk.data;
    }
  });
}

/** An agency's complete upload, or null (another agency's file is not found either). */
export async function findUpload(db: Kysely<Tables>, agencyId: string, fileId: string) {
  const row = await db.selectFrom('import_files').selectAll().where('id', '=', fileId).where('agency_id', '=', agencyId).where('complete', '=', true).executeTakeFirst();
  return row ? { ...row, size_bytes: Number(row.size_bytes) } : null;
}
