/**
 * Arabic script to Latin. Unvocalised Arabic writes no short vowels, so letter-by-letter
 * transliteration gives only a consonant frame (محمد → "mhmd"); the most common names are
 * therefore read from a table of their usual Latin spellings first.
 */

/** Usual Latin spelling of common names, keyed by their Arabic spelling without diacritics. */
const COMMON_NAMES: Readonly<Record<string, string>> = {
  محمد: 'muhammad', احمد: 'ahmad', محمود: 'mahmud', ابكر: 'abakar', ابوبكر: 'abubakar', بكر: 'bakr',
  عبدالله: 'abdallah', عبدالرحمن: 'abdelrahman', عبدالكريم: 'abdelkarim', عبدالرحيم: 'abdelrahim',
  عبدالعزيز: 'abdelaziz', عبدالقادر: 'abdelkader', عبدالمجيد: 'abdelmajid', عبدالرازق: 'abderazik',
  فاطمة: 'fatima', فاطمه: 'fatima', خديجة: 'khadija', خديجه: 'khadija', عائشة: 'aisha', عايشة: 'aisha',
  عائشه: 'aisha', زينب: 'zainab', مريم: 'maryam', يوسف: 'yusuf', عيسى: 'issa', عيسي: 'issa',
  اسحاق: 'ishaq', هارون: 'harun', جبريل: 'jibril', ابراهيم: 'ibrahim', ادم: 'adam', حواء: 'hawa',
  حوا: 'hawa', حسن: 'hassan', حسين: 'hussein', علي: 'ali', عمر: 'umar', عثمان: 'uthman', صالح: 'salih',
  موسى: 'musa', موسي: 'musa', اسماعيل: 'ismail', يعقوب: 'yaqub', امينة: 'amina', امينه: 'amina',
  حليمة: 'halima', حليمه: 'halima', ادريس: 'idris', يحيى: 'yahya', يحيي: 'yahya', سليمان: 'sulaiman',
  داود: 'dawud', مصطفى: 'mustafa', خالد: 'khalid', نور: 'nur', رحمة: 'rahma', سعاد: 'suad', زهرة: 'zahra',
  اسماء: 'asma', سلمى: 'salma', جمعة: 'juma', بشير: 'bashir', نصر: 'nasr', حامد: 'hamid', طه: 'taha',
  ياسين: 'yasin', الطاهر: 'altahir', النور: 'alnur', الصادق: 'alsadiq', صلاح: 'salah', سعيد: 'said',
  رشيد: 'rashid', كلثوم: 'kaltum', سارة: 'sara', نفيسة: 'nafisa', مكة: 'makka', هاجر: 'hajar',
  منى: 'muna', الله: 'allah', ام: 'umm', بن: 'bin', ابن: 'ibn', ابو: 'abu', عبد: 'abd', ال: 'al', ولد: 'ould',
  دارفور: 'darfur', الجنينة: 'aljunaynah', الفاشر: 'alfashir', نيالا: 'nyala', تشاد: 'tchad',
  السودان: 'alsudan', ادري: 'adre', ابشة: 'abeche', زالنجي: 'zalingei', كتم: 'kutum', طويلة: 'tawila',
};

/** Letter-by-letter values. Long vowels and consonantal waw/ya are resolved by position. */
const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's',
  ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm',
  ن: 'n', ه: 'h', ة: 'a', ى: 'a', ء: '', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g', ی: 'i', ک: 'k',
};

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const ARABIC_WORD = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+/gu;

export const hasArabicScript = (text: string): boolean => ARABIC_LETTER.test(text);

/** Removes diacritics and unifies letter variants (hamza carriers, alif maqsura) before lookup. */
function simplifyArabic(word: string): string {
  return word
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ي');
}

function transliterateLetters(word: string): string {
  let out = '';
  const chars = [...word];
  chars.forEach((ch, i) => {
    // A word-initial ʿayn is written as the vowel it carries, most often a (ʿAbbās → Abbas).
    if (ch === 'ع' && i === 0) out += 'a';
    else if (ch === 'و') out += i === 0 ? 'w' : 'u';
    else if (ch === 'ي') out += i === 0 ? 'y' : 'i';
    else out += LETTERS[ch] ?? '';
  });
  return out;
}

/** Transliterates one Arabic-script word, reading a following "ال" article as a prefix. */
function transliterateWord(word: string): string {
  const simple = simplifyArabic(word);
  const known = COMMON_NAMES[simple];
  if (known) return known;
  for (const prefix of ['عبد', 'ابو', 'ال']) {
    if (simple.startsWith(prefix) && simple.length > prefix.length + 1) {
      const rest = COMMON_NAMES[simple.slice(prefix.length)] ?? transliterateLetters(simple.slice(prefix.length));
      return `${COMMON_NAMES[prefix]} ${rest}`;
    }
  }
  return transliterateLetters(simple);
}

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90 % 16));
}

/** Replaces every run of Arabic script in `text` by its Latin transliteration. */
export function transliterateArabic(text: string): string {
  return asciiDigits(text).replace(ARABIC_WORD, (word) => ` ${transliterateWord(word)} `);
}
