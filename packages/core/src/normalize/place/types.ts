import type { NameToken } from '../name/types.ts';

/**
 * One level of a place ("Goz Beida" in "Goz Beida, Sila, Tchad"), normalised like a name token:
 * lowercase Latin, generic words such as "camp de" removed, words run together, article dropped.
 */
export type PlacePart = NameToken;

/** A place written specific to general, with what the gazetteer could resolve. */
export interface PlacePath {
  /** Interning id (equal for equal written text while the pool lasts): a cache key. */
  readonly id: number;
  /** The place as written, for explanations. */
  readonly written: string;
  /** The parts as written, most specific first. */
  readonly parts: readonly PlacePart[];
  /**
   * Gazetteer ids of the most specific resolved place and all its ancestors, most specific first
   * (e.g. ["td.adre", "td.ouaddai", "td"]). Empty when nothing could be resolved.
   */
  readonly resolved: readonly string[];
  /** Which part `resolved` comes from (0: the most specific part was found in the gazetteer). */
  readonly resolvedPart: number;
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
