/** One name token after normalisation (Latin script, lowercase, particles joined to their noun). */
export interface NameToken {
  /** Interning id: equal for equal `text` while the intern pool lasts; a cache key, never data. */
  readonly id: number;
  /** Canonical Latin spelling: accents stripped, Arabic script transliterated, e.g. "abdelkarim". */
  readonly text: string;
  /**
   * Transliteration skeleton: the token reduced to consonant classes so that French-style and
   * English-style spellings of one Arabic name meet (Mahamat / Mohammed → same skeleton).
   * Used for blocking keys and for the "equivalent" agreement level.
   */
  readonly skeleton: string;
  /** `text` with transliteration habits removed, vowels kept ("khadidja" → "hadija"). */
  readonly canonical: string;
  /** The skeleton with vowel positions ("mAhAmAd"), telling Mahamat from Mahmoud. */
  readonly shape: string;
  /** Bit set of the letters of `canonical`, of `text` and of the consonants of `shape`: see surelyDifferent. */
  readonly letters: number;
  readonly written: number;
  readonly consonants: number;
  /**
   * The rest of what surelyDifferent reads, as numbers, so that ruling a pair out touches no
   * string (most pairs a search meets are ruled out): the skeleton's first letter (-1 when it is
   * empty), the length of a glued article, whether an initial h may be silent, the lengths of
   * `canonical` and of `text`.
   */
  readonly initial: number;
  readonly article: number;
  /**
   * The same word in the other rendering of two Arabic letters, or null when it has neither:
   * th as s for ṯāʾ, written th in English and s in French and West African renderings (Uthman /
   * Osman / Ousmane, Haitham / Haisam); kh as k for ḫāʾ, written kh, h or k (Khadija / Kadija,
   * Khamis / Kamis; kh as h is already the canonical spelling). An equivalent reading, not a typo.
   */
  readonly variant: NameToken | null;
  /** When the word is a listed short form (Fanta, Dja, JP), the skeletons of the full names it stands for. */
  readonly shortFor: ReadonlySet<string> | null;
  readonly silentH: boolean;
  readonly canonicalLength: number;
  readonly textLength: number;
}

/** A written name split into tokens, given name first where the writing order could be recovered. */
export interface ParsedName {
  readonly tokens: readonly NameToken[];
}

/**
 * How well two name tokens agree, best first. Numbers, so the hot loop compares integers.
 * - EXACT: same canonical text
 * - EQUIVALENT: different spelling of the same name (transliteration habit, accent, particle form)
 * - CLOSE: one typo away (deleted, doubled, swapped or wrong letter) from equivalent
 * - WEAK: related but not convincingly the same (two edits apart, or one edit and a different vowel pattern)
 * - DIFFERENT
 */
export const NameAgreement = { EXACT: 0, EQUIVALENT: 1, CLOSE: 2, WEAK: 3, DIFFERENT: 4 } as const;
export type NameAgreement = (typeof NameAgreement)[keyof typeof NameAgreement];
