import { z } from '@hono/zod-openapi';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Tables } from '../storage/tables.ts';

export const StatsRowSchema = z.object({
  kind: z.string(),
  status: z.string(),
  stage: z.string(),
  sex: z.string().nullable(),
  age_band: z.string().nullable(),
  count: z.number().int(),
});
export const StatsSchema = z.object({ agency_id: z.string(), rows: z.array(StatsRowSchema) }).openapi('Stats');

/** Anonymous counts of the caller's agency's records by kind, status, stage, sex and age band. */
export async function agencyStats(db: Kysely<Tables>, actor: Actor): Promise<z.infer<typeof StatsSchema>> {
  const rows = await db
    .selectFrom('records')
    .select(['kind', 'status', 'stage', 'sex', 'age_band', sql<number>`count(*)::int`.as('count')])
    .where('agency_id', '=', actor.agencyId)
    .groupBy(['kind', 'status', 'stage', 'sex', 'age_band'])
    .orderBy('kind')
    .orderBy('status')
    .orderBy('stage')
    .orderBy('sex')
    .orderBy('age_band')
    .execute();
  return { agency_id: actor.agencyId, rows };
}
