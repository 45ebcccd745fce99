import type { PreparedRecord } from '../normalize/record.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';
import { MISSING } from './fields.ts';
import type { NameAgreementCache } from './name-agreement.ts';

type Tokens = readonly NameToken[];
const NONE: Tokens = Object.freeze([]);

/**
 * The values behind a name field's level: the pair shown in explanations and the tokens that
 * agreed, for the term-frequency adjustment. The comparators fill one only when given one: the
 * quick pass over hundreds of candidates wants levels alone and must not allocate, and the few
 * candidates it keeps are compared again with details.
 */
export interface Detail {
  left?: NameToken;
  right?: NameToken;
  agreeing?: NameToken[];
}

function setDetail(detail: Detail, left: NameToken, right: NameToken, agreeing: NameToken[] | undefined): void {
  detail.left = left;
  detail.right = right;
  detail.agreeing = agreeing;
}

/** The first word of the record's name (i = 0) or of its i-th alias. */
const firstWord = (record: PreparedRecord, i: number): NameToken => (i === 0 ? record.name[0]! : record.aliases[i - 1]![0]!);

/**
 * Where in `tokens`, from position `from` on, the token of best agreement with `token` is, when that
 * agreement is EQUIVALENT or better; -1 otherwise.
 */
function equivalentAt(cache: NameAgreementCache, token: NameToken, tokens: Tokens, from: number): number {
  let best: NameAgreement = NameAgreement.DIFFERENT;
  let at = -1;
  for (let j = from; j < tokens.length && best !== NameAgreement.EXACT; j++) {
    const level = cache.agreement(token, tokens[j]!);
    if (level < best) {
      best = level;
      at = j;
    }
  }
  return best <= NameAgreement.EQUIVALENT ? at : -1;
}

/**
 * The father's own name as the record states it: the father's column, the requester when he is
 * the father, or the tail of a brother's or sister's chain when one filed the request (Yaqub Ali
 * Adam's father is Ali Adam) (`explicitFather`, empty when none); and the tail of the name chain,
 * from its second word (a chain of three words or more ends with the father's name).
 */
const explicitFather = (record: PreparedRecord): Tokens =>
  record.father.length > 0
    ? record.father
    : record.relationship === 'father'
      ? record.requester
      : record.relationship === 'sibling' && record.requester.length >= 2
        ? record.requester.slice(1)
        : NONE;
const CHAIN_FATHER_FROM = 1;

/**
 * Whether `token` is the first word of the father's name as the record states it (in the
 * father's column, or as the requester when he is the father). Such a word in the record's own
 * name is the father's, not the child's given name, whatever the order of the words: in a name
 * chain ("Mohammed Yusuf", filed by his father Yusuf Tahir) it is the father's given name; where
 * names are written family name first ("Lokwa Baraka", the father of "Furaha Lokwa") it is the
 * family name.
 */
function isFathersName(cache: NameAgreementCache, record: PreparedRecord, token: NameToken): boolean {
  const father = explicitFather(record)[0];
  return father !== undefined && cache.agreement(father, token) <= NameAgreement.EQUIVALENT;
}

/**
 * Whether `token` names the father of `record`'s child: the first word of its stated father, or
 * the second word of its name (a chain's father; in a two-word name, the family name). A word
 * that names the other record's father is read there as the father, not as the given name: with
 * it as the given name, "Moussa Isa" would be read as Isa and taken for his brother "Isa Issa
 * Abubakar", son of the same Issa.
 */
function namesTheFather(cache: NameAgreementCache, record: PreparedRecord, token: NameToken): boolean {
  if (isFathersName(cache, record, token)) return true;
  const second = record.name[1];
  return second !== undefined && cache.agreement(second, token) <= NameAgreement.EQUIVALENT;
}

