import type { Settings } from '../config.ts';
import { openPgliteStorage } from './pglite.ts';
import { openPostgresStorage } from './postgres.ts';
import type { Storage } from './storage.ts';

/** Picks the back end from the settings: a real server when `DATABASE_URL` is set, else PGlite. */
export function openStorage(settings: Settings): Promise<Storage> {
  if (settings.DATABASE_URL) {
    return openPostgresStorage({ url: settings.DATABASE_URL, adminUrl: settings.DATABASE_ADMIN_URL, poolSize: settings.DATABASE_POOL_SIZE });
  }
  return openPgliteStorage({ dataDir: settings.RETRACE_DATA_DIR });
}
