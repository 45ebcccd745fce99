import { consonantSlipOnly, gradeNameTokens, surelyDifferent } from '../normalize/name/index.ts';
import { PairCache } from './pair-cache.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';
import type { PlaceAgreement, PlacePath } from '../normalize/place/types.ts';
import type { Sex } from '../record/schema.ts';
import { comparePlaces } from './place.ts';

/** What the data being linked says about names (see nameAgreementCache, which reads it from the frequencies). */
export interface NameKnowledge {
  /** How often a name occurs (by spelling class), for telling names from typos. */
  readonly count: (token: NameToken) => number;
  /** The sex a given name implies, when nearly every record stating one agrees. */
  readonly impliedSex: (token: NameToken) => Sex | null;
}

/** A spelling seen fewer times than this says nothing about being a name of its own. */
const ESTABLISHED_COUNT = 5;
/**
 * Two spellings whose counts are within this ratio are two names, not a name and its typo: a
 * given misspelling is written a small fraction of the times its name is, while different names
 * (Haroun 1,174 and Hassan 322 in a development caseload) are both common.
 */
const TYPO_RATIO = 50;

/**
 * Memoised token (and place) agreement. The same few thousand spellings meet millions of times
 * in a batch run, so each pair of interned ids is compared once.
 *
 * With `knowledge` (from the frequencies of the data being linked), a one-consonant slip between
 * two common names (Haroun / Hassan) is WEAK, not CLOSE: no rule of spelling tells such a pair
 * from a typo (Mahannat / Mohammed), but the data does. Create one cache per run, after counting.
 */
export class NameAgreementCache {
  private readonly names = new PairCache();
  private readonly places = new PairCache(18);

  constructor(private readonly knowledge: NameKnowledge | null = null) {}

  /** The sex the data implies for a given name, or null (always null without knowledge). */
  impliedSex(token: NameToken): Sex | null {
    return this.knowledge ? this.knowledge.impliedSex(token) : null;
  }

  agreement(a: NameToken, b: NameToken): NameAgreement {
    // Tokens are interned: equal spellings are one object (gradeNameTokens covers the rest).
    if (a === b) return NameAgreement.EXACT;
    if (surelyDifferent(a, b)) return NameAgreement.DIFFERENT;
    const cached = this.names.lookup(a.id, b.id);
    if (cached >= 0) return cached as NameAgreement;
    // surelyDifferent was asked above: only the full rules are left.
    const graded = gradeNameTokens(a, b);
    const computed = graded === NameAgreement.CLOSE && this.twoNames(a, b) && consonantSlipOnly(a, b) ? NameAgreement.WEAK : graded;
    this.names.store(a.id, b.id, computed);
    return computed;
  }

  /** Whether both spellings are common enough, and alike enough in count, to be two names. */
  private twoNames(a: NameToken, b: NameToken): boolean {
    if (!this.knowledge) return false;
    const x = this.knowledge.count(a);
    const y = this.knowledge.count(b);
    const fewer = Math.min(x, y);
    return fewer >= ESTABLISHED_COUNT && fewer * TYPO_RATIO >= Math.max(x, y);
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

