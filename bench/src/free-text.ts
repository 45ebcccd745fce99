import type { GeneratedRecord } from '@retrace/data/generator';

/**
 * A requests file as a form's free-text fields and a spreadsheet hold it, for a robustness row of
 * the accuracy benchmark: dates of birth with French month names or two-digit years, ages in words
 * or with the unit glued on, and blanks written out ("Inconnu", "N/A", "-"). The values mean the
 * same as before, so a matcher that reads them loses nothing; one that does not loses the fields.
 * Deterministic: the n-th record is rewritten the same way on every run.
 */
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const NOMBRES = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const BLANKS = ['Inconnu', 'N/A', '-'];
const WRITTEN_OUT = ['date_of_birth', 'father_name', 'mother_name', 'place_of_origin'] as const;

function dateAsTyped(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return `${+m[3]!} ${MOIS[+m[2]! - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MOIS[+m[2]! - 1]} ${m[1]}`;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) return `${m[1]}/${m[2]}/${m[3]!.slice(2)}`;
  return value;
}

function ageAsTyped(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})$/.exec(value)) && +m[1]! < NOMBRES.length) return `${NOMBRES[+m[1]!]} ans`;
  if ((m = /^~(\d{1,2})$/.exec(value))) return `${m[1]}ans environ`;
  return value;
}

export function asFreeText(record: GeneratedRecord, n: number): GeneratedRecord {
  const out: Record<string, string> = { ...record };
  if (out.date_of_birth) out.date_of_birth = dateAsTyped(out.date_of_birth);
  if (out.age) out.age = ageAsTyped(out.age);
  for (const field of WRITTEN_OUT) if (!out[field]) out[field] = BLANKS[n % BLANKS.length]!;
  return out;
}
