export * from './types.ts';
export { romanize } from './romanize.ts';
export { hasArabicScript, transliterateArabic, asciiDigits } from './arabic.ts';
export { canonicalSpelling, skeletonOf, vowelShape } from './skeleton.ts';
export { parseName, nameToken } from './parse-name.ts';
export { boundedEditDistance, compareNameTokens, consonantSlipOnly, editDistance, gradeNameTokens, surelyDifferent } from './compare-tokens.ts';
export { nameTokenKeys, nameTokenTypoKeys } from './keys.ts';