/** The given name, also among the aliases and elsewhere in the other name (see FIELDS.given_name). */
function givenNameLevel(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord, detail?: Detail): number {
  const givenA = a.name[0];
  const givenB = b.name[0];
  if (!givenA || !givenB) return MISSING;
  // The best agreement of the given names and the aliases' first words; the first pair reaching it.
  let best: NameAgreement = cache.agreement(givenA, givenB);
  let left = givenA;
  let right = givenB;
  for (let i = 0; i <= a.aliases.length && best !== NameAgreement.EXACT; i++) {
    for (let j = i === 0 ? 1 : 0; j <= b.aliases.length; j++) {
      const x = firstWord(a, i);
      const y = firstWord(b, j);
      const agreement = cache.agreement(x, y);
      if (agreement >= best) continue;
      best = agreement;
      left = x;
      right = y;
      if (best === NameAgreement.EXACT) break;
    }
  }
  if (best <= NameAgreement.CLOSE) {
    if (detail) setDetail(detail, left, right, [left, right]);
    return best;
  }
  // Family name written first ("ABAKAR MAHAMAT") puts the given name elsewhere in the chain.
  // ...unless that place holds the father's name.
  const forward = equivalentAt(cache, givenA, b.name, 1);
  if (forward >= 0 && !isFathersName(cache, b, b.name[forward]!)) {
    if (detail) setDetail(detail, givenA, b.name[forward]!, [givenA]);
    return 3;
  }
  const backward = equivalentAt(cache, givenB, a.name, 1);
  if (backward >= 0 && !isFathersName(cache, a, a.name[backward]!)) {
    if (detail) setDetail(detail, a.name[backward]!, givenB, [givenB]);
    return 3;
  }
  if (detail) setDetail(detail, left, right, undefined);
  return best === NameAgreement.WEAK ? 4 : 5;
}

/**
 * How many tokens of two bags (`a` from position `fromA` on, `b` from `fromB` on) agree one-to-one
 * at EQUIVALENT or better, counted up to two (every caller asks for none, one, or two or more);
 * the first two of `a` that do go into `agreeing` when given. Allocation-free (bags hold two to
 * five tokens; a bitmask marks the used ones): this runs for every candidate, and stopping at two
 * spares the rest of the chains of the many candidates that share two common names.
 */
function strongAgreements(cache: NameAgreementCache, a: Tokens, b: Tokens, fromA = 0, fromB = 0, agreeing?: NameToken[]): number {
  let used = 0;
  let strong = 0;
  for (let i = fromA; i < a.length && i - fromA < 30 && strong < 2; i++) {
    for (let j = fromB; j < b.length && j - fromB < 30; j++) {
      const bit = 1 << (j - fromB);
      if ((used & bit) === 0 && cache.agreement(a[i]!, b[j]!) <= NameAgreement.EQUIVALENT) {
        used |= bit;
        strong++;
        if (agreeing && agreeing.length < 2) agreeing.push(a[i]!);
        break;
      }
    }
  }
  return strong;
}

/** Whether some token of `a` is CLOSE to some token of `b` (asked only when none is stronger). */
function someClose(cache: NameAgreementCache, a: Tokens, b: Tokens): boolean {
  for (let i = 0; i < a.length && i < 30; i++) {
    for (let j = 0; j < b.length && j < 30; j++) if (cache.agreement(a[i]!, b[j]!) === NameAgreement.CLOSE) return true;
  }
  return false;
}

function lineLevel(cache: NameAgreementCache, a: Tokens, b: Tokens, detail?: Detail): number {
  if (a.length === 0 || b.length === 0) return MISSING;
  const agreeing: NameToken[] | undefined = detail ? [] : undefined;
  const strong = strongAgreements(cache, a, b, 0, 0, agreeing);
  if (detail && strong > 0) detail.agreeing = agreeing;
  if (strong >= 2) return 0;
  if (strong === 1) return 1;
  return someClose(cache, a, b) ? 2 : 3;
}

/**
 * The father's line of a name read with its first two words swapped ("Kahindo Merveille" as
 * Merveille, of the Kahindo line): the first word joins the line in place of the second.
 */
function swappedLine(record: PreparedRecord): NameToken[] {
  const first = record.name[0]!;
  const second = record.name[1]!;
  const line = [first];
  for (const token of record.paternalLine) if (token !== second && token.canonical !== first.canonical) line.push(token);
  return line;
}

