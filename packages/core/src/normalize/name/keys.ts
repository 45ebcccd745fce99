import type { NameToken } from './types.ts';

/**
 * Blocking keys of one token: its skeleton, and the skeleton without its last consonant so that
 * a typo at the end of a name still meets the correct spelling. Tokens that are EQUIVALENT share
 * the skeleton by construction.
 */
export function nameTokenKeys(token: NameToken): string[] {
  const keys = skeletonKeys(token.skeleton || token.canonical);
  if (token.variant === null && token.shortFor === null) return keys;
  // The other rendering has a skeleton of its own (Uthman tmn, Osman smn; Khadija hdj, Kadija kdj),
  // and a short form meets its full names (Fanta: Fatoumata's keys).
  const all = new Set(keys);
  if (token.variant) for (const key of skeletonKeys(token.variant.skeleton || token.variant.canonical)) all.add(key);
  if (token.shortFor) for (const full of token.shortFor) for (const key of skeletonKeys(full)) all.add(key);
  return [...all];
}

function skeletonKeys(skeleton: string): string[] {
  if (skeleton.length < 3) return [skeleton];
  return [skeleton, `${skeleton.slice(0, -1)}~`];
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
  if (skeleton.length < 2) return withOtherForms(token, [skeleton]);
  const keys = new Set([skeleton, `${skeleton}~`]);
  if (skeleton.length >= 3) for (let i = 0; i < skeleton.length; i++) keys.add(`${skeleton.slice(0, i)}${skeleton.slice(i + 1)}~`);
  return withOtherForms(token, [...keys]);
}

/** The keys plus the other rendering's and the full names' skeletons (not their typo forms: few keys). */
function withOtherForms(token: NameToken, keys: string[]): string[] {
  if (token.variant === null && token.shortFor === null) return keys;
  const all = new Set(keys);
  if (token.variant) all.add(token.variant.skeleton || token.variant.canonical);
  if (token.shortFor) for (const full of token.shortFor) all.add(full);
  return [...all];
}
