import type { PreparedRecord } from '../normalize/record.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';
import { compareBirth, compareDates } from './birth.ts';
import type { PlacePath } from '../normalize/place/types.ts';
import type { Sex } from '../record/schema.ts';
import { compareNames, motherNameLevel, type Detail } from './compare-names.ts';
import { FIELD_COUNT, FIELD_INDEX, MISSING } from './fields.ts';
import type { NameAgreementCache } from './name-agreement.ts';

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

const GIVEN = FIELD_INDEX.given_name;
const LINE = FIELD_INDEX.family_line;
const MOTHER = FIELD_INDEX.mother_name;

const placesLevel = (cache: NameAgreementCache, a: PlacePath | null, b: PlacePath | null): number => (a && b ? cache.place(a, b) : MISSING);

/**
 * The levels of the fields that are cheap to compare (names, birth, mother, places: memoised
 * lookups) into `levels`, one per field of FIELDS; sex and the separation date are left MISSING.
 * A first pass that orders many candidates before the full comparison of the best of them:
 * without `details` it allocates nothing. Ordering by the names and birth alone was not enough:
 * the mother and the places bring the child above cousins of the same name, so that far fewer
 * candidates need the full comparison.
 */
export function quickLevels(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord, levels: Int8Array, details?: readonly Detail[]): void {
  compareNames(cache, a, b, levels, GIVEN, LINE, details?.[GIVEN], details?.[LINE]);
  levels[MOTHER] = motherNameLevel(cache, a, b, details?.[MOTHER]);
  levels[FIELD_INDEX.sex] = MISSING;
  levels[FIELD_INDEX.birth] = a.birth && b.birth ? compareBirth(a.birth, b.birth) : MISSING;
  levels[FIELD_INDEX.origin] = placesLevel(cache, a.origin, b.origin);
  levels[FIELD_INDEX.separation_place] = placesLevel(cache, a.separationPlace, b.separationPlace);
  levels[FIELD_INDEX.separation_date] = MISSING;
}

function outcomeOf(level: number, detail: Detail): FieldOutcome {
  if (level === MISSING) return missing;
  const { left, right, agreeing } = detail;
  if (left && right) return agreeing ? { level, left: left.text, right: right.text, agreeing } : { level, left: left.text, right: right.text };
  return agreeing ? { level, agreeing } : { level };
}

/**
 * Compares two prepared records field by field. Symmetric in its levels: compare(a, b) and
 * compare(b, a) reach the same level on every field. `quick`, when given, is the pair's
 * compareQuick result: the full comparison follows the quick pass and adds only what it left out.
 */
export function compareRecords(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord, quick?: Comparison): Comparison {
  const outcomes: FieldOutcome[] = quick ? [...quick] : compareQuick(cache, a, b);
  outcomes[FIELD_INDEX.sex] = compareSex(cache, a, b, outcomes[GIVEN]!.level);
  outcomes[FIELD_INDEX.separation_date] =
    a.separationDate && b.separationDate ? { level: compareDates(a.separationDate, b.separationDate) } : missing;
  return outcomes;
}

/**
 * Sex as stated, or else as the given name implies in the data being linked: a request that
 * states none for "Salim" still differs from a registered Salma, his sister. An implied sex is
 * shown as such ("m, by the name Salim"), so that a focal point can tell it from a stated one.
 * When the given names agree, an implied sex that agrees too is no news (the names said it), and
 * counting it again would make the score over-confident: only a disagreement counts then.
 */
function compareSex(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord, givenLevel: number): FieldOutcome {
  if (a.sex && b.sex) return { level: a.sex === b.sex ? 0 : 1 };
  const sexA = a.sex ?? impliedSex(cache, a);
  const sexB = b.sex ?? impliedSex(cache, b);
  if (!sexA || !sexB) return missing;
  const namesAgree = givenLevel !== MISSING && givenLevel <= NameAgreement.CLOSE;
  if (sexA === sexB && namesAgree) return missing;
  return { level: sexA === sexB ? 0 : 1, left: shownSex(a, sexA), right: shownSex(b, sexB) };
}

const impliedSex = (cache: NameAgreementCache, record: PreparedRecord): Sex | null => (record.name[0] ? cache.impliedSex(record.name[0]) : null);
const shownSex = (record: PreparedRecord, sex: Sex): string =>
  record.sex ? sex : `${sex}, by the name ${record.name[0]!.text.replace(/^./, (c) => c.toUpperCase())}`;

/** quickLevels with the values behind each level: for the candidates that are scored and explained. */
export function compareQuick(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): FieldOutcome[] {
  const levels = new Int8Array(FIELD_COUNT);
  const details: Detail[] = new Array<Detail>(FIELD_COUNT);
  for (let field = 0; field < FIELD_COUNT; field++) details[field] = {};
  quickLevels(cache, a, b, levels, details);
  const outcomes = new Array<FieldOutcome>(FIELD_COUNT);
  for (let field = 0; field < FIELD_COUNT; field++) outcomes[field] = outcomeOf(levels[field]!, details[field]!);
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
