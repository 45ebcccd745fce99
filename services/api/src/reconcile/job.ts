import { availableParallelism } from 'node:os';
import { DEFAULT_MIN_SCORE, type Band, type MatchModel, type ScoredPair } from '@retrace/core';
import { ScoringPool } from '@retrace/cli/scoring';
import type { AuditSubject } from '../audit/audit.ts';
import { SYSTEM_SUBJECT } from '../auth/bootstrap.ts';
import type { JobContext, JobHandler, JsonValue } from '../jobs/handler.ts';
import { planPasses, type Pass } from './plan.ts';
import { writeProposals, type Proposal } from './propose.ts';
import { countScope, readPage, readPages, readSample, snapshotSeq, type ScopedRecord } from './read.ts';
import { addBatch, buildReport, emptyTally, type Tally } from './report.ts';
import { ReconcileParamsSchema, type ReconcileParams } from './schemas.ts';

/** Where a reconciliation stands; saved with every batch it writes. */
interface Checkpoint {
  /** Records up to this sequence number are reconciled; later ones wait for the next run. */
  readonly snapshot: string;
  /** Query records of each pass, for progress. */
  readonly totals: number[];
  readonly pass: number;
  /** The last query record done in this pass: a sequence number, or (dedupe) a position. */
  readonly cursor: string;
  /** Query records done in this pass. */
  readonly doneInPass: number;
  /** The model of this pass, kept so a resumed pass scores exactly as before. */
  readonly model: MatchModel | null;
  readonly tally: Tally;
}

/** Queries the model is estimated from when linking. */
const TRAINING_SAMPLE = 4_000;

/** The bands put into the review queue. */
const PROPOSED_BANDS: readonly Band[] = ['likely', 'possible'];

const workerCount = () => Number(process.env.RETRACE_RECONCILE_WORKERS) || availableParallelism();

async function subjectOf(ctx: JobContext<ReconcileParams>): Promise<AuditSubject> {
  if (!ctx.job.createdBy) return { ...SYSTEM_SUBJECT, agencyId: ctx.job.agencyId };
  const user = await ctx.storage.db.selectFrom('users').select('role').where('id', '=', ctx.job.createdBy).executeTakeFirst();
  return { userId: ctx.job.createdBy, role: user?.role ?? null, agencyId: ctx.job.agencyId };
}

/** A pass's pool, with what it tells of the indexed records. */
interface IndexedSide {
  readonly pool: ScoringPool;
  /** Records indexed (dedupe: the positions its queries run over). */
  readonly size: number;
  readonly agencyOf: (id: string) => string;
}

/**
 * Streams the right side of a pass from the database into a pool, page by page: neither this
 * thread nor the scoring threads keep the raw records. Null when the side is empty.
 */
async function indexRightSide(ctx: JobContext<ReconcileParams>, pass: Pass, start: Checkpoint): Promise<IndexedSide | null> {
  const db = ctx.storage.db;
  const pages = readPages(db, pass.right, start.snapshot);
  const first = await pages.next();
  if (first.done) return null;
  // One agency on the right (a link between two, or dedupe): no map of a million ids needed.
  const only = pass.right.agencies?.length === 1 ? pass.right.agencies[0]! : null;
  const agencies = new Map<string, string>();
  let size = 0;
  async function* raw() {
    for (let page: ScopedRecord[] | undefined = first.value; page; page = (await pages.next()).value || undefined) {
      if (only === null) for (const r of page) agencies.set(r.raw.id, r.agencyId);
      size += page.length;
      yield page.map((r) => r.raw);
    }
  }
  const sample = pass.sameSet ? [] : await readSample(db, pass.left, start.snapshot, TRAINING_SAMPLE);
  await ctx.throwIfCancelled();
  const pool = await ScoringPool.start({
    right: raw(),
    sameSet: pass.sameSet,
    top: ctx.job.params.top,
    minScore: DEFAULT_MIN_SCORE,
    sample,
    ...(start.model ? { model: start.model } : {}),
    workers: workerCount(),
    // Only proposed pairs are written, and only the levels of their evidence.
    evidenceBands: PROPOSED_BANDS,
    evidenceWithoutValues: true,
  });
  return { pool, size, agencyOf: only === null ? (id) => agencies.get(id)! : () => only };
}

/** One page of query records handed to the pool, and its scored pairs to come. */
interface Batch {
  readonly records: number;
  readonly cursor: string;
  readonly leftAgency: (id: string) => string;
  readonly pairs: Promise<ScoredPair[]>;
}

/** A promise whose failure is reported where it is awaited, not as an unhandled rejection before. */
const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => {});
  return promise;
};

/** Query pages scored ahead of the one being written, so the threads never wait for the database. */
const BATCHES_AHEAD = 2;

/**
 * One pass: index its right side on every core, then score the left side a page at a time.
 * Each page's pairs are written with the checkpoint in one transaction, in page order; the next
 * pages are read and scored meanwhile (scoring is pure, so nothing of them survives a crash).
 */
