import type { RawRecord, RecordKind, Relationship, Sex } from '../record/schema.ts';
import { meansUnknown } from '../record/vocabulary.ts';
import { parseName } from './name/index.ts';
import type { NameToken } from './name/types.ts';
import { birthEvidence, parseDate, type BirthEvidence } from './date/index.ts';
import type { ParsedDate } from './date/types.ts';
import { parsePlace } from './place/index.ts';
import type { PlacePath } from './place/types.ts';

type Tokens = readonly NameToken[];

/**
 * A record normalised once, ready to block and compare. For a tracing request the name, sex,
 * birth and place fields describe the child being sought.
 */
export interface PreparedRecord {
  readonly id: string;
  readonly kind: RecordKind | null;
  readonly sex: Sex | null;
  /** The name chain, given name first. */
  readonly name: Tokens;
  /** Aliases (other_names), each its own chain. */
  readonly aliases: readonly Tokens[];
  readonly father: Tokens;
  readonly mother: Tokens;
  readonly requester: Tokens;
  readonly relationship: Relationship | null;
  /**
   * Tokens that should stand in the child's father's line: the chain after the given name, the
   * father's name, and what the requester's own name says of it (a father's chain is the child's
   * shifted by one; a sibling shares the tail).
   */
  readonly paternalLine: Tokens;
  /** The mother's name, or the requester's when the requester is the mother. */
  readonly motherLine: Tokens;
  readonly birth: BirthEvidence | null;
  /** The birth date or age as written, for explanations ("2016-03", "age ~7"). */
  readonly birthShown: string | null;
  readonly origin: PlacePath | null;
  readonly separationPlace: PlacePath | null;
  readonly separationDate: ParsedDate | null;
}

/** A word naming a nickname inside a name: "Moussa dit Bakary", "Fatoumata alias Fanta". */
const NICKNAME_MARK = /\s+(?:dite?|alias|aka|a\.k\.a\.|surnomm[ée]e?|called|known as)\s+(\S+)/giu;

/**
 * A written name less the nicknames written inside it, and those nicknames: "Fatoumata (Fanta)
 * Traoré" and "Moussa dit Bakary Traoré" are Fatoumata Traoré and Moussa Traoré, known as Fanta
 * and Bakary. Read as part of the name, the nickname would stand in the chain as the father's.
 */
export function splitNicknames(written: string): { name: string; nicknames: string[] } {
  const nicknames: string[] = [];
  const name = written
    .replace(/[(\[]([^)\]]*)[)\]]/gu, (_, inside: string) => {
      if (inside.trim()) nicknames.push(inside.trim());
      return ' ';
    })
    .replace(NICKNAME_MARK, (_, nickname: string) => {
      nicknames.push(nickname);
      return ' ';
    });
  return { name: name.trim() ? name : written, nicknames: name.trim() ? nicknames : [] };
}

const tokensOf = (value: string | undefined): Tokens => (value ? parseName(splitNicknames(value).name).tokens : []);

/** The name chain and the aliases: other_names, and the nicknames written inside the full name. */
function namesOf(raw: RawRecord): { name: Tokens; aliases: Tokens[] } {
  // Given and family name parsed together, so a compound given name split over the two columns stays one name.
  const full = splitNicknames(raw.full_name || [raw.given_name, raw.family_name].filter(Boolean).join(' '));
  const name = parseName(full.name).tokens;
  // The interchange format separates aliases with ';', spreadsheets as often with ',' or '/'.
  const written = [...(raw.other_names ?? '').split(/[;,/|]/), ...full.nicknames];
  return { name, aliases: written.map((alias) => tokensOf(alias.trim())).filter((t) => t.length > 0) };
}

/** What the requester's own name tells about the child's father's line, by relationship. */
function requesterPaternalTokens(requester: Tokens, relationship: Relationship | null): Tokens {
  switch (relationship) {
    case 'father':
    case 'grandparent':
      return requester;
    case 'sibling':
    case 'uncle':
    case 'aunt':
      return requester.slice(1);
    default:
      return [];
  }
}

/** One token per spelling class: "Mohammed Mohamed" is one name written twice, not two names. */
function uniqueBySpelling(tokens: Tokens): Tokens {
  const seen = new Set<string>();
  return tokens.filter((t) => (seen.has(t.canonical) ? false : (seen.add(t.canonical), true)));
}

/** A date of birth as written; "(day unknown)" after a 1 January read as an unknown birthday (birthEvidence). */
const shownBirthDate = (written: string, birth: BirthEvidence | null): string =>
  birth?.precision === 'year' && birth.approximate ? `${written} (day unknown)` : written;

function placeOf(value: string | undefined): PlacePath | null {
  if (!value) return null;
  const path = parsePlace(value);
  return path.parts.length > 0 ? path : null;
}

/**
 * The record less the values that only say "not known" (see meansUnknown). Files are cleaned by
 * validateRow already; records typed into the API are not, and "Inconnue" must not agree with
 * "Inconnue".
 */
function withoutPlaceholders(raw: RawRecord): RawRecord {
  let cleaned: Record<string, unknown> | null = null;
  for (const field of MATCHED_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'string' || !meansUnknown(value)) continue;
    cleaned ??= { ...raw };
    delete cleaned[field];
  }
  return (cleaned as RawRecord | null) ?? raw;
}

/** The fields prepareRecord reads besides the id and the kind. */
const MATCHED_FIELDS = [
  'full_name', 'other_names', 'sex', 'date_of_birth', 'age', 'age_as_of', 'registered_on', 'father_name', 'mother_name',
  'requester_name', 'requester_relationship', 'place_of_origin', 'place_of_separation', 'date_of_separation',
] as const satisfies ReadonlyArray<keyof RawRecord>;

/**
 * Normalises a record once for matching. Never throws: a value that cannot be read counts as
 * missing (validation reports it to people before this stage).
 */
export function prepareRecord(written: RawRecord): PreparedRecord {
  const raw = withoutPlaceholders(written);
  const { name, aliases } = namesOf(raw);
  const father = tokensOf(raw.father_name);
  const requester = tokensOf(raw.requester_name);
  const relationship = raw.requester_relationship ?? null;
  const motherOwn = tokensOf(raw.mother_name);
  const birth = birthEvidence(raw);
  const separationDate = raw.date_of_separation ? parseDate(raw.date_of_separation) : null;
  return {
    id: raw.id,
    kind: raw.kind ?? null,
    sex: raw.sex ?? null,
    name,
    aliases,
    father,
    mother: motherOwn,
    requester,
    relationship,
    paternalLine: uniqueBySpelling([...name.slice(1), ...father, ...requesterPaternalTokens(requester, relationship)]),
    motherLine: motherOwn.length > 0 ? motherOwn : relationship === 'mother' ? requester : [],
    birth: birth.ok ? birth.value : null,
    birthShown: raw.date_of_birth ? shownBirthDate(raw.date_of_birth, birth.ok ? birth.value : null) : raw.age ? `age ${raw.age}` : null,
    origin: placeOf(raw.place_of_origin),
    separationPlace: placeOf(raw.place_of_separation),
    separationDate: separationDate?.ok ? separationDate.value : null,
  };
}
