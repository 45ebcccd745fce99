import { NameAgreement, type NameToken } from './types.ts';
import { lastVowelsDiffer, shapesCompatible, withoutFinalClusterVowel } from './skeleton.ts';

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

// Three rolling rows, reused: the comparison runs millions of times in a batch and must not allocate.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * The optimal-string-alignment distance when it is at most `limit`, else `limit + 1`. Gives up
 * as soon as a whole row exceeds the limit: names are compared against a budget of one or two
 * edits, and most pairs are far apart.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = previous[j - 1]! + (ca === cb ? 0 : 1);
      const del = previous[j]! + 1;
      const ins = current[j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = beforePrevious[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[cols - 1]!;
  return distance > limit ? limit + 1 : distance;
}

/**
 * Two shapes equal but for two neighbours swapped (aFtima / Fatimé): a slip of the hand. Inserted
 * or changed vowels are not slips here: they tell Mahamat from Mahmoud and Hassan from Hussein.
 */
function shapesSwapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3) return false;
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] === b[i] || a[i] !== b[i + 1] || a[i + 1] !== b[i]) continue;
    return shapesCompatible(a.slice(0, i) + b[i] + b[i + 1] + a.slice(i + 2), b);
  }
  return false;
}

function sameNameShape(a: NameToken, b: NameToken): boolean {
  if (lastVowelsDiffer(a, b)) return false;
  if (shapesCompatible(a.shape, b.shape)) return true;
  const shorterA = withoutFinalClusterVowel(a.shape);
  const shorterB = withoutFinalClusterVowel(b.shape);
  return (shorterA !== null && shapesCompatible(shorterA, b.shape)) || (shorterB !== null && shapesCompatible(a.shape, shorterB));
}

const isVowel = (code: number): boolean => code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121; // a e i o u y

/** Sun letters whose doubling shows an assimilated article (an-Nour, at-Tahir): t d r z s n. */
const SUN_LETTERS = new Set([116, 100, 114, 122, 115, 110]);

/**
 * How many letters of the canonical spelling are a glued Arabic article (el, al, il: Elmahdi,
 * Almahdi, Eltayeb, Alhadji), or 0. The article is as often left out (Mahdi, Tayeb, Hadji), so a
 * name is compared without it too. What follows must start with a consonant and keep two
 * consonants or more: Elias, Alassane and Ali are names of their own, not the article.
 * Before a sun letter the l is heard as that letter, and Chadian spellings write it so: Annour
 * (an-Nour), Attahir, Assadick, Ennour. The doubled letter (in the word as written: the canonical
 * spelling has merged it) marks that article; the name after it keeps three letters or more.
 */
export function articleLength(c: string, skeleton: string, written = c): number {
  if (skeleton.length >= 3 && skeleton.charCodeAt(0) === 108 && c.charCodeAt(1) === 108 && isVowel(c.charCodeAt(0)) && !isVowel(c.charCodeAt(2))) return 2;
  const first = written.charCodeAt(0);
  const sun = written.charCodeAt(1);
  const assimilated = (first === 97 || first === 101) && SUN_LETTERS.has(sun) && written.charCodeAt(2) === sun && isVowel(written.charCodeAt(3));
  return assimilated && c.charCodeAt(0) === first && c.charCodeAt(1) === sun && c.length >= 4 && skeleton.length >= 2 ? 1 : 0;
}

/**
 * An h before the first vowel, which French renderings often leave unwritten (Hawa / Awa,
 * Hassan / Assane, Halimé / Alimé, Hadja / Adja).
 */
export const hasSilentH = (canonical: string): boolean => canonical.charCodeAt(0) === 104 && isVowel(canonical.charCodeAt(1));
const H_LETTER = 1 << 7;

/** Typo-level distance allowed between canonical spellings, by length. */
const typoBudget = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * Whether two spellings are within the typo budget of the shorter. Two edits need the same first
 * consonant (`sameStart`): Kadiatou / Safiatou share the Fula ending -atou, not a name.
 */