async function runPass(ctx: JobContext<ReconcileParams>, pass: Pass, start: Checkpoint, subject: AuditSubject): Promise<Checkpoint> {
  const db = ctx.storage.db;
  const pageSize = ctx.job.params.page_size;
  const side = await indexRightSide(ctx, pass, start);
  if (side === null) return start;
  const { pool, agencyOf } = side;
  const doneBefore = start.totals.slice(0, start.pass).reduce((a, b) => a + b, 0);
  const total = start.totals.reduce((a, b) => a + b, 0);
  let checkpoint: Checkpoint = { ...start, model: pool.model };
  let readCursor = start.cursor;
  let exhausted = false;
  const ahead: Batch[] = [];
  /** Reads the page after `readCursor` and starts scoring it; false when there is none. */
  const scoreNextPage = async (): Promise<boolean> => {
    if (pass.sameSet) {
      const from = Number(readCursor);
      if (from >= side.size) return false;
      const to = Math.min(side.size, from + pageSize);
      readCursor = String(to);
      ahead.push({ records: to - from, cursor: readCursor, leftAgency: agencyOf, pairs: handled(pool.scoreIndexed(Array.from({ length: to - from }, (_, i) => from + i))) });
      return true;
    }
    const page = await readPage(db, pass.left, start.snapshot, readCursor, pageSize);
    if (page.length === 0) return false;
    readCursor = page[page.length - 1]!.seq;
    const agencies = new Map(page.map((r) => [r.raw.id, r.agencyId]));
    ahead.push({ records: page.length, cursor: readCursor, leftAgency: (id) => agencies.get(id)!, pairs: handled(pool.score(page.map((r) => r.raw))) });
    return true;
  };
  try {
    for (;;) {
      await ctx.throwIfCancelled();
      while (!exhausted && ahead.length < BATCHES_AHEAD) exhausted = !(await scoreNextPage());
      const batch = ahead.shift();
      if (!batch) break;
      checkpoint = await writeBatch(ctx, pass, subject, checkpoint, batch, await batch.pairs, agencyOf);
      await ctx.progress({ done: Math.min(doneBefore + checkpoint.doneInPass, total), total, unit: 'records', pairsScored: checkpoint.tally.pairs_scored, message: `pass ${start.pass + 1} of ${start.totals.length}` });
    }
  } finally {
    // Pages still being scored are dropped: only written pages count.
    await pool.close();
  }
  return checkpoint;
}

/** Writes one scored page's proposals and the checkpoint after it, in one transaction. */
async function writeBatch(ctx: JobContext<ReconcileParams>, pass: Pass, subject: AuditSubject, before: Checkpoint, batch: Batch, pairs: ScoredPair[], rightAgency: (id: string) => string): Promise<Checkpoint> {
  // Dedupe: a pair both records' searches found carries the same score from both sides (the
  // lower of the two); it is taken from one side only, so that it is proposed, or counted as
  // already in the queue, once.
  const proposals: Proposal[] = pairs.filter((p) => PROPOSED_BANDS.includes(p.band) && !(pass.sameSet && p.foundFromBoth && p.leftId > p.rightId)).map((pair) => ({ pair, leftAgency: batch.leftAgency(pair.leftId), rightAgency: rightAgency(pair.rightId) }));
  return ctx.storage.db.transaction().execute(async (trx) => {
    const outcome = await writeProposals(trx, ctx.job.id, subject, proposals);
    const next: Checkpoint = { ...before, cursor: batch.cursor, doneInPass: before.doneInPass + batch.records, tally: addBatch(before.tally, pass, { records: batch.records, pairsScored: pairs.length, outcome }) };
    await ctx.saveCheckpoint(trx, next as unknown as JsonValue);
    return next;
  });
}

/**
 * The reconciliation job: runs its passes, writing each page's candidates into the review queue
 * together with the checkpoint, so that a run killed at any point and resumed writes exactly what
 * an uninterrupted run writes. Returns the report.
 */
export const reconcileJob: JobHandler<ReconcileParams> = {
  kind: 'reconcile',
  params: ReconcileParamsSchema,
  async run(ctx) {
    const db = ctx.storage.db;
    const passes = planPasses(ctx.job.params);
    const subject = await subjectOf(ctx);
    let checkpoint = ctx.job.checkpoint as Checkpoint | null;
    if (checkpoint === null) {
      const snapshot = await snapshotSeq(db);
      const totals = await Promise.all(passes.map((p) => countScope(db, p.left, snapshot)));
      checkpoint = { snapshot, totals, pass: 0, cursor: '0', doneInPass: 0, model: null, tally: emptyTally() };
    }
    while (checkpoint.pass < passes.length) {
      const finished = await runPass(ctx, passes[checkpoint.pass]!, checkpoint, subject);
      const next: Checkpoint = { ...finished, pass: finished.pass + 1, cursor: '0', doneInPass: 0, model: null };
      await db.transaction().execute((trx) => ctx.saveCheckpoint(trx, next as unknown as JsonValue));
      checkpoint = next;
    }
    const total = checkpoint.totals.reduce((a, b) => a + b, 0);
    await ctx.progress({ done: total, total, unit: 'records', pairsScored: checkpoint.tally.pairs_scored, message: 'report' });
    return (await buildReport(db, ctx.job.id, ctx.job.params, checkpoint.tally)) as unknown as JsonValue;
  },
};
