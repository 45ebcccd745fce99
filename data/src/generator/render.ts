import type { Family, Person } from './family.ts';
import { NICKNAMES, type NameForms } from './names.ts';
import type { NoiseProfile } from './noise.ts';
import { typo } from './noise.ts';
import type { AgencyHabits } from './operations.ts';
import type { PlaceForms } from './places.ts';
import type { Random } from './random.ts';

/** A record keyed by interchange column names; absent keys are empty cells. */
export type GeneratedRecord = Record<string, string>;

const DAY = 86_400_000;
const YEAR = 365.25;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** A writer: the agency's habits plus the noise of one person filling one form. */
export interface Writer {
  readonly habits: AgencyHabits;
  readonly noise: NoiseProfile;
  readonly random: Random;
  /** Whether this record is written in Arabic script. */
  readonly arabic: boolean;
}

function spell(forms: NameForms, writer: Writer): string {
  const { random, noise } = writer;
  if (writer.arabic && forms.ar) return forms.ar;
  const style = random.chance(noise.otherHabit) ? (writer.habits.style === 'fr' ? 'en' : 'fr') : writer.habits.style;
  const variants = forms[style];
  // The first spelling is the usual one; the others are less common.
  const word = random.chance(0.65) ? variants[0]! : random.pick(variants);
  return !writer.arabic && random.chance(noise.typo) ? typo(word, random) : word;
}

function givenName(person: Person, writer: Writer): string {
  const nick = NICKNAMES[person.given.fr[0]!];
  if (nick && !writer.arabic && writer.random.chance(writer.noise.nickname)) return writer.random.pick(nick);
  return spell(person.given, writer);
}

/** Writes a name: given + line, third name sometimes dropped, family name sometimes first in capitals. */
export function writeName(person: Person, writer: Writer, keepLine = 2): string {
  const { random, noise } = writer;
  let line = person.line.slice(0, keepLine).map((n) => spell(n, writer));
  if (line.length >= 2 && random.chance(noise.dropThirdName)) line = line.slice(0, 1);
  let words = [givenName(person, writer), ...line];
  const swapped = words.length >= 2 && random.chance(noise.swappedOrder);
  if (swapped) words = [words[1]!, words[0]!, ...words.slice(2)];
  // Capitals mark the family name moved to the front; a name already written in swapped order has
  // its given name last, and no caseworker capitalises a given name as a family name.
  if (!writer.arabic && words.length >= 2 && random.chance(noise.familyNameFirst) && !swapped) {
    words = [words[words.length - 1]!.toUpperCase(), ...words.slice(0, -1)];
  }
  return words.join(' ');
}

export function writeDate(day: number, writer: Writer, precision: 'day' | 'month' | 'year'): string {
  const [y, m, d] = isoOf(day).split('-') as [string, string, string];
  if (precision === 'year') return y;
  if (precision === 'month') return writer.habits.dateFormat === 'iso' ? `${y}-${m}` : `${m}/${y}`;
  const swap = Number(d) <= 12 && writer.random.chance(writer.noise.dayMonthSwap);
  const [first, second] = swap ? [m, d] : [d, m];
  return writer.habits.dateFormat === 'iso' ? `${y}-${second}-${first}` : `${first}/${second}/${y}`;
}

const yearOf = (day: number): number => Number(isoOf(day).slice(0, 4));
const newYearOf = (year: number, writer: Writer): string => (writer.habits.dateFormat === 'iso' ? `${year}-01-01` : `01/01/${year}`);

/** Date of birth or age, as a caseworker or a parent would give it. */
export function writeBirth(person: Person, writer: Writer, asOf: number, fromMemory: boolean): GeneratedRecord {
  const { random, noise } = writer;
  let born = person.born;
  if (random.chance(noise.wrongBirthYear)) born += random.chance(0.5) ? 366 : -366;
  const kind = random.weighted(['day', 'month', 'year', 'age', 'none'], fromMemory ? [0.15, 0.1, 0.3, 0.4, 0.05] : [0.25, 0.1, 0.2, 0.4, 0.05]);
  if (kind === 'none') return {};
  const newYear = (kind === 'year' || kind === 'age') && (writer.habits.newYearForUnknownDay ?? 0) > 0 && random.chance(writer.habits.newYearForUnknownDay!);
  if (kind !== 'age') return { date_of_birth: newYear ? newYearOf(yearOf(born), writer) : writeDate(born, writer, kind as 'day' | 'month' | 'year') };
  let age = Math.floor((asOf - person.born) / YEAR);
  if (random.chance(noise.ageOffByOne)) age += random.chance(0.5) ? 1 : -1;
  if (random.chance(noise.ageOffByTwo)) age += random.chance(0.5) ? 2 : -2;
  age = Math.max(0, age);
  // The database computes the year from the age on the day it was given.
  if (newYear) return { date_of_birth: newYearOf(yearOf(asOf) - age, writer) };
  const text =
    age === 0 ? `${Math.max(1, Math.round((asOf - person.born) / 30.4))} mois`
    : random.weighted([`${age}`, `~${age}`, `about ${age}`, `environ ${age} ans`, `${age} ans`, `${Math.max(0, age - 1)}-${age + 1}`], [4, 2, 1, 1, 1, 1]);
  return { age: text };
}

export function writePlace(place: PlaceForms, all: readonly PlaceForms[], writer: Writer): string {
  const { random, noise } = writer;
  const actual = random.chance(noise.wrongPlace) ? random.pick(all) : place;
  const name = random.chance(0.6) ? actual.place[0]! : random.pick(actual.place);
  const region = random.pick(actual.region);
  const country = random.pick(actual.country);
  return random.weighted([name, `${name}, ${region}`, `${name}, ${region}, ${country}`, region], [5, 3, 1.5, 0.5]);
}

export function maybe(writer: Writer, value: string): string {
  return writer.random.chance(writer.noise.missingField) ? '' : value;
}

export { isoOf };
export type { Family };
