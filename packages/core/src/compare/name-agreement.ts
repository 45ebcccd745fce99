import { consonantSlipOnly, gradeNameTokens, nameToken, surelyDifferent } from '../normalize/name/index.ts';
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
  /** Rare spellings and the common spelling each is a typo of (see typoCorrections). */
  readonly corrections?: ReadonlyMap<string, string>;
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

  /** The common spelling a rare one is a typo of, by the rare token's interning id. */
  private readonly commonSpelling = new Map<number, NameToken>();
  /** Whether a token id has an entry in `commonSpelling`: one byte read on the hot path, not a hash lookup. */
  private readonly correctable: Uint8Array;

  constructor(private readonly knowledge: NameKnowledge | null = null) {
    let maxId = -1;
    for (const [rare, common] of knowledge?.corrections ?? []) {
      const token = nameToken(rare);
      this.commonSpelling.set(token.id, nameToken(common));
      if (token.id > maxId) maxId = token.id;
    }
    this.correctable = new Uint8Array(maxId + 1);
    for (const id of this.commonSpelling.keys()) this.correctable[id] = 1;
  }

  /**
   * `tokens` with each rare spelling replaced by the common one it is a typo of, or null when
   * none has a correction (see typoCorrections): a search also looks a query up by them.
   */
  corrected(tokens: readonly NameToken[]): NameToken[] | null {
    if (this.correctable.length === 0 || !tokens.some((t) => this.hasCorrection(t))) return null;
    return tokens.map((t) => (this.hasCorrection(t) ? this.commonSpelling.get(t.id)! : t));
  }

  private hasCorrection(token: NameToken): boolean {
    return token.id < this.correctable.length && this.correctable[token.id] === 1;
  }

  /** The sex the data implies for a given name, or null (always null without knowledge). */
  impliedSex(token: NameToken): Sex | null {
    return this.knowledge ? this.knowledge.impliedSex(token) : null;
  }

  agreement(a: NameToken, b: NameToken): NameAgreement {
    // Tokens are interned: equal spellings are one object (gradeNameTokens covers the rest).
    if (a === b) return NameAgreement.EXACT;
    const correctable = this.correctable.length > 0 && (this.hasCorrection(a) || this.hasCorrection(b));
    // Read as corrected, a pair can only agree where the corrected spelling is not surely different.
    if (surelyDifferent(a, b) && (!correctable || this.surelyDifferentOnceCorrected(a, b))) return NameAgreement.DIFFERENT;
    const cached = this.names.lookup(a.id, b.id);
    if (cached >= 0) return cached as NameAgreement;
    // surelyDifferent was asked above: only the full rules are left.
    const graded = gradeNameTokens(a, b);
    let computed = graded === NameAgreement.CLOSE && this.twoNames(a, b) && consonantSlipOnly(a, b) ? NameAgreement.WEAK : graded;
    if (correctable && computed > NameAgreement.CLOSE && this.equivalentOnceCorrected(a, b)) computed = NameAgreement.CLOSE;
    this.names.store(a.id, b.id, computed);
    return computed;
  }

  private surelyDifferentOnceCorrected(a: NameToken, b: NameToken): boolean {
    const x = this.commonSpelling.get(a.id);
    const y = this.commonSpelling.get(b.id);
    return (x === undefined || surelyDifferent(x, b)) && (y === undefined || surelyDifferent(a, y));
  }

  /** Whether a rare spelling, read as the common one it is a typo of, is equivalent to the other name: one typo from equivalent. */
  private equivalentOnceCorrected(a: NameToken, b: NameToken): boolean {
    const x = this.commonSpelling.get(a.id) ?? a;
    const y = this.commonSpelling.get(b.id) ?? b;
    const equivalent = (p: NameToken, q: NameToken) => p === q || gradeNameTokens(p, q) <= NameAgreement.EQUIVALENT;
    // Both corrected would be two typos: one side at a time.
    return (x !== a && equivalent(x, b)) || (y !== b && equivalent(a, y));
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

