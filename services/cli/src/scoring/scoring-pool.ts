import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchModel, RawRecord, ScoredPair } from '@retrace/core';
import type { FromWorker, ScoringSetup, ToWorker, WorkerSetup } from './protocol.ts';

/** The sources are TypeScript run through tsx: the worker's entry registers its loader first. */
const WORKER_URL = new URL('./scoring-worker-entry.mjs', import.meta.url);

/** Queries per message: small enough to balance the threads, large enough to amortise a message. */
const CHUNK = 250;
/** Indexed records per message when the indexed side is given as one array. */
const INDEX_PAGE = 10_000;
/** Pages of the indexed side sent ahead of the threads' preparing them: bounds memory, keeps them busy. */
const PAGES_AHEAD = 2;

type Reply = Extract<FromWorker, { task: number }>;

interface Pending {
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: Error) => void;
}

const isArray = (right: ScoringSetup['right']): right is readonly RawRecord[] => Array.isArray(right);

async function* pagesOf(right: ScoringSetup['right']): AsyncIterable<readonly RawRecord[]> {
  if (!isArray(right)) return yield* right;
  for (let from = 0; from < right.length; from += INDEX_PAGE) yield right.slice(from, from + INDEX_PAGE);
}

/**
 * Worker threads that each hold an index of the same records and score batches of queries
 * against it, on every core. The indexed side is sent page by page, so the caller can stream
 * it from a database and no thread keeps the raw records; one thread estimates the model and the
 * others receive it. Query batches are cut into chunks handed to whichever thread is free;
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
  private settled: MatchModel | null = null;

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) {
      worker.on('message', (message: FromWorker) => this.receive(worker, message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a scoring thread stopped with code ${code}`)));
    }
  }

  /**
   * Starts the threads (default: one per core), has each prepare and index every record of
   * `right`, settles the model, and resolves once every thread can score.
   */
  static async start(setup: ScoringSetup & { readonly workers?: number }): Promise<ScoringPool> {
    const { workers: wanted, right, model, ...data } = setup;
    const count = Math.max(1, wanted ?? availableParallelism());
    const pool = new ScoringPool(Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: data satisfies WorkerSetup })));
    try {
      await pool.indexAll(right);
      await pool.settle(model ?? null);
      pool.idle.push(...pool.workers);
      return pool;
    } catch (error) {
      await pool.close();
      throw error;
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** The model every thread scores with (given, or estimated by one of them). */
  get model(): MatchModel {
    return this.settled!;
  }

  /** Best candidates of each query record, in query order. */
  score(left: readonly RawRecord[], onProgress?: (done: number) => void): Promise<ScoredPair[]> {
    return this.scoreChunks(left.length, (from, to, task) => ({ kind: 'score', task, left: left.slice(from, to) }), onProgress);
  }

  /** Dedupe: best candidates of the indexed records at these positions (never themselves). */
  scoreIndexed(positions: readonly number[], onProgress?: (done: number) => void): Promise<ScoredPair[]> {
    return this.scoreChunks(positions.length, (from, to, task) => ({ kind: 'score-indexed', task, positions: positions.slice(from, to) }), onProgress);
  }

  /** Stops the threads; batches still being scored are rejected. */
  async close(): Promise<void> {
    this.fail(new Error('the scoring pool is closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Every page to every thread, a few pages ahead of the slowest; all in the same order. */
  private async indexAll(right: ScoringSetup['right']): Promise<void> {
    const ahead: Array<Promise<unknown>> = [];
    for await (const page of pagesOf(right)) {
      if (this.failure) throw this.failure;
      const indexed = Promise.all(this.workers.map((worker) => this.ask(worker, (task) => ({ kind: 'index', task, records: page }))));
      // Awaited below; a failure before then (the pages themselves failing) must not go unhandled.
      indexed.catch(() => {});
      ahead.push(indexed);
      if (ahead.length >= PAGES_AHEAD) await ahead.shift();
    }
    await Promise.all(ahead);
  }

  /**
   * Without a model the first thread estimates it (seeded, from the data every thread holds)
   * while the others freeze their indexes, then they take its model: estimated once, not once
   * per thread.
   */
  private async settle(given: MatchModel | null): Promise<void> {
    const [first, ...others] = this.workers;
    const settle = (worker: Worker, model: MatchModel | null) => this.ask(worker, (task) => ({ kind: 'settle', task, model })).then((reply) => (reply as Extract<Reply, { kind: 'ready' }>).model);
    if (given) {
      await Promise.all(this.workers.map((worker) => settle(worker, given)));
      this.settled = given;
      return;
    }
    const [model] = await Promise.all([settle(first!, null), ...others.map((worker) => this.ask(worker, (task) => ({ kind: 'freeze', task })))]);
    await Promise.all(others.map((worker) => settle(worker, model as MatchModel)));
    this.settled = model as MatchModel;
  }

  /** One message to one given thread (setup), answered by task number. */
  private ask(worker: Worker, message: (task: number) => ToWorker): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const task = this.nextTask++;
    return new Promise((resolve, reject) => {
      this.inFlight.set(task, { resolve, reject });
      worker.postMessage(message(task));
    });
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
      this.queue.push({ message, pending: { resolve: (reply) => resolve((reply as Extract<Reply, { kind: 'scored' }>).pairs), reject } });
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
    if (message.kind === 'failed') return this.fail(new Error(`a scoring thread failed (${message.message})`));
    this.inFlight.get(message.task)?.resolve(message);
    this.inFlight.delete(message.task);
    if (message.kind !== 'scored') return;
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
