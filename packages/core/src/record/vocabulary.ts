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

/**
 * What forms and registers write for "not known" or "none", in French, English and Arabic. Read
 * as a name, two records with a mother "Inconnue" would agree on her; read as a date, it is an
 * error where there is only a blank. Such a value is a blank.
 */
const UNKNOWN_WORDS = new Set(
  [
    'unknown', 'not known', 'unk', 'n/a', 'na', 'n a', 'none', 'nil', 'null', 'nd', 'n d', 'ns', 'nsp', 'dont know', "don't know",
    'inconnu', 'inconnue', 'inconnus', 'non connu', 'non connue', 'pas connu', 'pas connue', 'ne sait pas', 'aucun', 'aucune',
    'neant', 'non renseigne', 'non renseignee', 'non specifie', 'non precise', 'pas d information', 'sans',
    '00/00/0000', '0000-00-00',
    'غير معروف', 'غير معروفة', 'مجهول', 'مجهولة', 'لا يوجد', 'لا اعرف', 'لا أعرف',
  ].map((word) => codeKey(word)),
);

/** Whether a written value only says that the value is not known: UNKNOWN_WORDS, or only dashes, dots, question marks or x's. */
export const meansUnknown = (value: string): boolean => UNKNOWN_WORDS.has(codeKey(value)) || /^[\s?.\-_/x]+$/i.test(value);
