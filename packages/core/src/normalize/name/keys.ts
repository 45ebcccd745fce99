import { nameToken } from './parse-name.ts';
import type { NameToken } from './types.ts';

/**
 * Blocking keys of one token: its skeleton, and the skeleton without its last consonant so that
 * a typo at the end of a name still meets the correct spelling. Tokens that are EQUIVALENT share
 * the skeleton by construction.
 */
export function nameTokenKeys(token: NameToken): string[] {
  const own = skeletonKeys(token.skeleton || token.canonical);
  const others = otherSkeletons(token);
  return others.length === 0 ? own : [...new Set([...own, ...others.flatMap(skeletonKeys)])];
}

function skeletonKeys(skeleton: string): string[] {
  if (skeleton.length < 3) return [skeleton];
  return [skeleton, `${skeleton.slice(0, -1)}~`];
}

/**
 * The skeletons a token also stands for, so that it meets them in blocking: its other rendering's
 * (Uthman tmn, Osman smn; Khadija hdj, Kadija kdj), for a short form its full names' (Fanta:
 * Fatoumata's), and without a silent first h (Hassan: sn, as Assane).
 */
function otherSkeletons(token: NameToken): string[] {
  const others: string[] = [];
  if (token.variant) others.push(token.variant.skeleton || token.variant.canonical);
  if (token.shortFor) others.push(...token.shortFor);
  const silent = withoutSilentH(token);
  if (silent !== null) others.push(silent);
  return others;
}

/**
 * The skeleton of a name written without its first h, when that h may be silent (Hawa / Awa,
 * Hadja / Adja, Hassan / Assane): the grading counts such a pair close, so blocking must let them
 * meet. Only an h written as h (Khadija's canonical spelling starts with the h of its kh).
 */
function withoutSilentH(token: NameToken): string | null {
  if (!token.silentH || token.text.charCodeAt(0) !== 104) return null;
  // Interned, as the other rendering is: derived once per spelling, not once per record.
  const rest = nameToken(token.text.slice(1));
  return rest.skeleton || rest.canonical;
}

/**
 * The skeleton and every form of it with one consonant deleted (as in symmetric-delete spelling
 * correction): two spellings one typo apart share at least one of these keys. The skeleton itself
 * is also a "deleted" form, so that a consonant dropped or added (Judith / Judih, Saadiya /
 * Saadia) meets the longer spelling's deletion. Used for the given name, combined with another
 * field so the blocks stay small.
 */
export function nameTokenTypoKeys(token: NameToken): string[] {
  const skeleton = token.skeleton || token.canonical;
  const keys = new Set(skeleton.length < 2 ? [skeleton] : [skeleton, `${skeleton}~`]);
  // A deletion that brings two equal consonants together closes them up, as skeletons do: Mahamadou
  // (mhmd) less its h meets Mamadou (md).
  if (skeleton.length >= 3) for (let i = 0; i < skeleton.length; i++) keys.add(`${closeUp(skeleton.slice(0, i) + skeleton.slice(i + 1))}~`);
  // The other skeletons themselves, not their typo forms: few keys.
  for (const other of otherSkeletons(token)) keys.add(other);
  return [...keys];
}

/** A consonant string with runs of one consonant written once, as in a skeleton. */
const closeUp = (consonants: string): string => consonants.replace(/(.)\1+/g, '$1');
