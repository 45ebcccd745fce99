import { dayNumber, daysInMonth, shiftMonths } from './day.ts';
import type { DayInterval, ParsedDate } from './types.ts';

/**
 * Dates as people type them into a form's free-text field or a spreadsheet, rather than as a
 * date picker writes them: month names in French, English or Arabic ("12 mars 2015",
 * "15-Mar-2019", "March 2015", "مارس 2015"), a part of a year ("fin 2015", "early 2016") and
 * an approximate year ("vers 2015", "~2015", "2015?"). The numeric forms stay with parseDate.
 */

/** Lowercase, accents, hamzas and dots removed, separators to single spaces. */
function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\d)(er|st|nd|rd|th)\b/g, '$1')
    .replace(/[,.\-/_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Month names and their usual abbreviations, accents removed, lowercase. */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['janvier', 'janv', 'jan', 'january', 'يناير', 'جانفي', 'كانون الثاني'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb', 'فبراير', 'فيفري', 'شباط'],
  ['mars', 'march', 'mar', 'مارس', 'آذار'],
  ['avril', 'avr', 'april', 'apr', 'أبريل', 'ابريل', 'أفريل', 'نيسان'],
  ['mai', 'may', 'مايو', 'ماي', 'أيار'],
  ['juin', 'june', 'jun', 'يونيو', 'جوان', 'حزيران'],
  ['juillet', 'juil', 'july', 'jul', 'يوليو', 'جويلية', 'تموز'],
  ['aout', 'august', 'aug', 'أغسطس', 'اغسطس', 'أوت', 'آب'],
  ['septembre', 'sept', 'september', 'sep', 'سبتمبر', 'أيلول'],
  ['octobre', 'oct', 'october', 'أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['novembre', 'nov', 'november', 'نوفمبر', 'تشرين الثاني'],
  ['decembre', 'dec', 'december', 'ديسمبر', 'كانون الأول'],
];
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [simplify(name), i + 1] as const)));
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const MONTH_YEAR = new RegExp(`^${MONTH} (\\d{4})$`);
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4}|\\d{2})$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH} (\\d{1,2}) (\\d{4})$`);
const YEAR_MONTH_DAY = new RegExp(`^(\\d{4}) ${MONTH}(?: (\\d{1,2}))?$`);

/** Words before a year that say it is a guess, and written guesses after it. */
const ABOUT = /^(?:~|≈|\+\/-|±|(?:ca|circa|about|around|approx(?:imately)?|environ|env|vers|autour de|probablement|peut[- ]etre)\b\.?|حوالي|تقريبا)\s*/;
const GUESSED = /\s*(?:\?+|\(?\s*(?:approx(?:imatif|imate)?|estime|estimated|environ|env)\s*\)?)$/;

/** Parts of a year: months from and to. */
const PARTS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^(?:au debut de|debut de|debut|early|beginning of|start of|بداية)\s+/, 1, 6],
  [/^(?:au milieu de|milieu de|milieu|mi|mid|middle of|منتصف)\s+/, 4, 9],
  [/^(?:a la fin de|fin de|fin|late|end of|اواخر|نهاية)\s+/, 7, 12],
];

/** A two-digit year of a child's record: 00–50 is this century, 51–99 the last. */
export const fullYear = (year: number, digits: number): number => (digits > 2 ? year : year <= 50 ? 2000 + year : 1900 + year);

const monthSpan = (year: number, from: number, to: number): DayInterval => ({ from: dayNumber(year, from, 1), to: dayNumber(year, to, daysInMonth(year, to)) });

/** A date with a month name, or null. Impossible days are left to the caller's numeric rules. */
function withMonthName(text: string): ParsedDate | null {
  let m: RegExpExecArray | null;
  const year = (digits: string) => fullYear(+digits, digits.length);
  const day = (y: number, month: number, d: number): ParsedDate | null =>
    d >= 1 && d <= daysInMonth(y, month) ? { interval: { from: dayNumber(y, month, d), to: dayNumber(y, month, d) }, precision: 'day' } : null;
  if ((m = MONTH_YEAR.exec(text))) return { interval: monthSpan(+m[2]!, MONTHS.get(m[1]!)!, MONTHS.get(m[1]!)!), precision: 'month' };
  if ((m = DAY_MONTH_YEAR.exec(text))) return day(year(m[3]!), MONTHS.get(m[2]!)!, +m[1]!);
  if ((m = MONTH_DAY_YEAR.exec(text))) return day(+m[3]!, MONTHS.get(m[1]!)!, +m[2]!);
  if ((m = YEAR_MONTH_DAY.exec(text))) {
    const month = MONTHS.get(m[2]!)!;
    return m[3] ? day(+m[1]!, month, +m[3]) : { interval: monthSpan(+m[1]!, month, month), precision: 'month' };
  }
  return null;
}

/** A guess widens what was written: a year by a year on each side, a month by two, a day by a fortnight. */
function widened(date: ParsedDate): ParsedDate {
  const { from, to } = date.interval;
  if (date.precision === 'day') return { interval: { from: from - 15, to: to + 15 }, precision: 'day' };
  const months = date.precision === 'year' ? 12 : 2;
  const end = shiftMonths(to + 1, months) - 1;
  return { interval: { from: shiftMonths(from, -months), to: end }, precision: date.precision };
}

/**
 * Reads a written date (see the module comment); `numeric` reads what is left once the words
 * are understood ("vers 12/03/2015"). Null when the text is not such a date.
 */
export function readWrittenDate(input: string, numeric: (text: string) => ParsedDate | null): ParsedDate | null {
  // Guesses are read before the separators go: what is left may be numeric ("vers 12/03/2015").
  const light = input.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const about = ABOUT.exec(light) ?? GUESSED.exec(light);
  if (about) {
    const rest = light.replace(about[0], '').trim();
    const inner = rest && rest !== light ? (numeric(rest) ?? readWrittenDate(rest, numeric)) : null;
    return inner ? widened(inner) : null;
  }
  const text = simplify(input);
  for (const [words, from, to] of PARTS) {
    const m = words.exec(text);
    const year = m && /^(\d{4})$/.exec(text.slice(m[0].length));
    if (year) return { interval: monthSpan(+year[1]!, from, to), precision: 'month' };
  }
  return withMonthName(text);
}
