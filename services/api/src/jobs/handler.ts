import type { Transaction } from 'kysely';
import type { ZodType } from 'zod';
import type { Storage } from '../storage/storage.ts';
import type { Tables } from '../storage/tables.ts';

/** What a job may store as its result, progress or checkpoint: plain JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** How far a job has come, as its handler reports it; the runner adds the percentage and ETA. */
export interface ProgressReport {
  readonly done: number;
  /** Null while the total is not known yet. */
  readonly total: number | null;
  /** What `done` counts: `rows`, `records`… */
  readonly unit: string;
  readonly pairsScored?: number;
  /** A short phase name for people; never personal data. */
  readonly message?: string;
}

/** What a handler sees of its job and the runner while it runs. */
export interface JobContext<P> {
  readonly storage: Storage;
  readonly job: {
    readonly id: string;
    readonly agencyId: string | null;
    readonly createdBy: string | null;
    readonly params: P;
    /** The last checkpoint saved by an earlier run of this job (null on the first run). */
    readonly checkpoint: unknown | null;
  };
  /** Records progress; throttled, so it may be called after every batch. */
  progress(report: ProgressReport): Promise<void>;
  /**
   * Saves the checkpoint inside the transaction that writes the batch it covers, so a crash never
   * loses or repeats a batch. Throws `JobLeaseLost` (rolling the batch back) when another runner
   * has taken the job over.
   */
  saveCheckpoint(trx: Transaction<Tables>, checkpoint: JsonValue): Promise<void>;
  /** Throws `JobCancelled` when cancellation was requested; call it between batches. */
  throwIfCancelled(): Promise<void>;
  /** Aborted when the job is cancelled, its lease is lost or the runner stops. */
  readonly signal: AbortSignal;
}

/**
 * One kind of background job. `params` validates what a job was created with (and is its type);
 * `run` does the work, resumes from `ctx.job.checkpoint` when it is set, and returns the result.
 *
 * @example
 * registerJobHandler({ kind: 'noop', params: z.object({}), run: async () => ({ ok: true }) });
 */
export interface JobHandler<P> {
  readonly kind: string;
  readonly params: ZodType<P>;
  run(ctx: JobContext<P>): Promise<JsonValue>;
}

/** Handlers by kind. A runner runs only the kinds its registry knows. */
export type JobRegistry = ReadonlyMap<string, JobHandler<any>>;

const processRegistry = new Map<string, JobHandler<any>>();

/**
 * Adds a handler to the process-wide registry, the one runners use unless given their own map
 * (tests pass one). Each job module registers its handlers when first imported; a kind registers
 * once (a second, different handler for the same kind is a programming error).
 */
export function registerJobHandler<P>(handler: JobHandler<P>): void {
  const existing = processRegistry.get(handler.kind);
  if (existing && existing !== handler) throw new Error(`a job handler for "${handler.kind}" is already registered`);
  processRegistry.set(handler.kind, handler);
}

/** The process-wide registry. */
export const jobHandlers = (): JobRegistry => processRegistry;

/** The job was cancelled at the caller's request; the runner marks it `cancelled`. */
export class JobCancelled extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}

/** Another runner holds the job now (this one stalled past its lease); stop without writing. */
export class JobLeaseLost extends Error {
  readonly code = 'lease_lost';
  constructor() {
    super('Another runner took the job over.');
    this.name = 'JobLeaseLost';
  }
}

/**
 * A failure a handler reports with a code and a message fit to store and show (no personal data);
 * any other error is stored as `internal` with its class name only.
 */
export class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'JobFailure';
  }
}
