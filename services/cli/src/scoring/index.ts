/** Scoring on every core: a pool of worker threads sharing one indexed side. */
export { ScoringPool } from './scoring-pool.ts';
export type { ScoringSetup } from './protocol.ts';