/** Orders two readings: fewer levels lost over both fields, then the better given name. */
const readingCost = (given: number, line: number): number => (given + (line === MISSING ? 2 : line)) * 16 + given;

/**
 * The level of the given name when `swap`'s name is read with its second word as the given name
 * (one level below the plain reading's: the order itself is a guess; a misspelt second word,
 * close, reads as "elsewhere in the name"), or MISSING when that
 * reading does not apply. It applies to a two-word name, and to a longer one whose first word is
 * the record's own father's ("Mahamat Khadidja Adam", daughter of Mouhamat Acam: the father's
 * name written first, as a family name, without the capitals that would say so).
 */
function swappedGivenLevel(cache: NameAgreementCache, swap: PreparedRecord, other: PreparedRecord): number {
  if (!other.name[0] || swap.name.length < 2) return MISSING;
  if (swap.name.length > 2 && !isFathersName(cache, swap, swap.name[0]!)) return MISSING;
  // "Mohammed Yusuf" filed by his father Yusuf Tahir is Mohammed, son of Yusuf: the record says
  // whose name the second word is; so does the other record, when it is its father's name.
  if (isFathersName(cache, swap, swap.name[1]!) || namesTheFather(cache, other, swap.name[1]!)) return MISSING;
  const agreement = cache.agreement(swap.name[1]!, other.name[0]);
  return agreement > NameAgreement.CLOSE ? MISSING : agreement + 1;
}

/**
 * Given name and father's line together, into `levels[given]` and `levels[line]`, reading a name
 * also from its second word (see swappedGivenLevel) when the plain reading finds the given name
 * only elsewhere: without capitals nothing says whether "Diallo Aboubacar" or "Kahindo Merveille"
 * starts with the family name, and West and Central African records are written both ways. The reading with the
 * better levels wins; both records are tried, so the result does not depend on which one is on
 * the left. The details, when asked for, are those of the winning reading.
 */
function readNames(
  cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord,
  levels: Int8Array, given: number, line: number, givenDetail?: Detail, lineDetail?: Detail,
): void {
  levels[given] = givenNameLevel(cache, a, b, givenDetail);
  levels[line] = lineLevel(cache, a.paternalLine, b.paternalLine, lineDetail);
  if (levels[given]! < 3) return;
  let bestCost = readingCost(levels[given]!, levels[line]!);
  for (let flipped = 0; flipped < 2; flipped++) {
    const swappedGiven = flipped ? swappedGivenLevel(cache, b, a) : swappedGivenLevel(cache, a, b);
    if (swappedGiven === MISSING) continue;
    // The query stays on the left: its tokens come first in the details.
    const lineA = flipped ? a.paternalLine : swappedLine(a);
    const lineB = flipped ? swappedLine(b) : b.paternalLine;
    const swappedLineLevel = lineLevel(cache, lineA, lineB);
    const cost = readingCost(swappedGiven, swappedLineLevel);
    if (cost >= bestCost) continue;
    bestCost = cost;
    levels[given] = swappedGiven;
    levels[line] = swappedLineLevel;
    const left = flipped ? a.name[0]! : a.name[1]!;
    const right = flipped ? b.name[1]! : b.name[0]!;
    if (givenDetail) setDetail(givenDetail, left, right, [left, right]);
    if (lineDetail) {
      lineDetail.agreeing = undefined;
      lineLevel(cache, lineA, lineB, lineDetail);
    }
  }
}

/** Words of one statement of a father that the pairing below looks at (statements hold two to five). */
const MAX_PAIRED = 8;
/** For each word of `b`'s statement, the word of `a` paired with it (-1: none); reused, the pairing allocates nothing. */
const partnerOf = new Int8Array(MAX_PAIRED);
/** Words of `b` already tried on the current augmenting path, as a bit set. */
let tried = 0;

