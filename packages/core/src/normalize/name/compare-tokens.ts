import { NameAgreement, type NameToken } from './types.ts';
import { shapesCompatible, withoutFinalClusterVowel } from './skeleton.ts';

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
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
  if (shapesCompatible(a.shape, b.shape)) return true;
  const shorterA = withoutFinalClusterVowel(a.shape);
  const shorterB = withoutFinalClusterVowel(b.shape);
  return (shorterA !== null && shapesCompatible(shorterA, b.shape)) || (shorterB !== null && shapesCompatible(a.shape, shorterB));
}

/** Typo-level distance allowed between canonical spellings, by length. */
const typoBudget = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * How two name tokens agree (see NameAgreement). Symmetric and pure.
 *
 * @example
 * compareNameTokens(token('Mahamat'), token('Mohammed')) // NameAgreement.EQUIVALENT
 */
export function compareNameTokens(a: NameToken, b: NameToken): NameAgreement {
  if (a.text === b.text) return NameAgreement.EXACT;
  if (a.canonical === b.canonical || sameNameShape(a, b)) return NameAgreement.EQUIVALENT;
  const shorter = Math.min(a.canonical.length, b.canonical.length);
  if (editDistance(a.canonical, b.canonical) <= typoBudget(shorter)) return NameAgreement.CLOSE;
  // A typo on top of another transliteration: one slip in the letters as written
  // (Khadidna / Khadidja, Asiha / Aisha), or in the consonant-and-vowel shape (aFtima / Fatimé).
  if (editDistance(a.text, b.text) <= typoBudget(Math.min(a.text.length, b.text.length))) return NameAgreement.CLOSE;
  if (shorter >= 4 && shapesSwapped(a.shape, b.shape)) return NameAgreement.CLOSE;
  const skeletonDistance = editDistance(a.skeleton, b.skeleton);
  const sameStart = a.skeleton[0] === b.skeleton[0];
  if (skeletonDistance === 1 && sameStart && a.shape.length === b.shape.length && shorter >= 4) return NameAgreement.CLOSE;
  if (skeletonDistance <= 1 && sameStart && Math.max(a.skeleton.length, b.skeleton.length) >= 2) return NameAgreement.WEAK;
  return NameAgreement.DIFFERENT;
}
