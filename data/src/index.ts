/** @retrace/data — reference data (gazetteer, short forms of names, family names) and the synthetic caseload generator. */
export * from './gazetteer/index.ts';
export { SHORT_FORMS } from './names/short-forms.ts';
export { FAMILY_NAMES } from './names/family-names.ts';
