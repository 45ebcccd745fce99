export * from './types.ts';
export { parseDate, MIN_YEAR, MAX_YEAR } from './parse-date.ts';
export { parseAge, readAge, MAX_CHILD_AGE, type ParsedAge } from './parse-age.ts';
export { birthEvidence, type BirthEvidence, type BirthFields } from './birth-evidence.ts';
export { dayNumber, isoDate, shiftBack } from './day.ts';
