export * from './types.ts';
export { parsePlace } from './parse-place.ts';
export { placeKeys } from './keys.ts';
export { placeToken, lookupPlace, placeLevel } from './gazetteer-index.ts';