function withinTypos(x: string, y: string, sameStart = true): boolean {
  const budget = typoBudget(Math.min(x.length, y.length));
  const distance = boundedEditDistance(x, y, budget);
  return distance <= budget && (distance <= 1 || sameStart);
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Whether two tokens certainly reach no level above DIFFERENT, from a few integers: most pairs a
 * search meets are unrelated names, and ruling them out this way spares the memo table. Each
 * rule below rules out one way of agreeing in compareNameTokens:
 * - the skeletons start differently: no skeleton-based close or weak agreement;
 * - the consonants of the shapes differ as sets: the shapes are neither compatible nor swapped;
 * - one edit changes the set of letters by at most two, so more than twice the typo budget of
 *   letters present in only one spelling means more edits than the budget (canonical and as written).
 */
export function surelyDifferent(a: NameToken, b: NameToken): boolean {
  if (a.initial === b.initial || a.consonants === b.consonants) return false;
  if (a.article > 0 || b.article > 0 || a.variant !== null || b.variant !== null || a.shortFor !== null || b.shortFor !== null) return false;
  // Without its h the letters can only come closer: leave h out of the count when one may be silent.
  const letters = a.silentH || b.silentH ? (a.letters ^ b.letters) & ~H_LETTER : a.letters ^ b.letters;
  if (bitCount(letters) <= 2 * typoBudget(Math.min(a.canonicalLength, b.canonicalLength))) return false;
  return bitCount(a.written ^ b.written) > 2 * typoBudget(Math.min(a.textLength, b.textLength));
}

/**
 * A name written as its consonants (Mht for Mahamat, Mhd for Mohamed, as registers abbreviate):
 * two to four letters without a vowel, the first letter the same, each found in order in the
 * other name's canonical spelling, which is longer by two letters or more.
 */
function abbreviates(short: string, full: string): boolean {
  if (short.length < 2 || short.length > 4 || full.length < short.length + 2 || short[0] !== full[0] || /[aeiouy]/.test(short)) return false;
  // t and d meet, as at the end of a skeleton (Mht / Mohammed).
  const target = full.replace(/t/g, 'd');
  let at = 0;
  for (const letter of short.replace(/t/g, 'd')) {
    at = target.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * How two name tokens agree (see NameAgreement). Symmetric and pure.
 *
 * @example
 * compareNameTokens(token('Mahamat'), token('Mohammed')) // NameAgreement.EQUIVALENT
 */
export function compareNameTokens(a: NameToken, b: NameToken): NameAgreement {
  if (a.text === b.text) return NameAgreement.EXACT;
  return surelyDifferent(a, b) ? NameAgreement.DIFFERENT : gradeNameTokens(a, b);
}

/** Which rules grading may use; see consonantSlipOnly. */
interface GradeRules {
  /** One consonant of a long skeleton changed counts as a typo (Mahannat / Mohammed). */
  readonly slips: boolean;
}
const ALL_RULES: GradeRules = { slips: true };
const WITHOUT_SLIPS: GradeRules = { slips: false };

/** compareNameTokens without the surelyDifferent shortcut: every rule, in order. */
export function gradeNameTokens(a: NameToken, b: NameToken, rules: GradeRules = ALL_RULES): NameAgreement {
  let grade = gradeSpellings(a, b, rules);
  if (grade > NameAgreement.EQUIVALENT && (a.variant !== null || b.variant !== null)) {
    // The other rendering on either side (Uthman / Osman, Khadija / Kadija): as good as the plain reading, never EXACT.
    const read = Math.min(a.variant ? gradeSpellings(a.variant, b, rules) : grade, b.variant ? gradeSpellings(a, b.variant, rules) : grade);
    if (read < grade) grade = Math.max(read, NameAgreement.EQUIVALENT) as NameAgreement;
  }
  // A listed short form and its full name (Fanta / Fatoumata, Dja / Khadidja): close, as a nickname says less.
  if (grade > NameAgreement.CLOSE && (shortFormOf(a, b) || shortFormOf(b, a))) grade = NameAgreement.CLOSE;
  return grade;
}

/**
 * Of two names graded CLOSE, whether only because one consonant of their skeletons differs
 * (Haroun / Hassan, Souleymane / Salimata): the one rule that cannot tell a typo from another
 * name of the same consonant pattern. NameAgreementCache asks it of pairs of common names.
 */
export const consonantSlipOnly = (a: NameToken, b: NameToken): boolean => gradeNameTokens(a, b, WITHOUT_SLIPS) !== NameAgreement.CLOSE;

/**
 * Whether `short` is a listed short form of `full`, in any of full's renderings. Listed full names
 * are found by skeleton, which Mahmoud shares with Mahamat: the last vowels must agree too (Hamat
 * stands for Mahamat, not for Mahamoud).
 */
const shortFormOf = (short: NameToken, full: NameToken): boolean =>
  short.shortFor !== null && (short.shortFor.has(full.skeleton) || (full.variant !== null && short.shortFor.has(full.variant.skeleton))) && !lastVowelsDiffer(short, full);

function gradeSpellings(a: NameToken, b: NameToken, rules: GradeRules): NameAgreement {
  if (a.text === b.text) return NameAgreement.EXACT;
  if (a.canonical === b.canonical || sameNameShape(a, b)) return NameAgreement.EQUIVALENT;
  // Before the typo rule: an assimilated article is one letter (Attahir / Tahir), not a slip.
  const article = withoutArticles(a, b);
  if (article === NameAgreement.EQUIVALENT) return article;
  const sameStart = a.initial === b.initial;
  if (withinTypos(a.canonical, b.canonical, sameStart)) return NameAgreement.CLOSE;
  // A typo on top of another transliteration: one slip in the letters as written
  // (Khadidna / Khadidja, Asiha / Aisha), or in the consonant-and-vowel shape (aFtima / Fatimé).
  if (withinTypos(a.text, b.text, sameStart)) return NameAgreement.CLOSE;
  const shorter = Math.min(a.canonical.length, b.canonical.length);
  if (shorter >= 4 && shapesSwapped(a.shape, b.shape)) return NameAgreement.CLOSE;
  if (sameStart && (abbreviates(a.canonical, b.canonical) || abbreviates(b.canonical, a.canonical))) return NameAgreement.CLOSE;
  if (article !== NameAgreement.DIFFERENT) return article;
  if (a.silentH !== b.silentH && closeWithoutH(a, b)) return NameAgreement.CLOSE;
  const [short, long] = a.canonical.length <= b.canonical.length ? [a.canonical, b.canonical] : [b.canonical, a.canonical];
  if (long.length === short.length + 2 && withoutHSyllable(long) === short) return NameAgreement.CLOSE;
  const skeletonDistance = boundedEditDistance(a.skeleton, b.skeleton, 1);
  // One consonant changed among three or more is a slip; among two it is another name
  // (Habiba / Hanane, Asma / Saadia), which shares only an initial and stays WEAK below.
  const longSkeletons = Math.min(a.skeleton.length, b.skeleton.length) >= 3;
  if (rules.slips && skeletonDistance === 1 && sameStart && a.shape.length === b.shape.length && shorter >= 4 && longSkeletons) return NameAgreement.CLOSE;
  if (skeletonDistance <= 1 && sameStart && Math.max(a.skeleton.length, b.skeleton.length) >= 2) return NameAgreement.WEAK;
  return NameAgreement.DIFFERENT;
}

/**
 * The agreement of two names once a glued article is taken off (Elmahdi / Mahdi equivalent,
 * Almahdi / Mahadi close), or DIFFERENT when neither has one or they still differ.
 */
function withoutArticles(a: NameToken, b: NameToken): NameAgreement {
  const cutA = a.article;
  const cutB = b.article;
  if (cutA === 0 && cutB === 0) return NameAgreement.DIFFERENT;
  const x = a.canonical.slice(cutA);
  const y = b.canonical.slice(cutB);
  if (x === y) return NameAgreement.EQUIVALENT;
  return withinTypos(x, y) ? NameAgreement.CLOSE : NameAgreement.DIFFERENT;
}

/** Whether two names, one of them starting with a silent h, are within a typo once it is dropped. */
const closeWithoutH = (a: NameToken, b: NameToken): boolean =>
  withinTypos(a.silentH ? a.canonical.slice(1) : a.canonical, b.silentH ? b.canonical.slice(1) : b.canonical);

/**
 * The spelling without its first syllable "h + vowel" between vowels, as a name contracts when
 * spoken (Mahamadou / Mamadou, Zahara / Zara), or null. The h is never the first consonant, so
 * both spellings keep their initial (which surelyDifferent relies on).
 */
function withoutHSyllable(c: string): string | null {
  let consonantSeen = false;
  for (let i = 1; i + 2 < c.length; i++) {
    consonantSeen ||= !isVowel(c.charCodeAt(i - 1));
    if (consonantSeen && c.charCodeAt(i) === 104 && isVowel(c.charCodeAt(i - 1)) && isVowel(c.charCodeAt(i + 1))) return c.slice(0, i) + c.slice(i + 2);
  }
  return null;
}
