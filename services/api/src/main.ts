import { readSettings } from './config.ts';
import { startServer } from './server.ts';
import { openStorage } from './storage/open.ts';

/** `pnpm api`: serves the API on PGlite (default) or on the PostgreSQL server in DATABASE_URL. */
async function main(): Promise<void> {
  const settings = readSettings();
  const storage = await openStorage(settings);
  const running = await startServer(storage, settings);
  process.stderr.write(`retrace api: listening on ${running.url} (${storage.backend}); docs at ${running.url}/docs\n`);
  const stop = async () => {
    await running.close();
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`retrace api: cannot start: ${error.message}\n`);
  process.exit(1);
});
