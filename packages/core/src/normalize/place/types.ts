/** One level of a place ("Goz Beida" in "Goz Beida, Sila, Tchad"). */
export interface PlacePart {
  /** Canonical Latin spelling (lowercase, accents stripped, generic words such as "camp de" removed). */
  readonly text: string;
  /** Transliteration skeleton of `text`, as for names. */
  readonly skeleton: string;
}

/** A place written specific to general, with what the gazetteer could resolve. */
export interface PlacePath {
  /** The parts as written, most specific first. */
  readonly parts: readonly PlacePart[];
  /**
   * Gazetteer ids of the most specific resolved place and all its ancestors, most specific first
   * (e.g. ["td.adre", "td.ouaddai", "td"]). Empty when nothing could be resolved.
   */
  readonly resolved: readonly string[];
}

/**
 * How two places agree, best first.
 * - SAME: same specific place
 * - WITHIN: one lies inside the other (Adré vs Ouaddaï), or same place at different depth
 * - SAME_REGION: different places in the same district / region (admin 1 or 2)
 * - SAME_COUNTRY: only the country agrees
 * - DIFFERENT
 */
export const PlaceAgreement = { SAME: 0, WITHIN: 1, SAME_REGION: 2, SAME_COUNTRY: 3, DIFFERENT: 4 } as const;
export type PlaceAgreement = (typeof PlaceAgreement)[keyof typeof PlaceAgreement];
