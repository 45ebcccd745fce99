import { gradeNameTokens, surelyDifferent } from '../normalize/name/index.ts';
import { PairCache } from './pair-cache.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';

/**
 * Memoised token (and place) agreement. The same few thousand spellings meet millions of times
 * in a batch run, so each pair of interned ids is compared once.
 */
export class NameAgreementCache {
  private readonly names = new PairCache();
  private readonly places = new PairCache(18);

  agreement(a: NameToken, b: NameToken): NameAgreement {
    if (a === b || a.text === b.text) return NameAgreement.EXACT;
    if (surelyDifferent(a, b)) return NameAgreement.DIFFERENT;
    const cached = this.names.lookup(a.id, b.id);
    if (cached >= 0) return cached as NameAgreement;
    // surelyDifferent was asked above: only the full rules are left.
    const computed = gradeNameTokens(a, b);
    this.names.store(a.id, b.id, computed);
    return computed;
  }

  /** Memoised place agreement, keyed by the places' interning ids. */
  place(a: number, b: number, compute: () => number): number {
    const cached = this.places.lookup(a, b);
    if (cached >= 0) return cached;
    const computed = compute();
    this.places.store(a, b, computed);
    return computed;
  }
}

/** Best agreement between any token of `a` and any token of `b`, with the pair that reached it. */
export function bestTokenAgreement(
  cache: NameAgreementCache,
  a: readonly NameToken[],
  b: readonly NameToken[],
): { agreement: NameAgreement; left?: NameToken; right?: NameToken } {
  let best: { agreement: NameAgreement; left?: NameToken; right?: NameToken } = {
    agreement: NameAgreement.DIFFERENT,
  };
  for (const x of a) {
    for (const y of b) {
      const agreement = cache.agreement(x, y);
      if (agreement < best.agreement) {
        best = { agreement, left: x, right: y };
        if (agreement === NameAgreement.EXACT) return best;
      }
    }
  }
  return best;
}
