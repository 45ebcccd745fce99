import { z } from 'zod';

const minutes = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The service's settings, read from the environment once at the edge. */
export const SettingsSchema = z.object({
  /** The service role's URL on a real PostgreSQL server; embedded PGlite when absent. */
  DATABASE_URL: z.string().url().optional(),
  /** A schema owner's URL, used only to migrate and grant at start. */
  DATABASE_ADMIN_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /** PGlite's data directory. */
  RETRACE_DATA_DIR: z.string().default('.retrace/pglite'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SESSION_TTL_MINUTES: minutes(8 * 60),
  RETENTION_DAYS: z.coerce.number().int().min(0).default(365),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  LOCKOUT_THRESHOLD: z.coerce.number().int().positive().default(5),
  LOCKOUT_MINUTES: minutes(15),
  /** A background job whose runner stops heartbeating is re-run after this many seconds. */
  JOB_LEASE_SECONDS: z.coerce.number().int().positive().default(30),
  /** The largest file one import upload may be; uploads are streamed into the database, not held in memory. */
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 ** 3),
  /** An upload no queued or running import needs (never imported, half-sent, failed) is deleted after this many hours. */
  IMPORT_UPLOAD_KEEP_HOURS: z.coerce.number().int().min(0).default(24),
  /**
   * Where searches find their candidates: `memory` keeps the open records indexed in this
   * instance's memory (about 1 KB per record, built in the background at start, the database
   * used until it is ready), `database` reads the stored blocking keys for every search.
   */
  SEARCH_INDEX: z.enum(['memory', 'database']).default('memory'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings from an environment, with defaults for everything but the database. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  return SettingsSchema.parse(present);
}

/** The subset the HTTP app needs (tests override a few). */
export type AppSettings = Pick<
  Settings,
  'SESSION_TTL_MINUTES' | 'RETENTION_DAYS' | 'MAX_BODY_BYTES' | 'RATE_LIMIT_PER_MINUTE' | 'LOGIN_RATE_LIMIT_PER_MINUTE' | 'LOCKOUT_THRESHOLD' | 'LOCKOUT_MINUTES' | 'JOB_LEASE_SECONDS' | 'IMPORT_MAX_BYTES' | 'IMPORT_UPLOAD_KEEP_HOURS' | 'SEARCH_INDEX'
>;

export const defaultAppSettings = (): AppSettings => readSettings({});
