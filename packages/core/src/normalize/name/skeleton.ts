/**
 * Spelling normalisation for transliterated names. French-style and English-style renderings of
 * one Arabic name differ in predictable ways (ou/u, dj/j, ch/sh, kh/h, doubled letters, vowel
 * quality, a final -é); these functions remove exactly those differences, so the forms below
 * meet without any table listing name pairs.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The second half of an ad-Din compound as written: "eddine", "aldin", "adine", "uddin", "din". */
export const AD_DIN = '(?:[aeiu]?l|[aeiu])?d+(?:i|ee)ne?';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);

/** Ordered rewrites of letter groups; earlier rules win. "S" stands for the sh sound. */
const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ab[ou]u?b(?=[aeiou])/, 'ab'], // Abu Bakr contracts to Abakar
  [/^di(?=[aeou])/, 'j'], // Diallo / Jallo
  [/^dy(?=[aeiou])/, 'j'],
  [/tch/g, 'S'],
  [/sch/g, 'S'],
  [/(ch|sh)/g, 'S'],
  [/^a[iy](?=S)/, 'a'], // Aisha / Aysha / Aché: the i of ʿĀʾisha is often not written
  [/(?<=S)t(?=[ae]$)/, ''], // Achta: the feminine t heard before a final vowel
  [/dj|dz/g, 'j'],
  // The l of abd-al assimilated to a sun letter, as spoken and often written: Abdelrahman /
  // Abderrahmane / Abderamane, Abdelsalam / Abdessalam, Abdelnasser / Abdennasser.
  [/^(abd[aeiou])l(?=[tdrzsSn])/, '$1'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ck|q/g, 'k'],
  [/(?<=[aeiou])g$/, 'k'], // Sudanese g for qaf at the end: Ishag / Ishaq, Siddig / Siddiq
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/x/g, 'ks'],
  [/g(?=[ei])/g, 'j'],
  [/ou|oo|(?<!^)w/g, 'u'], // Traoré / Trawore, Jallow, Lokwa / Lokua
  [/ee|ie$/g, 'i'],
  [new RegExp(`(?<=[a-z]{3})${AD_DIN}$`), 'din'], // ad-Din compounds: Nouradine / Nureldin / Nourredine
  [/(?<=[a-z])y(?![aeiouy])|(?<=[^aeiouy])y/g, 'i'], // y as a vowel: Coulibaly / Kulibali (not yy: Ruqayya)
  [/(?<=i)y(?=[aeiou])/g, ''], // a glide after i: Zakariya / Zakaria, Saadiya / Saadia
  [/(?<=[a-z]{2}[^aeiou])ay+a$/, 'ia'], // a final -ayya written -ia in French: Ruqayya / Rokaya / Rokia, Soumaya / Soumaia
  [/(?<=[aeiou])h$/g, ''], // Fatimah / Fatima
  // The ḥ of Ahmad before a consonant goes unwritten in Chadian and West African spellings:
  // Ahmat / Amat, Ahmed / Amadou. Word-initial only: Mahmoud is not Mamadou.
  [/^ah(?=[^aeiouyh])/, 'a'],
  [/(?<=[aeiou])ye$/, 'i'], // a final glide written -ye in French: Abdoulaye / Abdulai, Mbaye / Mbai
];

/**
 * The spelling with transliteration habits removed, vowels kept: e.g. "khadidja" → "hadija",
 * "youssouf" → "yusuf". Doubled letters are collapsed.
 */
export function canonicalSpelling(word: string): string {
  let s = word.toLowerCase();
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  s = s.replace(/([a-zS])\1+/g, '$1');
  return s;
}

/**
 * Consonant skeleton of a canonical spelling: vowels dropped, doubled consonants collapsed,
 * final t/d merged (Mahamat / Mohammed), and final n/l in three consonants or more (Djibrine /
 * Jibril): in two, the l or n is half the name (Jeanne / Jolie / Diallo are three names).
 */
function consonantSkeleton(canonical: string): string {
  const consonants = canonical.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
  const merged = consonants.replace(/t$/, 'd');
  return merged.length >= 3 ? merged.replace(/l$/, 'n') : merged;
}

