import { isHandMadePlace } from '@retrace/data';
import { lookupPlace, placeToken, type PlaceReading } from './gazetteer-index.ts';
import type { PlacePart, PlacePath } from './types.ts';

/** Hand-made entries know the hierarchy; GeoNames towns only their country. */
const isHandMade = (reading: PlaceReading): boolean => isHandMadePlace(reading.place.entry.id);

/**
 * Picks, for the most specific resolvable part, the reading that agrees best with the more general
 * parts written after it ("Beida, West Darfur" is the Darfur town), then the closest spelling,
 * then hand-made entries over GeoNames towns.
 */
function resolve(partsFound: readonly PlaceReading[][]): { resolved: readonly string[]; resolvedPart: number } {
  for (let i = 0; i < partsFound.length; i++) {
    const readings = partsFound[i]!;
    if (readings.length === 0) continue;
    const context = new Set(partsFound.slice(i + 1).flatMap((r) => r.map((p) => p.place.entry.id)));
    const rank = (r: PlaceReading) => [r.place.lineage.filter((id) => context.has(id)).length, -r.agreement, isHandMade(r) ? 1 : 0];
    let best = readings[0]!;
    for (const reading of readings.slice(1)) {
      const [x, y] = [rank(reading), rank(best)];
      const better = x[0]! !== y[0]! ? x[0]! > y[0]! : x[1]! !== y[1]! ? x[1]! > y[1]! : x[2]! > y[2]!;
      if (better) best = reading;
    }
    return { resolved: best.place.lineage, resolvedPart: i };
  }
  return { resolved: [], resolvedPart: -1 };
}

/**
 * Reads a place written specific to general ("Goz Beida, Sila, Tchad"), normalising each part and
 * resolving it against the gazetteer where possible. Never throws.
 *
 * @example
 * parsePlace('Camp de Farchana, Ouaddaï').resolved // ['td.farchana', 'td.assoungha', 'td.ouaddai', 'td']
 */
const placePool = new Map<string, PlacePath>();
let nextPlaceId = 0;

export function parsePlace(input: string): PlacePath {
  let path = placePool.get(input);
  if (!path) {
    path = { id: nextPlaceId++ & 0x7fffffff, ...parsePlaceUncached(input) };
    if (placePool.size >= 200_000) placePool.clear();
    placePool.set(input, path);
  }
  return path;
}

function parsePlaceUncached(input: string): Omit<PlacePath, 'id'> {
  const tokens = input
    .split(/[,;/]|\s[-–]\s/u)
    .map((part) => placeToken(part))
    .filter((t): t is NonNullable<typeof t> => t !== null);
  const parts: PlacePart[] = tokens;
  return { written: input.trim().slice(0, 200), parts, ...resolve(tokens.map(lookupPlace)) };
}
