import type { PreparedRecord } from '../normalize/record.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';
import { compareBirth, compareDates } from './birth.ts';
import { comparePlaces } from './place.ts';
import type { PlacePath } from '../normalize/place/types.ts';
import { FIELD_COUNT, FIELD_INDEX, MISSING } from './fields.ts';
import { bestTokenAgreement, type NameAgreementCache } from './name-agreement.ts';

/** What one field's comparison found: the level and the values that reached it. */
export interface FieldOutcome {
  readonly level: number;
  readonly left?: string;
  readonly right?: string;
  /** Name tokens that agreed, for the term-frequency adjustment. */
  readonly agreeing?: readonly NameToken[];
}

/** The comparison vector of a pair, one outcome per field of FIELDS. */
export type Comparison = readonly FieldOutcome[];

const missing: FieldOutcome = { level: MISSING };
const display = (tokens: readonly NameToken[]): string => tokens.map((t) => t.text).join(' ');

/** Best agreement of one token with any token of `tokens` from position `from` on. */
function bestAgainst(cache: NameAgreementCache, token: NameToken, tokens: readonly NameToken[], from: number): [NameAgreement, number] {
  let best: NameAgreement = NameAgreement.DIFFERENT;
  let at = -1;
  for (let j = from; j < tokens.length; j++) {
    const level = cache.agreement(token, tokens[j]!);
    if (level < best) [best, at] = [level, j];
  }
  return [best, at];
}

function compareGivenName(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): FieldOutcome {
  const givenA = a.name[0];
  const givenB = b.name[0];
  if (!givenA || !givenB) return missing;
  const best =
    a.aliases.length === 0 && b.aliases.length === 0
      ? { agreement: cache.agreement(givenA, givenB), left: givenA, right: givenB }
      : bestTokenAgreement(cache, [givenA, ...a.aliases.map((t) => t[0]!)], [givenB, ...b.aliases.map((t) => t[0]!)]);
  if (best.agreement <= NameAgreement.CLOSE) {
    return { level: best.agreement, left: best.left!.text, right: best.right!.text, agreeing: [best.left!, best.right!] };
  }
  // Family name written first ("ABAKAR MAHAMAT") puts the given name elsewhere in the chain.
  const [forward, at] = bestAgainst(cache, givenA, b.name, 1);
  if (forward <= NameAgreement.EQUIVALENT) return { level: 3, left: givenA.text, right: b.name[at]!.text, agreeing: [givenA] };
  const [backward, back] = bestAgainst(cache, givenB, a.name, 1);
  if (backward <= NameAgreement.EQUIVALENT) return { level: 3, left: a.name[back]!.text, right: givenB.text, agreeing: [givenB] };
  return { level: best.agreement === NameAgreement.WEAK ? 4 : 5, left: best.left!.text, right: best.right!.text };
}

/**
 * How many tokens of two bags agree one-to-one at EQUIVALENT or better, and whether one more is
 * CLOSE. Allocation-free (bags hold two to five tokens; a bitmask marks the used ones): this runs
 * for every candidate.
 */
function countBagAgreement(
  cache: NameAgreementCache,
  a: readonly NameToken[],
  b: readonly NameToken[],
): { strong: number; close: boolean; first: NameToken | undefined; second: NameToken | undefined } {
  let used = 0;
  let strong = 0;
  let first: NameToken | undefined;
  let second: NameToken | undefined;
  let pending = 0;
  for (let i = 0; i < a.length && i < 30; i++) {
    let found = -1;
    for (let j = 0; j < b.length && j < 30; j++) {
      if ((used & (1 << j)) === 0 && cache.agreement(a[i]!, b[j]!) <= NameAgreement.EQUIVALENT) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      used |= 1 << found;
      strong++;
      if (first) second ??= a[i];
      else first = a[i];
    } else pending |= 1 << i;
  }
  let close = false;
  for (let i = 0; i < a.length && i < 30 && !close && pending; i++) {
    if ((pending & (1 << i)) === 0) continue;
    for (let j = 0; j < b.length && j < 30; j++) {
      if ((used & (1 << j)) === 0 && cache.agreement(a[i]!, b[j]!) === NameAgreement.CLOSE) {
        close = true;
        break;
      }
    }
  }
  return { strong, close, first, second };
}

function compareLines(cache: NameAgreementCache, a: readonly NameToken[], b: readonly NameToken[]): FieldOutcome {
  if (a.length === 0 || b.length === 0) return missing;
  const { strong, close, first, second } = countBagAgreement(cache, a, b);
  if (strong >= 2) return { level: 0, agreeing: [first!, second!] };
  if (strong === 1) return { level: 1, agreeing: [first!] };
  return { level: close ? 2 : 3 };
}

