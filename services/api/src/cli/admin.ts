import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { createAgency, SYSTEM_SUBJECT } from '../auth/bootstrap.ts';
import { readSettings } from '../config.ts';
import { ServiceError } from '../http/errors.ts';
import { importCommand, IMPORT_USAGE } from './import-command.ts';
import { jobsCommand, JOBS_USAGE } from './jobs-command.ts';
import { purgeExpiredRecords } from '../retention/purge.ts';
import { purgeImportLeftovers } from '../retention/purge-imports.ts';
import { openStorage } from '../storage/open.ts';

const USAGE = `retrace admin — set up and maintain the API's database

  pnpm admin create-agency --id ID --name NAME --admin USERNAME
      creates an agency and its first administrator; the password is read from
      RETRACE_ADMIN_PASSWORD or asked for on standard input (at least 12 characters)
  pnpm admin migrate
      brings the schema up to date (PGlite: always done on start; PostgreSQL: needs
      DATABASE_ADMIN_URL, the schema owner's URL, next to DATABASE_URL)
  pnpm admin purge
      purges the personal fields of records closed longer than RETENTION_DAYS (default 365)
${JOBS_USAGE}
${IMPORT_USAGE}

Uses DATABASE_URL when set (a real PostgreSQL server), else the PGlite data directory RETRACE_DATA_DIR
(default .retrace/pglite).`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.RETRACE_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  const password = await prompt.question('password for the new administrator: ');
  prompt.close();
  return password.trim();
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'import') {
    return importCommand(argv.slice(1), async () => {
      const settings = readSettings();
      return { storage: await openStorage(settings), settings };
    });
  }
  if (argv[0] === 'reconcile' || argv[0] === 'jobs') {
    return jobsCommand(argv, async () => {
      const settings = readSettings();
      return { storage: await openStorage(settings), settings };
    });
  }
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { id: { type: 'string' }, name: { type: 'string' }, admin: { type: 'string' } } });
  const command = positionals[0];
  if (!command || !['create-agency', 'migrate', 'purge'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return command ? 2 : 0;
  }
  if (command === 'create-agency' && (!values.id || !values.name || !values.admin)) {
    process.stderr.write('create-agency needs --id, --name and --admin\n');
    return 2;
  }
  const password = command === 'create-agency' ? await readPassword() : '';
  if (command === 'create-agency' && password.length < 12) {
    process.stderr.write('the password needs at least 12 characters\n');
    return 2;
  }
  const settings = readSettings();
  const storage = await openStorage(settings);
  try {
    if (command === 'migrate') {
      process.stderr.write(`schema is up to date (${storage.backend})\n`);
    } else if (command === 'purge') {
      const purged = await purgeExpiredRecords(storage.db, { retentionDays: settings.RETENTION_DAYS }, SYSTEM_SUBJECT);
      process.stderr.write(`purged ${purged} record(s) closed more than ${settings.RETENTION_DAYS} days ago\n`);
      const leftovers = await purgeImportLeftovers(storage.db, { retentionDays: settings.RETENTION_DAYS, uploadHours: settings.IMPORT_UPLOAD_KEEP_HOURS }, SYSTEM_SUBJECT);
      process.stderr.write(`deleted ${leftovers.uploads} stored upload(s) older than ${settings.IMPORT_UPLOAD_KEEP_HOURS} hours and ${leftovers.issues} import issue(s) of imports finished more than ${settings.RETENTION_DAYS} days ago\n`);
    } else {
      await createAgency(storage.db, { id: values.id!, name: values.name! }, { username: values.admin!, password });
      process.stderr.write(`created agency ${values.id} with administrator ${values.admin}\n`);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof ServiceError ? error.message : `failed: ${(error as Error).message}`}\n`);
    return 1;
  } finally {
    await storage.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
