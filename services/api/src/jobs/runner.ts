import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Storage } from '../storage/storage.ts';
import type { JobRow } from '../storage/tables.ts';
import { JobCancelled, JobFailure, JobLeaseLost, jobHandlers, type JobContext, type JobRegistry, type JsonValue } from './handler.ts';
import { ProgressMeter, type JobProgress } from './progress.ts';
import { claimJob, finishJob, isCancelRequested, releaseJob, renewLease, writeCheckpoint, writeProgress, type FinalStatus } from './store.ts';

export interface JobRunnerOptions {
  /** The kinds this runner runs (default: the process-wide registry). */
  readonly registry?: JobRegistry;
  /** How long a claim holds without a heartbeat; a dead runner's job is re-run after this. */
  readonly leaseSeconds?: number;
  /** How often an idle runner looks for work. */
  readonly pollMs?: number;
  /** Progress is written at most this often. */
  readonly progressIntervalMs?: number;
  /** A job claimed more often than this (it keeps killing its runner) fails instead. */
  readonly maxAttempts?: number;
  /** Events without personal data: job ids, kinds, statuses, error codes. */
  readonly log?: (line: Record<string, unknown>) => void;
  /** Every progress update, as stored (the CLI draws its bar from it). */
  readonly onProgress?: (jobId: string, progress: JobProgress) => void;
}

/** The runner is stopping: the job goes back to the queue and resumes from its checkpoint. */
class RunnerStopping extends Error {
  constructor() {
    super('The runner is stopping.');
    this.name = 'RunnerStopping';
  }
}

/**
 * Runs background jobs stored in the database: claims a queued job (or one whose runner died)
 * with `for update skip locked`, heartbeats its lease, hands the handler its last checkpoint, and
 * records the outcome. Any number of runners, in any number of processes, may share a database.
 *
 * @example
 * const runner = new JobRunner(storage, { leaseSeconds: 30 });
 * runner.start();            // with the API server
 * await runner.runNext({ id }); // or one job, in-process (the CLI)
 */
export class JobRunner {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly registry: JobRegistry;
  private readonly leaseSeconds: number;
  private readonly running = new Set<AbortController>();
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly options: JobRunnerOptions = {},
  ) {
    this.registry = options.registry ?? jobHandlers();
    this.leaseSeconds = options.leaseSeconds ?? 30;
  }

  /** Polls for work until `stop()`, one job at a time. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = (async () => {
      while (!this.stopping) {
        let ran: JobRow | null = null;
        try {
          ran = await this.runNext();
        } catch (error) {
          this.options.log?.({ level: 'error', event: 'jobs.poll', error: (error as Error).name });
        }
        if (ran === null && !this.stopping) await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs ?? 1000);
          this.wake = () => (clearTimeout(timer), resolve());
        });
      }
    })();
  }

  /** Stops claiming; a running job is interrupted at its next batch and handed back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const controller of this.running) controller.abort(new RunnerStopping());
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** Claims one runnable job (optionally a given one) and runs it to its end; null when none. */
  async runNext(filter: { id?: string } = {}): Promise<JobRow | null> {
    const job = await claimJob(this.storage.db, { owner: this.owner, leaseSeconds: this.leaseSeconds, kinds: [...this.registry.keys()], ...filter });
    if (!job) return null;
    await this.run(job);
    return (await this.storage.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirst()) ?? null;
  }

  private async run(job: JobRow): Promise<void> {
    const handler = this.registry.get(job.kind)!;
    const log = (event: string, extra: Record<string, unknown> = {}) => this.options.log?.({ event, job_id: job.id, kind: job.kind, attempt: job.attempts, ...extra });
    const params = handler.params.safeParse(job.params);
    if (!params.success) return void (await this.finish(job, 'failed', { error: { code: 'invalid_params', message: 'The job was created with parameters this version cannot read.' } }));
    if (job.attempts > (this.options.maxAttempts ?? 5)) return void (await this.finish(job, 'failed', { error: { code: 'too_many_attempts', message: `The job was started ${job.attempts - 1} times without finishing.` } }));

    const controller = new AbortController();
    this.running.add(controller);
    const heartbeat = setInterval(() => void this.heartbeat(job.id, controller), (this.leaseSeconds * 1000) / 3);
    log('job.start', { resumed: job.checkpoint !== null });
    try {
      const result = await handler.run(this.context(job, params.data, controller));
      await this.finish(job, 'succeeded', { result });
      log('job.succeeded');
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      if (reason instanceof RunnerStopping) {
        await releaseJob(this.storage.db, job.id, this.owner);
        log('job.released');
      } else if (reason instanceof JobLeaseLost || error instanceof JobLeaseLost) {
        log('job.lease_lost');
      } else if (error instanceof JobCancelled || reason instanceof JobCancelled) {
        await this.finish(job, 'cancelled', {});
        log('job.cancelled');
      } else {
        // Only codes and class names are kept: a driver's message may quote personal values.
        const stored = error instanceof JobFailure ? { code: error.code, message: error.message } : { code: 'internal', message: `The job stopped on an unexpected ${(error as Error).name ?? 'error'}.` };
        await this.finish(job, 'failed', { error: stored });
        log('job.failed', { code: stored.code });
      }
    } finally {
      clearInterval(heartbeat);
      this.running.delete(controller);
    }
  }

  private context<P>(job: JobRow, params: P, controller: AbortController): JobContext<P> {
    const meter = new ProgressMeter();
    const interval = this.options.progressIntervalMs ?? 1000;
    let lastWrite = -Infinity;
    const db = this.storage.db;
    const throwIfAborted = () => {
      if (controller.signal.aborted) throw controller.signal.reason;
    };
    return {
      storage: this.storage,
      job: { id: job.id, agencyId: job.agency_id, createdBy: job.created_by, params, checkpoint: job.checkpoint },
      signal: controller.signal,
      progress: async (report) => {
        const progress = meter.measure(report);
        this.options.onProgress?.(job.id, progress);
        const now = performance.now();
        if (now - lastWrite < interval && report.done !== report.total) return;
        lastWrite = now;
        await writeProgress(db, job.id, this.owner, progress as unknown as JsonValue);
      },
      saveCheckpoint: async (trx, checkpoint) => {
        throwIfAborted();
        if (!(await writeCheckpoint(trx, job.id, this.owner, checkpoint))) throw new JobLeaseLost();
      },
      throwIfCancelled: async () => {
        throwIfAborted();
        if (await isCancelRequested(db, job.id)) throw new JobCancelled();
      },
    };
  }

  private async heartbeat(id: string, controller: AbortController): Promise<void> {
    try {
      const lease = await renewLease(this.storage.db, id, this.owner, this.leaseSeconds);
      if (!lease.held) controller.abort(new JobLeaseLost());
      else if (lease.cancelRequested) controller.abort(new JobCancelled());
    } catch (error) {
      // A missed heartbeat is retried at the next beat; the lease covers three of them.
      this.options.log?.({ level: 'warn', event: 'jobs.heartbeat', job_id: id, error: (error as Error).name });
    }
  }

  private async finish(job: JobRow, status: FinalStatus, outcome: { result?: JsonValue; error?: { code: string; message: string } }): Promise<void> {
    await finishJob(this.storage.db, job.id, this.owner, { status, ...outcome });
  }
}