/** Pairs word `i` of `a` with a free word of `b`, moving earlier pairs along if need be (Kuhn's augmenting path). */
function pairWord(cache: NameAgreementCache, a: Tokens, i: number, b: Tokens, fromB: number, widthB: number): boolean {
  for (let k = 0; k < widthB; k++) {
    const bit = 1 << k;
    if ((tried & bit) !== 0 || cache.agreement(a[i]!, b[fromB + k]!) > NameAgreement.WEAK) continue;
    tried |= bit;
    const holder = partnerOf[k]!;
    if (holder < 0 || pairWord(cache, a, holder, b, fromB, widthB)) {
      partnerOf[k] = i;
      return true;
    }
  }
  return false;
}

/**
 * Whether every word of the shorter statement can be paired, one to one, with an at least weakly
 * alike word of the other. One to one: as a bag, "Madou Maïga" would have both words weakly like
 * the Mamadou of "Mamadou Sangaré", and "Mohammed Mahamat" both like the Mohammed of "Mohammed
 * Ebrahim"; these are other men.
 */
function pairsEveryWord(cache: NameAgreementCache, a: Tokens, fromA: number, b: Tokens, fromB: number): boolean {
  const widthA = Math.min(a.length - fromA, MAX_PAIRED);
  const widthB = Math.min(b.length - fromB, MAX_PAIRED);
  partnerOf.fill(-1, 0, widthB);
  let paired = 0;
  for (let i = fromA; i < fromA + widthA; i++) {
    tried = 0;
    if (pairWord(cache, a, i, b, fromB, widthB)) paired++;
  }
  return paired >= Math.min(widthA, widthB);
}

/** How two statements of a father compare: not comparable (fewer than two words), alike, or different men. */
const Fathers = { UNKNOWN: 0, ALIKE: 1, DIFFERENT: 2 } as const;
type Fathers = (typeof Fathers)[keyof typeof Fathers];

function compareFathers(cache: NameAgreementCache, fa: Tokens, fromA: number, fb: Tokens, fromB: number): Fathers {
  if (fa.length - fromA < 2 || fb.length - fromB < 2) return Fathers.UNKNOWN;
  if (strongAgreements(cache, fa, fb, fromA, fromB) >= 2) return Fathers.ALIKE;
  return pairsEveryWord(cache, fa, fromA, fb, fromB) ? Fathers.ALIKE : Fathers.DIFFERENT;
}

/**
 * The record's own name as a statement of its father (from its second word), or none when that
 * word is a woman's name: "Oumou Kalsoum Traoré" and "Fatime Zara Ahmat" carry a second given
 * name, not a father called Kalsoum or Zara, and read as a chain they would make the girl's
 * father another man than the one her request names.
 */
function chainStatement(cache: NameAgreementCache, record: PreparedRecord): Tokens {
  const second = record.name[CHAIN_FATHER_FROM];
  return second !== undefined && cache.impliedSex(second) === 'f' ? NONE : record.name;
}

/**
 * Two stated fathers who are plainly different men: each named with two words or more, at most
 * one word shared, and words that cannot all be paired one to one with words at least weakly
 * like them ("Moussa Sow" / "Moussa Keïta", "Dieudonné Ngabo" / "Dieudonné Lokwa", "Mamadou
 * Sangaré" / "Madou Maïga"). The father's line as a bag of words would let the shared first name
 * and the family's other names agree; cousins share those too. A record may state its father
 * twice, in the father's column and in its own chain: the fathers differ only when no statement
 * of one is like a statement of the other (a garbled father's column, "Mouammed Siddig", beside
 * the chain "Hassaballah Mahamat Siddiq", does not make another man).
 */
function fathersDiffer(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord): boolean {
  const explicitA = explicitFather(a);
  const explicitB = explicitFather(b);
  let different = false;
  // A chain of two words holds one word after the given name: not a statement (compareFathers).
  for (let i = 0; i < 2; i++) {
    const fa = i === 0 ? explicitA : chainStatement(cache, a);
    const fromA = i === 0 ? 0 : CHAIN_FATHER_FROM;
    for (let j = 0; j < 2; j++) {
      const outcome = compareFathers(cache, fa, fromA, j === 0 ? explicitB : chainStatement(cache, b), j === 0 ? 0 : CHAIN_FATHER_FROM);
      if (outcome === Fathers.ALIKE) return false;
      if (outcome === Fathers.DIFFERENT) different = true;
    }
  }
  return different;
}