/** Transliteration skeleton of one romanized word (see `NameToken.skeleton`). */
export function skeletonOf(word: string): string {
  return consonantSkeleton(canonicalSpelling(word));
}

/**
 * The skeleton with vowel positions kept, trailing vowels dropped: Mahamat and Muhammad give
 * "mAhAmAd" / "mUhAmAd", Mahmoud gives "mAhmUd". A vowel run is "A" (only a), "Y" (the diphthongs
 * ai, ei), "U" (only o and u: ou, oo, u, o) or "V" (any other). A and Y never meet (Hassan is not
 * Hussein); in the last syllable of a long name neither do A and U (see lastVowelsDiffer).
 */
export function vowelShape(canonical: string): string {
  let shape = '';
  let i = 0;
  while (i < canonical.length) {
    const ch = canonical[i]!;
    if (isVowel(ch)) {
      let run = '';
      while (i < canonical.length && isVowel(canonical[i])) run += canonical[i++];
      shape += /^(ai|ei)$/.test(run) ? 'Y' : /^a+$/.test(run) ? 'A' : /^[ou]+$/.test(run) ? 'U' : 'V';
    } else {
      if (shape[shape.length - 1] !== ch) shape += ch;
      i++;
    }
  }
  shape = shape.replace(/[AVYU]+$/, '').replace(/t$/, 'd');
  return consonantCount(shape) >= 3 ? shape.replace(/l$/, 'n') : shape;
}

const isSlot = (ch: string): boolean => ch === 'A' || ch === 'V' || ch === 'Y' || ch === 'U';

/**
 * Whether the last vowels of two names are a and u, in names of three consonants or more that end
 * in a consonant: the long ū of a last syllable is written ou, u or oo in every transliteration
 * and never a, so Mahamoud / Mahamout (Mahmūd) is not Mahamat / Muhammad, while the short vowels
 * before it vary freely (Mouhamat / Mahamat). An e meets both (Youssef / Youssouf, Mohammed /
 * Mahamat). A name ending in a vowel is left alone: Abdoulaye's ou (Abdallah) is not a last syllable.
 */
export function lastVowelsDiffer(a: SpelledName, b: SpelledName): boolean {
  const x = lastSlot(a.shape);
  const y = lastSlot(b.shape);
  if (!((x === 'A' && y === 'U') || (x === 'U' && y === 'A'))) return false;
  return endsInConsonant(a.canonical) && endsInConsonant(b.canonical) && consonantCount(a.shape) >= 3 && consonantCount(b.shape) >= 3;
}

/** What lastVowelsDiffer reads of a name token. */
type SpelledName = { readonly canonical: string; readonly shape: string };

const endsInConsonant = (canonical: string): boolean => canonical.length > 0 && !/[aeiouy]$/.test(canonical);

/** The vowel slot before a shape's final consonant ('' when there is none). */
const lastSlot = (shape: string): string => (shape.length >= 2 && isSlot(shape[shape.length - 2]!) ? shape[shape.length - 2]! : '');

function consonantCount(shape: string): number {
  let count = 0;
  for (const ch of shape) if (!isSlot(ch)) count++;
  return count;
}

/** Two shapes match slot by slot: same consonants, compatible vowel runs. */
export function shapesCompatible(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (!isSlot(x) || !isSlot(y)) return false;
    if ((x === 'A' && y === 'Y') || (x === 'Y' && y === 'A')) return false;
  }
  return true;
}

/**
 * The shape without an epenthetic vowel in a word-final consonant cluster: Arabic CVCC names
 * (Bakr, Nasr, Fadl) are written with a helping vowel in Chad (Bakar, Nasar, Fadoul).
 */
export function withoutFinalClusterVowel(shape: string): string | null {
  const match = /^(.*[^AVYU])[AVYU]([^AVYU])$/.exec(shape);
  return match ? match[1]! + match[2]! : null;
}

/**
 * The word in the other rendering of two Arabic letters, or null when it has neither: th as s
 * (ṯāʾ: Uthman / Osman) and kh as k (ḫāʾ: Khadija / Kadija). See NameToken.variant.
 */
export function otherRendering(word: string): string | null {
  return word.includes('th') || word.includes('kh') ? word.replace(/th/g, 's').replace(/kh/g, 'k') : null;
}
