import { romanize } from './romanize.ts';
import { fullNamesOf } from './short-forms.ts';
import { FAMILY_NAMES } from '@retrace/data';
import { AD_DIN, canonicalSpelling, otherRendering, skeletonOf, vowelShape } from './skeleton.ts';
import { articleLength, hasSilentH } from './compare-tokens.ts';
import type { NameToken, ParsedName } from './types.ts';

/**
 * The halves of compound given names in French usage (Jean-Pierre, Marie-Claire, Jean de Dieu
 * aside). Written with a space, two such names are joined, so that the compound stays one given
 * name and "Pierre" is not taken for the father's name; "Jean Lokwa" stays two names.
 */
const COMPOUND_FIRSTS = new Set(['jean', 'marie', 'anne', 'paul', 'pierre', 'jeanne', 'marc', 'louis', 'rose']);
const COMPOUND_SECONDS = new Set([
  'pierre', 'paul', 'claude', 'marie', 'claire', 'louise', 'luc', 'baptiste', 'bosco', 'jacques', 'michel', 'francois',
  'noel', 'rose', 'jeanne', 'therese', 'christine', 'joseph', 'louis', 'marc', 'andre', 'felix', 'anne', 'madeleine',
  'josee', 'chantal', 'ange', 'bernard', 'eric', 'victor', 'denis', 'martin', 'lucie', 'helene', 'josephine', 'nicole',
]);

/** Articles joined to the following word ("al karim" → "alkarim"). */
const ARTICLES = new Set(['al', 'el', 'ul', 'il', 'ed', 'ad', 'an', 'as', 'ash', 'at', 'az', 'er', 'es', 'et', 'ez']);
/** Name-forming prefixes joined to the following word ("abdel kerim", "ben salah", "abu bakr"). */
const PREFIXES = new Set([
  'abd', 'abdel', 'abdal', 'abdul', 'abdoul', 'abdou', 'abdu', 'abdelk', 'abou', 'abu', 'abo', 'ould', 'wad',
  'wld', 'ben', 'bin', 'ibn', 'bint', 'oum', 'umm', 'um', 'om',
]);

/** The set of letters of a word as bits (a–z, the S of sh; anything else folded onto five more). */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    set |= 1 << (code >= 97 && code <= 122 ? code - 97 : code === 83 ? 26 : 27 + (code % 5));
  }
  return set;
}

/** Interned tokens: the same few thousand spellings recur across a caseload. Bounded. */
const tokenPool = new Map<string, NameToken>();
let nextTokenId = 0;
const POOL_LIMIT = 500_000;

function variantOf(word: string): NameToken | null {
  const other = otherRendering(word);
  return other === null ? null : nameToken(other);
}

/** One normalised token from a romanized word (interned: equal words give the same object). */
export function nameToken(word: string): NameToken {
  let token = tokenPool.get(word);
  if (!token) {
    const canonical = canonicalSpelling(word);
    const shape = vowelShape(canonical);
    const skeleton = skeletonOf(word);
    token = {
      id: nextTokenId++ & 0x7fffffff, text: word, canonical, skeleton, shape,
      letters: letterSet(canonical), written: letterSet(word), consonants: letterSet(shape.replace(/[AVYU]/g, '')),
      initial: skeleton.length > 0 ? skeleton.charCodeAt(0) : -1, article: articleLength(canonical, skeleton, word),
      variant: variantOf(word),
      shortFor: fullNamesOf(canonical),
      silentH: hasSilentH(canonical), canonicalLength: canonical.length, textLength: word.length,
    };
    if (tokenPool.size >= POOL_LIMIT) tokenPool.clear();
    tokenPool.set(word, token);
  }
  return token;
}

const parsedPool = new Map<string, ParsedName>();

const isUpperWord = (word: string): boolean => /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
const hasLetter = (word: string): boolean => /\p{L}/u.test(word);

/**
 * A family name written first in capitals ("ABAKAR Mahamat") is moved after the given names.
 * Fully upper-case or fully lower-case names keep their order: nothing tells them apart.
 */
function givenNameFirst(words: readonly string[]): string[] {
  const lettered = words.filter(hasLetter);
  const upper = lettered.map(isUpperWord);
  const leading = upper.findIndex((u) => !u);
  if (leading <= 0 || upper.slice(leading).some((u) => u)) return [...lettered];
  return [...lettered.slice(leading), ...lettered.slice(0, leading)];
}

function joinParticles(words: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const word of words) {
    const merged = pending + word;
    if ((ARTICLES.has(word) || PREFIXES.has(word) || PREFIXES.has(merged)) && !/\d/.test(word)) {
      pending = merged;
    } else {
      joined.push(merged);
      pending = '';
    }
  }
  if (pending) joined.push(pending);
  return joined;
}

/**
 * Splits a written name into normalised tokens, given name first where the writing shows it.
 * Particles are joined to their noun, so "Abd al-Karim", "Abdel Kerim" and "Abdulkarim" are each
 * one token. Never throws; text without letters gives no tokens.
 *
 * @example
 * parseName('ABAKAR Mahamat').tokens.map((t) => t.text) // ['mahamat', 'abakar']
 */
