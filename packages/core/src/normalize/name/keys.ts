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
