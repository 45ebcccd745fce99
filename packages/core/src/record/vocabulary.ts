import type { RecordKind, Relationship, Sex } from './schema.ts';

/** Accent- and case-free lookup key for the coded values agencies write. */
export const codeKey = (value: string): string =>
  value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_.-]+/g, ' ').trim();

/** The ways sex is written in French, English and Arabic exports. */
export const SEX_WORDS: Readonly<Record<string, Sex>> = {
  m: 'm', male: 'm', masculin: 'm', masc: 'm', homme: 'm', h: 'm', garcon: 'm', g: 'm', boy: 'm', man: 'm', ذكر: 'm', ولد: 'm', صبي: 'm', 'm.': 'm',
  f: 'f', female: 'f', feminin: 'f', fem: 'f', femme: 'f', fille: 'f', girl: 'f', woman: 'f', انثى: 'f', أنثى: 'f', بنت: 'f', فتاة: 'f',
};

export const RELATIONSHIP_WORDS: Readonly<Record<string, Relationship>> = {
  father: 'father', pere: 'father', papa: 'father', dad: 'father', ab: 'father', اب: 'father', أب: 'father', والد: 'father', ابو: 'father', أبو: 'father',
  mother: 'mother', mere: 'mother', maman: 'mother', mum: 'mother', mom: 'mother', ام: 'mother', أم: 'mother', والدة: 'mother',
  sibling: 'sibling', brother: 'sibling', sister: 'sibling', frere: 'sibling', soeur: 'sibling', 'sœur': 'sibling',
  'grand frere': 'sibling', 'grande soeur': 'sibling', 'petit frere': 'sibling', 'petite soeur': 'sibling',
  'demi frere': 'sibling', 'demi soeur': 'sibling', 'half brother': 'sibling', 'half sister': 'sibling', اخ: 'sibling', اخت: 'sibling', أخ: 'sibling', أخت: 'sibling',
  grandparent: 'grandparent', grandfather: 'grandparent', grandmother: 'grandparent', 'grand pere': 'grandparent', جد: 'grandparent', جدة: 'grandparent',
  'grand mere': 'grandparent', 'grand parent': 'grandparent', grandpere: 'grandparent', grandmere: 'grandparent',
  uncle: 'uncle', oncle: 'uncle', tonton: 'uncle', عم: 'uncle', خال: 'uncle',
  aunt: 'aunt', tante: 'aunt', tata: 'aunt', tantine: 'aunt', عمة: 'aunt', خالة: 'aunt',
  other: 'other', autre: 'other', cousin: 'other', cousine: 'other', neighbour: 'other', neighbor: 'other', voisin: 'other', voisine: 'other',
  'beau pere': 'other', 'belle mere': 'other', stepfather: 'other', stepmother: 'other', tuteur: 'other', tutrice: 'other', guardian: 'other',
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
