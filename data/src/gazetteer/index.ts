export { GAZETTEER, type GazetteerEntry, type PlaceLevel } from './gazetteer.ts';
