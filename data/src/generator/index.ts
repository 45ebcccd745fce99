export { generateCaseload, type CaseloadOptions, type CaseloadEvent } from './caseload.ts';
export { NOISE_PROFILES, type NoiseProfile } from './noise.ts';
export { RECORD_COLUMNS, csvRow } from './csv.ts';
export type { GeneratedRecord } from './render.ts';