/**
 * The father's line of a two-word name read in the other order ("Kahindo Merveille" as Merveille,
 * of the Kahindo line): the first word joins the line in place of the second.
 */
function swappedLine(record: PreparedRecord): NameToken[] {
  const [given, family] = record.name as [NameToken, NameToken];
  const line = [given];
  for (const token of record.paternalLine) if (token !== family && token.canonical !== given.canonical) line.push(token);
  return line;
}

/** Orders two readings: fewer levels lost over both fields, then the better given name. */
const readingCost = (given: FieldOutcome, line: FieldOutcome): number => {
  const lineLevel = line.level === MISSING ? 2 : line.level;
  return (given.level + lineLevel) * 16 + given.level;
};

const NO_TOKENS: readonly NameToken[] = [];
/**
 * The father's own name as the record states it: the father's column, the requester when he is
 * the father, or else a name chain of three words or more, whose tail is the father's name.
 */
const statedFather = (record: PreparedRecord): readonly NameToken[] =>
  record.father.length > 0 ? record.father : record.relationship === 'father' ? record.requester : record.name.length >= 3 ? record.name.slice(1) : NO_TOKENS;

/** Whether some token of `a` is not even weakly like any token of `b`. */
function hasStranger(cache: NameAgreementCache, a: readonly NameToken[], b: readonly NameToken[]): boolean {
  return a.some((x) => b.every((y) => cache.agreement(x, y) > NameAgreement.WEAK));
}

/**
 * Two stated fathers who are plainly different men: each named with two words or more, at most
 * one word shared, and each with a word unlike anything in the other ("Moussa Sow" / "Moussa
 * Keïta", "Dieudonné Ngabo" / "Dieudonné Lokwa"). The father's line as a bag of words would let
 * the shared first name and the family's other names agree; cousins share those too.
 */
function fathersDiffer(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): boolean {
  const fa = statedFather(a);
  if (fa.length < 2) return false;
  const fb = statedFather(b);
  if (fb.length < 2) return false;
  if (countBagAgreement(cache, fa, fb).strong >= 2) return false;
  return hasStranger(cache, fa, fb) && hasStranger(cache, fb, fa);
}

function compareNames(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): [FieldOutcome, FieldOutcome] {
  const [given, line] = readNames(cache, a, b);
  return line.level >= 0 && line.level < 3 && fathersDiffer(cache, a, b) ? [given, { level: 3 }] : [given, line];
}

/**
 * Given name and father's line together, reading a two-word name in either order when the plain
 * reading finds the given name only elsewhere: without capitals nothing says whether
 * "Diallo Aboubacar" or "Kahindo Merveille" starts with the family name, and West and Central
 * African records are written both ways. The reading with the better levels wins; both records are
 * tried, so the result does not depend on which one is on the left.
 */
function readNames(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): [FieldOutcome, FieldOutcome] {
  const given = compareGivenName(cache, a, b);
  const line = compareLines(cache, a.paternalLine, b.paternalLine);
  if (given.level < 3) return [given, line];
  let best: [FieldOutcome, FieldOutcome] = [given, line];
  let bestCost = readingCost(given, line);
  for (const [swap, other, flipped] of [[a, b, false], [b, a, true]] as const) {
    if (swap.name.length !== 2 || !other.name[0]) continue;
    const tokenAgreement = cache.agreement(swap.name[1]!, other.name[0]);
    if (tokenAgreement > NameAgreement.EQUIVALENT) continue;
    // One level below the plain reading's: the order itself is a guess.
    const agreement = tokenAgreement + 1;
    const swappedGiven: FieldOutcome = flipped
      ? { level: agreement, left: other.name[0].text, right: swap.name[1]!.text, agreeing: [other.name[0], swap.name[1]!] }
      : { level: agreement, left: swap.name[1]!.text, right: other.name[0].text, agreeing: [swap.name[1]!, other.name[0]] };
    const swappedLineOutcome = flipped ? compareLines(cache, other.paternalLine, swappedLine(swap)) : compareLines(cache, swappedLine(swap), other.paternalLine);
    const c = readingCost(swappedGiven, swappedLineOutcome);
    if (c < bestCost) [best, bestCost] = [[swappedGiven, swappedLineOutcome], c];
  }
  return best;
}

/**
 * The mother's given name decides; the rest of her name (her father's or family name) confirms or
 * weakens it, so two mothers who merely share a very common name do not "agree".
 */
