/** @retrace/data — reference data (gazetteer) and the synthetic caseload generator. */
export * from './gazetteer/index.ts';
