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
 * What forms and registers write for "not known" or "none", in French, English and Arabic, or a
 * value of only dashes, dots, question marks or x's. Read as a name, two records with a mother
 * "Inconnue" would agree on her; read as a date, it is an error where there is only a blank. Such
 * a value is a blank. One anchored pattern: most values fail on their first letter, cheaply.
 */
const UNKNOWN = new RegExp(
  '^\\s*(?:' +
    [
      'unknown', 'not known', 'unk', 'n\\s*/\\s*a', 'n\\.?\\s*a\\.?', 'none', 'nil', 'null', 'n\\.?\\s*d\\.?', 'ns', 'nsp',
      "don'?t know", 'inconnu[es]{0,2}', 'non connue?', 'pas connue?', 'ne sait pas', 'aucune?', 'n[eé]ant',
      'non renseign[eé]e?', 'non sp[eé]cifi[eé]e?', 'non pr[eé]cis[eé]e?', "pas d'?\\s*information", 'sans',
      '0{1,2}/0{1,2}/0{2,4}', '0000-00-00', 'غير معروفة?', 'مجهولة?', 'لا يوجد', 'لا [اأ]عرف', '[?.\\-_/x\\s]+',
    ].join('|') +
    ')\\s*$',
  'i',
);

/** The letters such a value can start with: any other first letter rules it out without the pattern. */
const FIRST = new Set([...'unipadsx0-?._/ \tUNIPADSXغمل']);

/** Whether a written value only says that the value is not known (see UNKNOWN). */
export const meansUnknown = (value: string): boolean => value.length > 0 && value.length <= 24 && FIRST.has(value[0]!) && UNKNOWN.test(value);