function compareMotherName(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): FieldOutcome {
  const [givenA, givenB] = [a.motherLine[0], b.motherLine[0]];
  if (!givenA || !givenB) return missing;
  const given = cache.agreement(givenA, givenB);
  const restA = a.motherLine.slice(1);
  const restB = b.motherLine.slice(1);
  const bothHaveRest = restA.length > 0 && restB.length > 0;
  const restAgrees = bothHaveRest && countBagAgreement(cache, restA, restB).strong > 0;
  if (given <= NameAgreement.EQUIVALENT) {
    // Same first name but a different father's or family name: most likely another woman.
    return bothHaveRest && !restAgrees ? { level: 1 } : { level: 0, agreeing: [givenA] };
  }
  // The whole name written in another order ("Traore Maryam" / "Mariam Traoré").
  if (a.motherLine.length > 1 && countBagAgreement(cache, a.motherLine, b.motherLine).strong >= 2) return { level: 0 };
  if (given === NameAgreement.CLOSE || (given === NameAgreement.WEAK && restAgrees)) return { level: 1 };
  if (given === NameAgreement.WEAK || restAgrees) return { level: 2 };
  return { level: 3 };
}

function placeOutcome(cache: NameAgreementCache, a: PlacePath | null, b: PlacePath | null): FieldOutcome {
  if (!a || !b) return missing;
  return { level: cache.place(a.id, b.id, () => comparePlaces(a, b)) };
}

/**
 * Compares two prepared records field by field. Symmetric in its levels: compare(a, b) and
 * compare(b, a) reach the same level on every field. `quick`, when given, is the pair's
 * compareQuick result: the full comparison follows the quick pass and adds only what it left out.
 */
export function compareRecords(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord, quick?: Comparison): Comparison {
  const outcomes: FieldOutcome[] = quick ? [...quick] : compareQuick(cache, a, b);
  outcomes[FIELD_INDEX.sex] = a.sex && b.sex ? { level: a.sex === b.sex ? 0 : 1 } : missing;
  outcomes[FIELD_INDEX.separation_date] =
    a.separationDate && b.separationDate ? { level: compareDates(a.separationDate, b.separationDate) } : missing;
  return outcomes;
}

/**
 * The fields that are cheap to compare (names, birth, mother, places: memoised lookups); sex and
 * the separation date are left missing. A first pass that orders many candidates before the full
 * comparison of the best of them. Ordering by the names and birth alone was not enough: the
 * mother and the places bring the child above cousins of the same name, so that far fewer
 * candidates need the full comparison.
 */
export function compareQuick(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): FieldOutcome[] {
  const outcomes: FieldOutcome[] = new Array<FieldOutcome>(FIELD_COUNT).fill(missing);
  [outcomes[FIELD_INDEX.given_name], outcomes[FIELD_INDEX.family_line]] = compareNames(cache, a, b);
  outcomes[FIELD_INDEX.mother_name] = compareMotherName(cache, a, b);
  outcomes[FIELD_INDEX.birth] = a.birth && b.birth ? { level: compareBirth(a.birth, b.birth) } : missing;
  outcomes[FIELD_INDEX.origin] = placeOutcome(cache, a.origin, b.origin);
  outcomes[FIELD_INDEX.separation_place] = placeOutcome(cache, a.separationPlace, b.separationPlace);
  return outcomes;
}

/**
 * The values a field compared, as written, for explanations. Kept out of compareRecords, which
 * runs for every candidate, so that only the candidates shown pay for building these strings.
 */
export function comparedValues(field: number, outcome: FieldOutcome, a: PreparedRecord, b: PreparedRecord): [string, string] | null {
  if (outcome.left !== undefined) return [outcome.left, outcome.right ?? ''];
  switch (field) {
    case FIELD_INDEX.family_line: return [display(a.paternalLine), display(b.paternalLine)];
    case FIELD_INDEX.mother_name: return [display(a.motherLine), display(b.motherLine)];
    case FIELD_INDEX.sex: return a.sex && b.sex ? [a.sex, b.sex] : null;
    case FIELD_INDEX.birth: return a.birthShown && b.birthShown ? [a.birthShown, b.birthShown] : null;
    case FIELD_INDEX.origin: return a.origin && b.origin ? [a.origin.written, b.origin.written] : null;
    case FIELD_INDEX.separation_place: return a.separationPlace && b.separationPlace ? [a.separationPlace.written, b.separationPlace.written] : null;
    default: return null;
  }
}
