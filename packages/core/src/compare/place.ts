import { isHandMadePlace } from '@retrace/data';
import { compareNameTokens } from '../normalize/name/compare-tokens.ts';
import { NameAgreement } from '../normalize/name/types.ts';
import { placeLevel } from '../normalize/place/gazetteer-index.ts';
import { PlaceAgreement, type PlacePart, type PlacePath } from '../normalize/place/types.ts';

const partsAgree = (a: PlacePart, b: PlacePart): boolean => compareNameTokens(a, b) <= NameAgreement.CLOSE;
const isJustThePlace = (path: PlacePath): boolean => path.resolvedPart === 0;
/**
 * Both places written as places of the gazetteer's hand-made part, the operations' own: a town
 * taken from GeoNames may be what a misspelt village happens to spell.
 */
const bothCurated = (a: PlacePath, b: PlacePath): boolean =>
  isJustThePlace(a) && isJustThePlace(b) && isHandMadePlace(a.resolved[0]!) && isHandMadePlace(b.resolved[0]!);

function compareResolved(a: PlacePath, b: PlacePath): PlaceAgreement {
  const [ra, rb] = [a.resolved[0]!, b.resolved[0]!];
  if (ra === rb) {
    if (isJustThePlace(a) && isJustThePlace(b)) return PlaceAgreement.SAME;
    // An unlisted village inside the area the other record names, or two unlisted villages there.
    return isJustThePlace(a) || isJustThePlace(b) ? PlaceAgreement.WITHIN : PlaceAgreement.SAME_REGION;
  }
  if ((a.resolved.includes(rb) && isJustThePlace(b)) || (b.resolved.includes(ra) && isJustThePlace(a))) {
    return PlaceAgreement.WITHIN;
  }
  const common = a.resolved.find((id) => b.resolved.includes(id));
  if (!common) return PlaceAgreement.DIFFERENT;
  return placeLevel(common) === 'country' ? PlaceAgreement.SAME_COUNTRY : PlaceAgreement.SAME_REGION;
}

function compareWritten(a: PlacePath, b: PlacePath): PlaceAgreement {
  const [firstA, firstB] = [a.parts[0]!, b.parts[0]!];
  if (a.parts.some((p) => partsAgree(p, firstB)) || b.parts.some((p) => partsAgree(p, firstA))) return PlaceAgreement.WITHIN;
  if (a.parts.some((p) => b.parts.some((q) => partsAgree(p, q)))) return PlaceAgreement.SAME_REGION;
  return PlaceAgreement.DIFFERENT;
}

/**
 * Graded agreement of two places, transliteration-tolerant part by part, with credit when one lies
 * within the other. Uses the gazetteer's hierarchy when both places resolve, the spelling otherwise.
 * Symmetric.
 */
export function comparePlaces(a: PlacePath, b: PlacePath): PlaceAgreement {
  if (a.parts.length === 0 || b.parts.length === 0) return PlaceAgreement.DIFFERENT;
  // Two places the gazetteer knows as different are different however alike their spellings
  // (Mitche, that is Metché, and Milé are one letter apart and 150 km).
  if (bothCurated(a, b) && a.resolved[0] !== b.resolved[0]) return compareResolved(a, b);
  if (partsAgree(a.parts[0]!, b.parts[0]!)) return PlaceAgreement.SAME;
  if (a.resolved.length > 0 && b.resolved.length > 0) return compareResolved(a, b);
  return compareWritten(a, b);
}
