import { GEONAMES_TOWN_LINES } from './geonames-towns.ts';
import { PLACE_LINES } from './places.ts';

export type PlaceLevel = 'country' | 'region' | 'department' | 'place';

/** One place of the gazetteer. */
export interface GazetteerEntry {
  readonly id: string;
  readonly level: PlaceLevel;
  /** The enclosing place's id; absent for a country. */
  readonly parent?: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

function parsePlaceLines(text: string): GazetteerEntry[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [id, level, parent, name, aliases] = line.split('|') as [string, PlaceLevel, string, string, string];
      return { id, level, ...(parent ? { parent } : {}), name, aliases: aliases ? aliases.split(';') : [] };
    });
}

/** Marks the ids of towns taken from GeoNames, which hold no admin level below the country. */
const GEONAMES_MARK = '.gn.';

/** Whether a gazetteer id is of the hand-made part (the operations' own places), not a GeoNames town. */
export const isHandMadePlace = (id: string): boolean => !id.includes(GEONAMES_MARK);

function parseTownLines(text: string, known: ReadonlySet<string>): GazetteerEntry[] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.split('|') as [string, string, string])
    .filter(([, name]) => !known.has(name.toLowerCase()))
    .map(([country, name, aliases]) => ({
      id: `${country}${GEONAMES_MARK}${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      level: 'place' as const,
      parent: country,
      name,
      aliases: aliases ? aliases.split(';') : [],
    }));
}

const handMade = parsePlaceLines(PLACE_LINES);
const countries = new Set(handMade.filter((e) => e.level === 'country').map((e) => e.id));
const knownNames = new Set(handMade.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));

/**
 * Every place Retrace knows, parents before children. Towns from countries without a hand-made
 * entry get a bare country entry so that every parent exists.
 */
export const GAZETTEER: readonly GazetteerEntry[] = (() => {
  const towns = parseTownLines(GEONAMES_TOWN_LINES, knownNames);
  const missingCountries = [...new Set(towns.map((t) => t.parent!))].filter((c) => !countries.has(c));
  const extraCountries: GazetteerEntry[] = missingCountries.map((c) => ({ id: c, level: 'country', name: c.toUpperCase(), aliases: [] }));
  return [...handMade, ...extraCountries, ...towns];
})();
