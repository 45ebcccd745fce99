import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { InputFileError } from './input-file-error.ts';

/**
 * Where a file's bytes come from: a path on disk, or chunks stored in a database. Opened as a
 * stream as often as needed (once to sniff the head, once to read), never loaded whole.
 *
 * @example
 * const source = fileSource('children.csv');
 */
export interface ByteSource {
  /** How messages name the file (a path or an upload's name); never its content. */
  readonly label: string;
  /** Set when the bytes are a file on disk, for readers that need random access (a zip). */
  readonly path?: string;
  open(): Readable;
}

/** A file on disk. A missing or unreadable file is an InputFileError when opened for its head. */
export function fileSource(path: string): ByteSource {
  return { label: path, path, open: () => createReadStream(path) };
}

/** A source made from chunks an async function yields (an upload stored in the database). */
export function chunkSource(label: string, chunks: () => AsyncIterable<Uint8Array>): ByteSource {
  return { label, open: () => Readable.from(chunks(), { objectMode: false }) };
}

/** The first `size` bytes (fewer when the file is shorter), without reading the rest. */
export async function readHead(source: ByteSource, size: number): Promise<Buffer> {
  const stream = source.open();
  const parts: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      parts.push(buffer);
      length += buffer.length;
      if (length >= size) break;
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputFileError('file.missing', `${source.label}: cannot be read (${reason})`);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, size);
}
