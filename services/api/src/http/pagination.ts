import { z } from '@hono/zod-openapi';
import type { SelectQueryBuilder } from 'kysely';
import { ServiceError } from './errors.ts';

/** `?limit=&after=`: every list is ordered by an immutable sequence number, so pages are stable. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: z
    .string()
    .max(40)
    .optional()
    .openapi({ description: 'The `next` cursor of the previous page.' }),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable().openapi({ description: 'Cursor of the next page; null on the last.' }) });

export interface Page<T> {
  items: T[];
  next: string | null;
}

const encode = (seq: string): string => Buffer.from(`s${seq}`).toString('base64url');

/** The sequence number a cursor stands for; a cursor that was not made here is a client error. */
export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^s(\d{1,18})$/.exec(decoded);
  if (!match) throw new ServiceError('validation_failed', 'The page cursor is not valid.', [{ path: 'after', message: 'invalid cursor', code: 'custom' }]);
  return match[1]!;
}

/**
 * Applies keyset pagination on a `seq` column and returns one page. `seqColumn` names the column in
 * the query (e.g. `records.seq`); rows must select `seq` as text.
 */
export async function paginate<DB, TB extends keyof DB, O extends { seq: string }>(
  query: SelectQueryBuilder<DB, TB, O>,
  seqColumn: string,
  page: PageQuery,
): Promise<Page<O>> {
  const after = decodeCursor(page.after);
  let q = query.orderBy(seqColumn as never, 'asc').limit(page.limit + 1);
  if (after !== null) q = q.where(seqColumn as never, '>', after as never);
  const rows = await q.execute();
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  return { items, next: more ? encode(items[items.length - 1]!.seq) : null };
}
