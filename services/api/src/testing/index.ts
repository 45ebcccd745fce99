/** Test helpers shared by the API's own tests and the end-to-end tests in tests/api. */
export * from './backends.ts';
export * from './client.ts';
export * from './world.ts';
export { createUserDirectly } from '../auth/bootstrap.ts';
export type { Role } from '../storage/tables.ts';
export * from './caseload.ts';
export * from './jobs.ts';
export * from './import-files.ts';
export * from './xlsx-file.ts';
