import Fuse from 'fuse.js';
import type { GeneratedRecord } from '@retrace/data/generator';
import type { RankedPair } from '../metrics.ts';

/** Baseline 1, what a team writes first: Fuse.js fuzzy search on the full name. */
export const FUSE_LIKELY = 0.8;

export function fuseNameBaseline(requests: readonly GeneratedRecord[], children: readonly GeneratedRecord[], top = 10): RankedPair[] {
  const fuse = new Fuse(children.map((c) => ({ id: c.id!, name: c.full_name ?? '' })), { keys: ['name'], includeScore: true, threshold: 0.6, ignoreLocation: true });
  const pairs: RankedPair[] = [];
  for (const request of requests) {
    if (!request.full_name) continue;
    for (const hit of fuse.search(request.full_name, { limit: top })) {
      const score = 1 - (hit.score ?? 1);
      // "likely": a close name match (Fuse distance ≤ 0.2).
      pairs.push({ leftId: request.id!, rightId: hit.item.id, score, band: score >= FUSE_LIKELY ? 'likely' : 'possible' });
    }
  }
  return pairs;
}
