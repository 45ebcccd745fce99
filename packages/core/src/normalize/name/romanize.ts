import { transliterateArabic } from './arabic.ts';

/** Letters that NFKD does not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ŋ: 'ng', ɛ: 'e', ɔ: 'o',
};

/**
 * Any text to lowercase ASCII words separated by single spaces: Arabic script transliterated,
 * accents and marks stripped (Traoré → traore), punctuation and hyphens to spaces. Never throws,
 * and romanize(romanize(x)) === romanize(x).
 *
 * @example
 * romanize('Jean-Pierre DIEUDONNÉ') // 'jean pierre dieudonne'
 * romanize('محمد أبكر') // 'muhammad abakar'
 */
export function romanize(input: string): string {
  return transliterateArabic(input)
    // A cedilla makes c an s (Fayçal, Françoise); stripped as a mark it would leave a hard c.
    .replace(/[çÇ]/g, 's')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[æœßøđðłıþŋɛɔ]/gu, (ch) => SPECIAL_LETTERS[ch] ?? '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
