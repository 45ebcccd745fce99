import type { NameForms } from './names.ts';
import type { Culture, Operation } from './operations.ts';
import type { PlaceForms } from './places.ts';
import type { Random } from './random.ts';

export type Sex = 'm' | 'f';

/** A person as they are, before anybody writes them down. */
export interface Person {
  readonly sex: Sex;
  readonly given: NameForms;
  /** For chain cultures: father's given name, then grandfather's. For family cultures: [family name]. */
  readonly line: readonly NameForms[];
  /** Birth as a day number (days since 1970-01-01). */
  readonly born: number;
}

export interface Family {
  readonly operation: Operation;
  readonly culture: Culture;
  readonly father: Person;
  readonly mother: Person;
  readonly grandfather: Person;
  /** The father's brother, for requests filed by an uncle. */
  readonly uncle: Person;
  readonly children: readonly Person[];
  readonly origin: PlaceForms;
  readonly separation: PlaceForms;
  /** Day number of the separation. */
  readonly separatedOn: number;
}

const DAY = 86_400_000;
export const dayOf = (iso: string): number => Date.parse(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`) / DAY;
const YEAR = 365.25;

function drawGiven(culture: Culture, sex: Sex, random: Random): NameForms {
  return (sex === 'm' ? culture.male : culture.female).draw(random);
}

/** A whole family: names follow the culture (a child's chain is its father's shifted by one). */
export function makeFamily(operation: Operation, random: Random): Family {
  const culture = random.weighted(operation.cultures.map((c) => c.culture), operation.cultures.map((c) => c.weight));
  const separatedOn = random.int(dayOf(operation.separatedFrom), dayOf(operation.separatedTo));
  const greatGrandfather = drawGiven(culture, 'm', random);
  const grandfatherGiven = drawGiven(culture, 'm', random);
  const familyName = culture.family?.draw(random);
  const chainOf = (fatherGiven: NameForms, grandGiven: NameForms): NameForms[] =>
    culture.naming === 'chain' ? [fatherGiven, grandGiven] : [familyName!];

  const fatherBorn = separatedOn - random.int(Math.round(28 * YEAR), Math.round(50 * YEAR));
  const grandfather: Person = { sex: 'm', given: grandfatherGiven, line: chainOf(greatGrandfather, drawGiven(culture, 'm', random)), born: fatherBorn - Math.round(28 * YEAR) };
  const father: Person = { sex: 'm', given: drawGiven(culture, 'm', random), line: chainOf(grandfatherGiven, greatGrandfather), born: fatherBorn };
  const uncle: Person = { sex: 'm', given: drawGiven(culture, 'm', random), line: chainOf(grandfatherGiven, greatGrandfather), born: fatherBorn + random.int(-3000, 3000) };
  const motherFamily = culture.family?.draw(random);
  const mother: Person = {
    sex: 'f',
    given: drawGiven(culture, 'f', random),
    line: culture.naming === 'chain' ? [drawGiven(culture, 'm', random), drawGiven(culture, 'm', random)] : [motherFamily!],
    born: fatherBorn + random.int(Math.round(2 * YEAR), Math.round(10 * YEAR)),
  };
  const count = random.weighted([1, 2, 3, 4, 5, 6, 7], [8, 18, 22, 20, 15, 10, 7]);
  const children: Person[] = [];
  const usedNames = new Set<NameForms>();
  // Parents do not give two living children the same name; with few names in use a draw may
  // still repeat after several tries, as it does in real families (then a nickname tells them apart).
  const distinctGiven = (sex: Sex): NameForms => {
    let given = drawGiven(culture, sex, random);
    for (let tries = 0; tries < 8 && usedNames.has(given); tries++) given = drawGiven(culture, sex, random);
    usedNames.add(given);
    return given;
  };
  for (let i = 0; i < count; i++) {
    const sex: Sex = random.chance(0.52) ? 'm' : 'f';
    // Ages at separation skew to 4–14: the children most often registered unaccompanied.
    const ageDays = Math.max(120, Math.round(random.normal(9, 4) * YEAR));
    const ownFamily = culture.ownFamilyName && random.chance(culture.ownFamilyName) ? [culture.family!.draw(random)] : null;
    children.push({ sex, given: distinctGiven(sex), line: ownFamily ?? chainOf(father.given, grandfatherGiven), born: separatedOn - ageDays });
  }
  return {
    operation, culture, father, mother, grandfather, uncle, children,
    origin: random.pick(operation.origins), separation: random.pick(operation.separation), separatedOn,
  };
}
