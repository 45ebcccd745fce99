import type { RecordKind, Relationship, Sex } from './schema.ts';

/** Accent- and case-free lookup key for the coded values agencies write. */
export const codeKey = (value: string): string =>
  value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_.-]+/g, ' ').trim();

/** The ways sex is written in French, English and Arabic exports. */
export const SEX_WORDS: Readonly<Record<string, Sex>> = {
  m: 'm', male: 'm', masculin: 'm', homme: 'm', h: 'm', garcon: 'm', boy: 'm', man: 'm', ذكر: 'm', 'm.': 'm',
  f: 'f', female: 'f', feminin: 'f', femme: 'f', fille: 'f', girl: 'f', woman: 'f', انثى: 'f', أنثى: 'f',
};

export const RELATIONSHIP_WORDS: Readonly<Record<string, Relationship>> = {
  father: 'father', pere: 'father', papa: 'father', dad: 'father', ab: 'father', اب: 'father', أب: 'father',
  mother: 'mother', mere: 'mother', maman: 'mother', mum: 'mother', mom: 'mother', ام: 'mother', أم: 'mother',
  sibling: 'sibling', brother: 'sibling', sister: 'sibling', frere: 'sibling', soeur: 'sibling', 'sœur': 'sibling',
  'grand frere': 'sibling', 'grande soeur': 'sibling', اخ: 'sibling', اخت: 'sibling',
  grandparent: 'grandparent', grandfather: 'grandparent', grandmother: 'grandparent', 'grand pere': 'grandparent',
  'grand mere': 'grandparent', 'grand parent': 'grandparent', grandpere: 'grandparent', grandmere: 'grandparent',
  uncle: 'uncle', oncle: 'uncle', عم: 'uncle', خال: 'uncle',
  aunt: 'aunt', tante: 'aunt', عمة: 'aunt', خالة: 'aunt',
  other: 'other', autre: 'other', cousin: 'other', cousine: 'other', neighbour: 'other', neighbor: 'other', voisin: 'other',
};

export const KIND_WORDS: Readonly<Record<string, RecordKind>> = {
  child: 'child', enfant: 'child', case: 'child', uasc: 'child', registration: 'child',
  request: 'request', demande: 'request', 'tracing request': 'request', 'demande de recherche': 'request', tracing: 'request',
};
