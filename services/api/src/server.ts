import { serve, type ServerType } from '@hono/node-server';
import { SYSTEM_SUBJECT } from './auth/bootstrap.ts';
import type { AppSettings, Settings } from './config.ts';
import { createApp } from './http/app.ts';
import { JobRunner } from './jobs/runner.ts';
import './imports/register.ts';
import './reconcile/register.ts';
import './search/register.ts';
import type { AppDeps } from './http/env.ts';
import { purgeExpiredRecords } from './retention/purge.ts';
import { purgeImportLeftovers } from './retention/purge-imports.ts';
import { databaseFinder } from './search/finder.ts';
import { ResidentFinder } from './search/resident/resident-finder.ts';
import { ensureBlockingKeysCurrent } from './search/rekey.ts';
import type { Storage } from './storage/storage.ts';

export interface RunningServer {
  readonly url: string;
  readonly server: ServerType;
  close(): Promise<void>;
}

/** Request lines as JSON on standard output: ids, routes, statuses and timings only. */
export const jsonLog: AppDeps['log'] = (line) => process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), ...line })}\n`);

/**
 * Serves the API on a port (0 picks a free one), runs background jobs (including those a stopped
 * or killed instance left unfinished, and a rewrite of the blocking keys when an upgrade changed
 * their rules) and purges expired records and import leftovers hourly. Closing stops all three
 * but leaves the storage open (its owner closes it).
 */
export async function startServer(
  storage: Storage,
  settings: AppSettings & Pick<Settings, 'HOST' | 'PORT'>,
  log: AppDeps['log'] = jsonLog,
): Promise<RunningServer> {
  // Searches read the stored keys until the in-memory index is built (in the background).
  const resident = settings.SEARCH_INDEX === 'database' ? null : new ResidentFinder(storage.db, { log });
  const app = createApp({ db: storage.db, settings, log, finder: resident ?? databaseFinder });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: settings.HOST, port: settings.PORT }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.PORT;
  const purge = async () => {
    try {
      const purged = await purgeExpiredRecords(storage.db, { retentionDays: settings.RETENTION_DAYS }, SYSTEM_SUBJECT);
      if (purged > 0) log({ event: 'retention.purge', purged });
      const leftovers = await purgeImportLeftovers(storage.db, { retentionDays: settings.RETENTION_DAYS, uploadHours: settings.IMPORT_UPLOAD_KEEP_HOURS }, SYSTEM_SUBJECT);
      if (leftovers.uploads + leftovers.issues > 0) log({ event: 'retention.purge_imports', ...leftovers });
    } catch (error) {
      log({ level: 'error', event: 'retention.purge', error: (error as Error).name });
    }
  };
  const timer = setInterval(purge, 60 * 60 * 1000);
  timer.unref();
  void purge();
  // Keys stored by an earlier version's rules would no longer meet a search's: rewrite them.
  const rekey = await ensureBlockingKeysCurrent(storage.db);
  if (rekey) log({ event: 'blocking_keys.rekey_queued', job: rekey });
  const jobs = new JobRunner(storage, { leaseSeconds: settings.JOB_LEASE_SECONDS, log });
  jobs.start();
  void resident?.start();
  return {
    url: `http://${settings.HOST}:${port}`,
    server,
    close: async () => {
      clearInterval(timer);
      resident?.close();
      await jobs.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    },
  };
}

/** Closes the server, then the storage, and exits, on Ctrl-C or a termination signal. */
export function stopOnSignals(running: RunningServer, storage: Storage): void {
  const stop = async () => {
    await running.close();
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
