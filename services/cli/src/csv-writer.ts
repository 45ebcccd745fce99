import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine } from '@retrace/tabular';

export { csvCell, csvLine } from '@retrace/tabular';


/** A CSV file written row by row with backpressure. */
export class CsvWriter {
  private readonly stream: WriteStream;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(csvLine(header));
  }

  async write(values: readonly (string | number)[]): Promise<void> {
    if (!this.stream.write(csvLine(values))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
