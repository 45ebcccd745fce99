import { GAZETTEER, type GazetteerEntry } from '@retrace/data';
import { compareNameTokens } from '../name/compare-tokens.ts';
import { nameToken } from '../name/parse-name.ts';
import { romanize } from '../name/romanize.ts';
import { NameAgreement, type NameToken } from '../name/types.ts';

/** Generic words that say what kind of place follows, not which one. */
const GENERIC_WORDS = new Set([
  'camp', 'camps', 'site', 'village', 'quartier', 'sous', 'prefecture', 'province', 'region', 'cercle', 'territoire',
  'territory', 'locality', 'ville', 'commune', 'district', 'departement', 'department', 'state', 'wilaya', 'etat',
  'refugee', 'refugees', 'refugies', 'transit', 'town', 'city', 'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of',
  'the', 'republique', 'republic', 'democratique', 'democratic', 'centre', 'center', 'gouvernorat', 'governorate',
]);
/** Articles that begin Arabic place names (El Geneina / Geneina, Ed Daein / Daein). */
const LEADING_ARTICLE = /^(al|el|ed|ad|ash|as|an|ar|at|az)(?=[a-z]{3,})/;

/**
 * One written place part as a comparable token: romanized, generic words removed, words run
 * together, leading article dropped ("Camp de Farchana" → farchana, "Al-Junaynah" → junaynah).
 */
export function placeToken(text: string): NameToken | null {
  const words = romanize(text)
    .split(' ')
    .filter((w) => w && !GENERIC_WORDS.has(w));
  if (words.length === 0) return null;
  const joined = words.join('');
  if (!/[a-z]/.test(joined)) return null;
  return nameToken(joined.replace(LEADING_ARTICLE, ''));
}

export interface IndexedPlace {
  readonly entry: GazetteerEntry;
  /** The entry and its ancestors' ids, most specific first. */
  readonly lineage: readonly string[];
  readonly tokens: readonly NameToken[];
}

function buildIndex(entries: readonly GazetteerEntry[]) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const bySkeleton = new Map<string, IndexedPlace[]>();
  const lineageOf = (entry: GazetteerEntry): string[] => {
    const ids = [entry.id];
    let parent = entry.parent ? byId.get(entry.parent) : undefined;
    while (parent && ids.length < 8) {
      ids.push(parent.id);
      parent = parent.parent ? byId.get(parent.parent) : undefined;
    }
    return ids;
  };
  for (const entry of entries) {
    const tokens = [entry.name, ...entry.aliases].map(placeToken).filter((t): t is NameToken => t !== null);
    const place: IndexedPlace = { entry, lineage: lineageOf(entry), tokens };
    for (const skeleton of new Set(tokens.map((t) => t.skeleton))) {
      const list = bySkeleton.get(skeleton);
      if (list) list.push(place);
      else bySkeleton.set(skeleton, [place]);
    }
  }
  return { bySkeleton, byId };
}

let index: ReturnType<typeof buildIndex> | null = null;
/** Built on first use: pure data, computed once. */
const gazetteerIndex = () => (index ??= buildIndex(GAZETTEER));

export interface PlaceReading {
  readonly place: IndexedPlace;
  /** How well the written part agrees with the place's best-matching name (NameAgreement). */
  readonly agreement: NameAgreement;
}

/** Gazetteer places whose name or an alias is spelled equivalently to `token`. */
export function lookupPlace(token: NameToken): PlaceReading[] {
  const candidates = gazetteerIndex().bySkeleton.get(token.skeleton) ?? [];
  const readings: PlaceReading[] = [];
  for (const place of candidates) {
    let agreement: NameAgreement = NameAgreement.DIFFERENT;
    for (const t of place.tokens) agreement = Math.min(agreement, compareNameTokens(t, token)) as NameAgreement;
    if (agreement <= NameAgreement.EQUIVALENT) readings.push({ place, agreement });
  }
  return readings;
}

/** Level of a gazetteer id ('country', 'region', ...), or undefined for an unknown id. */
export const placeLevel = (id: string) => gazetteerIndex().byId.get(id)?.level;
