import { z } from '@hono/zod-openapi';

const AgencyId = z.string().min(1).max(100);
const tuning = {
  /** Candidates kept per query record. */
  top: z.number().int().min(1).max(20).default(3),
  /** Query records per batch: one transaction, one checkpoint. */
  page_size: z.number().int().min(10).max(20_000).default(2_000),
};

/**
 * What a reconciliation covers: two agencies' caseloads against each other (both directions:
 * each one's tracing requests against the other's registered children), every agency's against
 * every other's, or one agency's records against themselves (registered twice).
 */
export const ReconcileParamsSchema = z
  .discriminatedUnion('scope', [
    z.object({ scope: z.literal('link'), agency_a: AgencyId, agency_b: AgencyId, ...tuning }).strict(),
    z.object({ scope: z.literal('all'), ...tuning }).strict(),
    z.object({ scope: z.literal('dedupe'), agency: AgencyId, ...tuning }).strict(),
  ])
  .openapi('ReconcileParams');
export type ReconcileParams = z.infer<typeof ReconcileParamsSchema>;

const BandCounts = z.object({ likely: z.number().int(), possible: z.number().int() });

/** The report stored as the job's result: counts only, plus record ids of duplicate clusters. */
export const ReconcileReportSchema = z
  .object({
    scope: z.enum(['link', 'all', 'dedupe']),
    /** Query records read and scored. */
    records_scored: z.number().int(),
    /** Candidate pairs the matcher kept (top candidates above the minimum score). */
    pairs_scored: z.number().int(),
    /** New pairs put into the review queue, by band. */
    proposed: BandCounts,
    /** Pairs found again that the queue already held (not proposed again), by their status. */
    already_in_queue: z.object({ pending: z.number().int(), confirmed: z.number().int(), rejected: z.number().int() }),
    /** Candidates found (new or not), by band and agency pair (`"a → b"`: the query's agency first). */
    by_agency_pair: z.array(z.object({ from_agency: z.string(), to_agency: z.string(), kind: z.enum(['request_to_child', 'child_to_child', 'request_to_request']), likely: z.number().int(), possible: z.number().int() })),
    /** Dedupe: connected groups of records joined by likely or possible pairs not rejected. */
    duplicate_clusters: z.array(z.object({ agency_id: z.string(), kind: z.enum(['child', 'request']), record_ids: z.array(z.string()) })),
    duplicate_clusters_total: z.number().int(),
  })
  .openapi('ReconcileReport');
export type ReconcileReport = z.infer<typeof ReconcileReportSchema>;
