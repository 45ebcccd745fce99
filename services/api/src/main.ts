import { readSettings } from './config.ts';
import { startServer, stopOnSignals } from './server.ts';
import { openStorage } from './storage/open.ts';

/** `pnpm api`: serves the API on PGlite (default) or on the PostgreSQL server in DATABASE_URL. */
async function main(): Promise<void> {
  const settings = readSettings();
  const storage = await openStorage(settings);
  const running = await startServer(storage, settings);
  process.stderr.write(`retrace api: listening on ${running.url} (${storage.backend}); docs at ${running.url}/docs\n`);
  stopOnSignals(running, storage);
}

main().catch((error: Error) => {
  process.stderr.write(`retrace api: cannot start: ${error.message}\n`);
  process.exit(1);
});