export function parseName(input: string): ParsedName {
  let parsed = parsedPool.get(input);
  if (!parsed) {
    parsed = parseNameUncached(input);
    if (parsedPool.size >= POOL_LIMIT) parsedPool.clear();
    parsedPool.set(input, parsed);
  }
  return parsed;
}

/**
 * Joins the halves of a compound given name wherever it stands: first in a child's name, and also
 * after the family name when that is written first without capitals ("Ngabo Jean Pierre"), as a
 * father's name often is. Apart, "Jean" and "Pierre" would meet no "Jean-Pierre".
 */
function joinCompoundGiven(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && COMPOUND_FIRSTS.has(word) && COMPOUND_SECONDS.has(next)) {
      joined.push(word + next);
      i++;
    } else joined.push(word);
  }
  return joined;
}

/** "al-Din", "Eddine", "ud-Din" written apart: the second half of a compound (Nour Eddine). */
const DIN_SUFFIX = new RegExp(`^${AD_DIN}$`);

/** Joins the ad-Din half to the name before it, so "Nour Eddine" is one name, like "Nourredine". */
function joinDinCompounds(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    if (joined.length > 0 && DIN_SUFFIX.test(word)) joined[joined.length - 1] += word;
    else joined.push(word);
  }
  return joined;
}

/** Civil titles: never a name, dropped before at least one more word ("Mme Kahindo", "M. Traoré", "Maman Jeanne"). */
const TITLES = new Set(['m', 'mr', 'maman', 'mme', 'mlle', 'madame', 'monsieur', 'mademoiselle', 'mrs', 'ms', 'miss', 'mister', 'dr', 'docteur', 'doctor']);
/**
 * Forms of address that are also names or parts of one (Mama Jeanne, Papa Joseph, Hadja
 * Fatoumata, El Hadj Oumar): dropped only before two more words, so "Hadja Diallo" keeps them.
 */
const ADDRESSES = new Set(['mama', 'papa', 'hadja', 'hadj', 'hadji', 'elhadj', 'elhadji', 'alhadj', 'alhadji', 'elhaj', 'alhaj', 'alhajj']);

/** The written words less the titles and forms of address in front of the name. */
function withoutTitles(words: readonly string[]): readonly string[] {
  let start = 0;
  for (;;) {
    const first = romanize(words[start] ?? '');
    const second = romanize(words[start + 1] ?? '');
    // "El Hadj" written as two words is one form of address.
    const pair = (first === 'el' || first === 'al') && ADDRESSES.has(first + second) ? 2 : 1;
    const left = words.length - start - pair;
    if (pair === 1 && TITLES.has(first) && left >= 1) start += 1;
    else if ((pair === 2 || ADDRESSES.has(first)) && left >= 2) start += pair;
    else return words.slice(start);
  }
}

let familyNames: ReadonlySet<string> | null = null;

/** Whether a romanized word is a listed family name (data/src/names/family-names.ts), by canonical spelling. */
function isFamilyName(word: string): boolean {
  familyNames ??= new Set(FAMILY_NAMES.map((name) => canonicalSpelling(romanize(name).replace(/ /g, ''))));
  return familyNames.has(canonicalSpelling(word));
}

/**
 * A listed family name written first without capitals ("Diarra Jeneba", "Traore Moussa") moves
 * after the given names, as one in capitals does. Left first, it would be read as the given name,
 * and two sisters would agree on it.
 */
function familyNameLast(words: readonly string[]): readonly string[] {
  let leading = 0;
  while (leading < words.length && isFamilyName(words[leading]!)) leading++;
  if (leading === 0 || leading === words.length) return words;
  return [...words.slice(leading), ...words.slice(0, leading)];
}

function parseNameUncached(input: string): ParsedName {
  // A hyphen within a French compound given name joins it (Jean-Pierre, Marie-Solange, and
  // Jeqn-Pierre with its slip). Elsewhere it separates, like other punctuation: "Mahamat-Nour Issa" is written
  // "Mahamat Nour Issa" just as often, and one joined token would meet neither Mahamat nor Nour.
  const compounds = input.replace(/(\p{L}+)[-‐‑](?=(\p{Lu}\p{L}*))/gu, (joined, first: string, second: string) =>
    COMPOUND_FIRSTS.has(romanize(first)) || COMPOUND_SECONDS.has(romanize(second)) ? first : joined,
  );
  const rawWords = compounds.replace(/[-‐‑–—_'’ʼ`.,;:/()]+/gu, ' ').split(/\s+/u);
  const words = givenNameFirst(withoutTitles(rawWords.filter(hasLetter))).flatMap((w) => romanize(w).split(' ')).filter((w) => /[a-z]/.test(w));
  return { tokens: familyNameLast(joinDinCompounds(joinParticles(joinCompoundGiven(words)))).map(nameToken) };
}
