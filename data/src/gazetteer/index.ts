export { GAZETTEER, isHandMadePlace, type GazetteerEntry, type PlaceLevel } from './gazetteer.ts';
