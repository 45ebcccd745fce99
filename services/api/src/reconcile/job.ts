import { availableParallelism } from 'node:os';
import { DEFAULT_MIN_SCORE, type MatchModel } from '@retrace/core';
import { ScoringPool } from '@retrace/cli/scoring';
import type { AuditSubject } from '../audit/audit.ts';
import { SYSTEM_SUBJECT } from '../auth/bootstrap.ts';
import type { JobContext, JobHandler, JsonValue } from '../jobs/handler.ts';
import { planPasses, type Pass } from './plan.ts';
import { writeProposals, type Proposal } from './propose.ts';
import { countScope, readAll, readPage, readSample, snapshotSeq } from './read.ts';
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

const workerCount = () => Number(process.env.RETRACE_RECONCILE_WORKERS) || availableParallelism();

async function subjectOf(ctx: JobContext<ReconcileParams>): Promise<AuditSubject> {
  if (!ctx.job.createdBy) return { ...SYSTEM_SUBJECT, agencyId: ctx.job.agencyId };
  const user = await ctx.storage.db.selectFrom('users').select('role').where('id', '=', ctx.job.createdBy).executeTakeFirst();
  return { userId: ctx.job.createdBy, role: user?.role ?? null, agencyId: ctx.job.agencyId };
}

/** One pass: index its right side on every core, then score the left side a page at a time. */
async function runPass(ctx: JobContext<ReconcileParams>, pass: Pass, start: Checkpoint, subject: AuditSubject): Promise<Checkpoint> {
  const db = ctx.storage.db;
  const { top, page_size: pageSize } = ctx.job.params;
  const right = await readAll(db, pass.right, start.snapshot);
  if (right.length === 0) return start;
  const agencyOf = new Map(right.map((r) => [r.raw.id, r.agencyId]));
  const sample = pass.sameSet ? [] : await readSample(db, pass.left, start.snapshot, TRAINING_SAMPLE);
  await ctx.throwIfCancelled();
  const pool = await ScoringPool.start({
    right: right.map((r) => r.raw),
    sameSet: pass.sameSet,
    top,
    minScore: DEFAULT_MIN_SCORE,
    sample,
    ...(start.model ? { model: start.model } : {}),
    workers: workerCount(),
  });
  const positions = pass.sameSet ? right.length : 0;
  const doneBefore = start.totals.slice(0, start.pass).reduce((a, b) => a + b, 0);
  const total = start.totals.reduce((a, b) => a + b, 0);
  let checkpoint: Checkpoint = { ...start, model: pool.model };
  try {
    for (;;) {
      await ctx.throwIfCancelled();
      let pairs;
      let leftAgency: (id: string) => string;
      let records: number;
      let cursor: string;
      if (pass.sameSet) {
        const from = Number(checkpoint.cursor);
        if (from >= positions) break;
        const to = Math.min(positions, from + pageSize);
        pairs = await pool.scoreIndexed(Array.from({ length: to - from }, (_, i) => from + i));
        leftAgency = (id) => agencyOf.get(id)!;
        records = to - from;
        cursor = String(to);
      } else {
        const page = await readPage(db, pass.left, start.snapshot, checkpoint.cursor, pageSize);
        if (page.length === 0) break;
        const agencies = new Map(page.map((r) => [r.raw.id, r.agencyId]));
        pairs = await pool.score(page.map((r) => r.raw));
        leftAgency = (id) => agencies.get(id)!;
        records = page.length;
        cursor = page[page.length - 1]!.seq;
      }
      const proposals: Proposal[] = pairs.filter((p) => p.band !== 'unlikely').map((pair) => ({ pair, leftAgency: leftAgency(pair.leftId), rightAgency: agencyOf.get(pair.rightId)! }));
      const before = checkpoint;
      checkpoint = await db.transaction().execute(async (trx) => {
        const outcome = await writeProposals(trx, ctx.job.id, subject, proposals);
        const next: Checkpoint = { ...before, cursor, doneInPass: before.doneInPass + records, tally: addBatch(before.tally, pass, { records, pairsScored: pairs.length, outcome }) };
        await ctx.saveCheckpoint(trx, next as unknown as JsonValue);
        return next;
      });
      await ctx.progress({ done: Math.min(doneBefore + checkpoint.doneInPass, total), total, unit: 'records', pairsScored: checkpoint.tally.pairs_scored, message: `pass ${start.pass + 1} of ${start.totals.length}` });
    }
  } finally {
    await pool.close();
  }
  return checkpoint;
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
