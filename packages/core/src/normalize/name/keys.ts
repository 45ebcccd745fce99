import type { NameToken } from './types.ts';

/**
 * Blocking keys of one token: its skeleton, and the skeleton without its last consonant so that
 * a typo at the end of a name still meets the correct spelling. Tokens that are EQUIVALENT share
 * the skeleton by construction.
 */
export function nameTokenKeys(token: NameToken): string[] {
  const skeleton = token.skeleton || token.canonical;
  if (skeleton.length < 3) return [skeleton];
  return [skeleton, `${skeleton.slice(0, -1)}~`];
}

/**
 * The skeleton and every form of it with one consonant deleted (as in symmetric-delete spelling
 * correction): two spellings one typo apart share at least one of these keys. Used for the given
 * name, combined with another field so the blocks stay small.
 */
export function nameTokenTypoKeys(token: NameToken): string[] {
  const skeleton = token.skeleton || token.canonical;
  if (skeleton.length < 3) return [skeleton];
  const keys = new Set([skeleton]);
  for (let i = 0; i < skeleton.length; i++) keys.add(`${skeleton.slice(0, i)}${skeleton.slice(i + 1)}~`);
  return [...keys];
}
