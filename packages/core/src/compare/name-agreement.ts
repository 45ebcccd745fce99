import { gradeNameTokens, surelyDifferent } from '../normalize/name/index.ts';
import { PairCache } from './pair-cache.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';
import type { PlaceAgreement, PlacePath } from '../normalize/place/types.ts';
import { comparePlaces } from './place.ts';

/**
 * Memoised token (and place) agreement. The same few thousand spellings meet millions of times
 * in a batch run, so each pair of interned ids is compared once.
 */
export class NameAgreementCache {
  private readonly names = new PairCache();
  private readonly places = new PairCache(18);

  agreement(a: NameToken, b: NameToken): NameAgreement {
    // Tokens are interned: equal spellings are one object (gradeNameTokens covers the rest).
    if (a === b) return NameAgreement.EXACT;
    if (surelyDifferent(a, b)) return NameAgreement.DIFFERENT;
    const cached = this.names.lookup(a.id, b.id);
    if (cached >= 0) return cached as NameAgreement;
    // surelyDifferent was asked above: only the full rules are left.
    const computed = gradeNameTokens(a, b);
    this.names.store(a.id, b.id, computed);
    return computed;
  }

  /** Memoised place agreement (comparePlaces), keyed by the places' interning ids. */
  place(a: PlacePath, b: PlacePath): PlaceAgreement {
    const cached = this.places.lookup(a.id, b.id);
    if (cached >= 0) return cached as PlaceAgreement;
    const computed = comparePlaces(a, b);
    this.places.store(a.id, b.id, computed);
    return computed;
  }
}

