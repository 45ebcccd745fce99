import { parseArgs } from 'node:util';
import { InputFileError } from './csv-source.ts';
import { linkFiles } from './link-files.ts';

const USAGE = `Usage:
  retrace link LEFT.csv RIGHT.csv --top K --out PAIRS.csv [options]
      For every record of LEFT, its best K candidates in RIGHT.
  retrace dedupe FILE.csv --out PAIRS.csv [options]
      Likely duplicates within one file, each pair once.

Options:
  --top K              candidates per record (default 10)
  --out FILE           pairs file to write (required)
  --rejects FILE       rejects file (default: <out>.rejects.csv)
  --model FILE         use this saved model instead of estimating one from the data
  --save-model FILE    save the model used (JSON)
  --seed N             seed for the sampling done while estimating (default 1)
  --workers N          worker threads (default: all cores)
  --no-progress        no progress bar
  -h, --help           this text

Files follow the interchange format (docs/interchange.md). Rows that cannot be used are listed
with their row number (the header is row 1), column and reason; they never stop the run.`;

/** Exit codes: 0 done (even with rejected rows), 2 usage or unreadable input. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        top: { type: 'string' }, out: { type: 'string' }, rejects: { type: 'string' }, model: { type: 'string' },
        'save-model': { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' }, 'no-progress': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`retrace: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const expectedFiles = command === 'link' ? 2 : command === 'dedupe' ? 1 : -1;
  const top = Number(values.top ?? 10);
  const problem =
    expectedFiles < 0 ? `unknown command "${command}"`
    : files.length !== expectedFiles ? `${command} takes ${expectedFiles} file(s), got ${files.length}`
    : !values.out ? '--out is required'
    : !Number.isInteger(top) || top < 1 || top > 1000 ? '--top must be a whole number from 1 to 1000'
    : values.seed !== undefined && !/^\d+$/.test(values.seed) ? '--seed must be a whole number'
    : values.workers !== undefined && !/^[1-9]\d?$/.test(values.workers) ? '--workers must be a whole number from 1 to 99'
    : null;
  if (problem) {
    process.stderr.write(`retrace: ${problem}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    await linkFiles({
      left: files[0]!,
      ...(files[1] ? { right: files[1] } : {}),
      top,
      out: values.out!,
      ...(values.rejects ? { rejects: values.rejects } : {}),
      ...(values.model ? { modelPath: values.model } : {}),
      ...(values['save-model'] ? { saveModel: values['save-model'] } : {}),
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      ...(values.workers ? { workers: Number(values.workers) } : {}),
      progress: values['no-progress'] ? false : Boolean(process.stderr.isTTY),
    });
    return 0;
  } catch (error) {
    if (error instanceof InputFileError) {
      process.stderr.write(`retrace: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
