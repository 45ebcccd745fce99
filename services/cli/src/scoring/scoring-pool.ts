import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchModel, RawRecord, ScoredPair } from '@retrace/core';
import type { FromWorker, ScoringSetup, ToWorker } from './protocol.ts';

/** The sources are TypeScript run through tsx: the worker's entry registers its loader first. */
const WORKER_URL = new URL('./scoring-worker-entry.mjs', import.meta.url);

/** Queries per message: small enough to balance the threads, large enough to amortise a message. */
const CHUNK = 250;

interface Pending {
  readonly resolve: (pairs: ScoredPair[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Worker threads that each hold an index of the same records and score batches of queries
 * against it, on every core. Batches are cut into chunks handed to whichever thread is free;
 * results come back in the order of the queries, so a pool gives the single-threaded answer.
 *
 * @example
 * const pool = await ScoringPool.start({ right: children, sameSet: false, top: 5, minScore: 0.001, sample });
 * const pairs = await pool.score(requests);
 * await pool.close();
 */
export class ScoringPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ message: ToWorker; pending: Pending }> = [];
  private readonly inFlight = new Map<number, Pending>();
  private nextTask = 0;
  private failure: Error | null = null;

  private constructor(
    private readonly workers: Worker[],
    /** The model every thread scores with (given, or estimated by them). */
    readonly model: MatchModel,
  ) {
    for (const worker of workers) {
      worker.on('message', (message: FromWorker) => this.receive(worker, message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a scoring thread stopped with code ${code}`)));
      this.idle.push(worker);
    }
  }

  /** Starts the threads (default: one per core) and waits until each has built its index. */
  static async start(setup: ScoringSetup & { readonly workers?: number }): Promise<ScoringPool> {
    const { workers: wanted, ...data } = setup;
    const count = Math.max(1, wanted ?? availableParallelism());
    const workers = Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: data }));
    try {
      const models = await Promise.all(
        workers.map(
          (worker) =>
            new Promise<MatchModel>((resolve, reject) => {
              worker.once('message', (message: FromWorker) => (message.kind === 'ready' ? resolve(message.model) : reject(new Error(`a scoring thread failed to start (${message.kind === 'failed' ? message.message : message.kind})`))));
              worker.once('error', reject);
            }),
        ),
      );
      // Each thread estimated the model on its own from the same data and seed: they must agree.
      if (models.some((m) => JSON.stringify(m) !== JSON.stringify(models[0]))) throw new Error('the scoring threads estimated different models');
      return new ScoringPool(workers, models[0]!);
    } catch (error) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw error;
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Best candidates of each query record, in query order. */
  score(left: readonly RawRecord[], onProgress?: (done: number) => void): Promise<ScoredPair[]> {
    return this.scoreChunks(left.length, (from, to, task) => ({ kind: 'score', task, left: left.slice(from, to) }), onProgress);
  }

  /** Dedupe: best candidates of the indexed records at these positions (never themselves). */
  scoreIndexed(positions: readonly number[], onProgress?: (done: number) => void): Promise<ScoredPair[]> {
    return this.scoreChunks(positions.length, (from, to, task) => ({ kind: 'score-indexed', task, positions: positions.slice(from, to) }), onProgress);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private async scoreChunks(length: number, chunk: (from: number, to: number, task: number) => ToWorker, onProgress?: (done: number) => void): Promise<ScoredPair[]> {
    let done = 0;
    const parts = await Promise.all(
      Array.from({ length: Math.ceil(length / CHUNK) }, (_, i) => {
        const from = i * CHUNK;
        const to = Math.min(length, from + CHUNK);
        return this.submit(chunk(from, to, this.nextTask++)).then((pairs) => {
          done += to - from;
          onProgress?.(done);
          return pairs;
        });
      }),
    );
    return parts.flat();
  }

  private submit(message: ToWorker): Promise<ScoredPair[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ message, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { message, pending } = this.queue.shift()!;
      this.inFlight.set(message.task, pending);
      worker.postMessage(message);
    }
  }

  private receive(worker: Worker, message: FromWorker): void {
    if (message.kind === 'ready') return;
    if (message.kind === 'failed') return this.fail(new Error(`a scoring thread failed (${message.message})`));
    this.inFlight.get(message.task)?.resolve(message.pairs);
    this.inFlight.delete(message.task);
    this.idle.push(worker);
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const pending of [...this.inFlight.values(), ...this.queue.map((q) => q.pending)]) pending.reject(error);
    this.inFlight.clear();
    this.queue.length = 0;
  }
}
