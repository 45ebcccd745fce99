import { boundedEditDistance } from '../normalize/name/index.ts';

/**
 * A spelling may be a typo of one seen at least this many times, and this many times as often: a
 * given misspelling is written a small fraction of the times its name is. No cap on the rarer
 * spelling's own count, so that the rule holds at a million records, where one slip of Mahamat
 * is written dozens of times.
 */
const COMMON_COUNT = 10;
const COMMON_RATIO = 10;
/** Words shorter than this are too short to tell a typo from another name... */
const MIN_LENGTH = 3;
/** ...and words this short only lose a letter (Aam for Adam): a changed one makes another name (Ali / Adi). */
const SHORT_LENGTH = 3;

/** The spelling less its letter at `i`. */
const without = (word: string, i: number): string => word.slice(0, i) + word.slice(i + 1);

/**
 * For each spelling of the data being linked, the far more common spelling one typo away (a
 * deleted, doubled, swapped or wrong letter), when there is one: "Ahcta" seen once beside "Achta"
 * seen 400 times is Achta misspelt. The comparison then also reads Ahcta as Achta, which finds
 * it one typo from Aisha: no rule of spelling reaches that pair, since the slip broke the "ch"
 * that makes Achta an Aisha. Of two common spellings one typo away, the more common one is taken.
 *
 * Candidates are found by deletions (both spellings less at most one letter meet), then checked
 * by edit distance, so the work grows with the vocabulary, not with its square.
 */
export function typoCorrections(spellings: ReadonlyMap<string, number>): Map<string, string> {
  const byDeletion = new Map<string, string[]>();
  const file = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (!list) byDeletion.set(key, [word]);
    else if (list[list.length - 1] !== word) list.push(word);
  };
  for (const [word, count] of spellings) {
    if (count < COMMON_COUNT || word.length < MIN_LENGTH) continue;
    file(word, word);
    for (let i = 0; i < word.length; i++) file(without(word, i), word);
  }
  const corrections = new Map<string, string>();
  for (const [word, count] of spellings) {
    if (word.length < MIN_LENGTH) continue;
    let best: string | null = null;
    let bestCount = 0;
    const consider = (key: string) => {
      for (const common of byDeletion.get(key) ?? []) {
        const commonCount = spellings.get(common)!;
        if (commonCount < count * COMMON_RATIO || commonCount <= bestCount) continue;
        if (word.length <= SHORT_LENGTH && common.length <= word.length) continue;
        if (boundedEditDistance(word, common, 1) > 1) continue;
        best = common;
        bestCount = commonCount;
      }
    };
    consider(word);
    for (let i = 0; i < word.length; i++) consider(without(word, i));
    if (best !== null) corrections.set(word, best);
  }
  return corrections;
}
