import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * A zip file read through its central directory: every entry is known before any is read, so the
 * parts of a workbook can be taken in the order they are needed, whatever order a writer stored
 * them in. (A single streaming pass over the zip, as exceljs's WorkbookReader makes, can end
 * before the last entries, and writers store `xl/workbook.xml` last: exceljs issue #3064.)
 */
export interface ZipArchive {
  has(name: string): boolean;
  /** An entry's uncompressed bytes as a stream; sizes are checked against the directory. */
  open(name: string): Promise<Readable>;
  close(): void;
}

/** Opens the zip at `path`; rejects with yauzl's reason when it is not a readable zip. */
export async function openZip(path: string): Promise<ZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file)));
  });
  const entries = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.once('end', resolve);
      zip.once('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return {
    has: (name) => entries.has(name),
    open: (name) =>
      new Promise<Readable>((resolve, reject) => {
        const entry = entries.get(name);
        if (!entry) return reject(new Error(`no entry ${name}`));
        zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
      }),
    close: () => zip.close(),
  };
}
