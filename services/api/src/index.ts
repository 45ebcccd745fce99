/** @retrace/api — the inter-agency HTTP API over PostgreSQL (embedded PGlite or a real server). */
export { createApp, type App } from './http/app.ts';
export { startServer, type RunningServer } from './server.ts';
export { readSettings, defaultAppSettings, type Settings, type AppSettings } from './config.ts';
export { openStorage } from './storage/open.ts';
export { openPgliteStorage } from './storage/pglite.ts';
export { openPostgresStorage, prepareDatabase } from './storage/postgres.ts';
export type { Storage } from './storage/storage.ts';
export { BulkLoader, type BulkRecord } from './storage/bulk-load.ts';
export * from './imports/index.ts';