/**
 * The levels of the given name and the father's line, written into `levels` at positions `given`
 * and `line`; with details, the values behind them.
 */
export function compareNames(
  cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord,
  levels: Int8Array, given: number, line: number, givenDetail?: Detail, lineDetail?: Detail,
): void {
  readNames(cache, a, b, levels, given, line, givenDetail, lineDetail);
  const lineLevelFound = levels[line]!;
  if (lineLevelFound >= 0 && lineLevelFound < 3 && fathersDiffer(cache, a, b)) {
    levels[line] = 3;
    if (lineDetail) lineDetail.agreeing = undefined;
  }
}

/** Whether some word after the first of `a` is at least weakly like some word after the first of `b`. */
function restSomewhatAlike(cache: NameAgreementCache, a: Tokens, b: Tokens): boolean {
  for (let i = 1; i < a.length && i < 30; i++) {
    for (let j = 1; j < b.length && j < 30; j++) if (cache.agreement(a[i]!, b[j]!) <= NameAgreement.WEAK) return true;
  }
  return false;
}

/**
 * The mother's given name decides; the rest of her name (her father's or family name) confirms or
 * weakens it, so two mothers who merely share a very common name do not "agree".
 */
export function motherNameLevel(cache: NameAgreementCache, a: PreparedRecord, b: PreparedRecord, detail?: Detail): number {
  const lineA = a.motherLine;
  const lineB = b.motherLine;
  const givenA = lineA[0];
  const givenB = lineB[0];
  if (!givenA || !givenB) return MISSING;
  const given = cache.agreement(givenA, givenB);
  const bothHaveRest = lineA.length > 1 && lineB.length > 1;
  const restAgrees = bothHaveRest && strongAgreements(cache, lineA, lineB, 1, 1) > 0;
  if (given <= NameAgreement.EQUIVALENT) {
    // Same first name but a different father's or family name: most likely another woman; plainly
    // another when the rest is not even weakly alike (a slip in "Ugeti" / "Ugtei" is only similar).
    if (bothHaveRest && !restAgrees) return restSomewhatAlike(cache, lineA, lineB) ? 1 : 2;
    if (detail) detail.agreeing = [givenA];
    return 0;
  }
  // The whole name written in another order ("Traore Maryam" / "Mariam Traoré").
  if (lineA.length > 1 && strongAgreements(cache, lineA, lineB) >= 2) return 0;
  const plain = given === NameAgreement.CLOSE || (given === NameAgreement.WEAK && restAgrees) ? 1 : given === NameAgreement.WEAK || restAgrees ? 2 : 3;
  return plain === 1 || !bothHaveRest ? plain : Math.min(plain, crossedLevel(cache, lineA, lineB, detail));
}

/**
 * The mother's first two words read in the other order, one of them misspelt: "Ugeti Rachel" /
 * "Rachel Ugtei", "Fati Ahmed" / "Ahmed Fatimé". Family name first or last is a habit of the
 * agency, not of the mother; read in one order only, her name would count as another woman's.
 * One pair of words must agree; the other decides how well (3: this reading finds nothing).
 */
function crossedLevel(cache: NameAgreementCache, lineA: Tokens, lineB: Tokens, detail?: Detail): number {
  const x = cache.agreement(lineA[0]!, lineB[1]!);
  const y = cache.agreement(lineA[1]!, lineB[0]!);
  if (Math.min(x, y) > NameAgreement.EQUIVALENT) return 3;
  const other = Math.max(x, y);
  const level = other === NameAgreement.CLOSE ? 1 : other === NameAgreement.WEAK ? 2 : 3;
  if (detail && level < 3) detail.agreeing = [x <= y ? lineA[0]! : lineA[1]!];
  return level;
}
