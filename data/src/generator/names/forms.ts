/**
 * One name as agencies really write it: French-style spellings (Chadian registrations),
 * English-style spellings (Sudanese and international NGO forms) and the Arabic script.
 */
export interface NameForms {
  readonly fr: readonly string[];
  readonly en: readonly string[];
  readonly ar?: string;
}

/** Reads a list, one name per line: French-style variants | English-style variants | Arabic script (optional). */
export function parse(lines: string): NameForms[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [fr, en, ar] = line.split('|').map((part) => part.trim());
      return { fr: fr!.split(','), en: (en || fr!).split(','), ...(ar ? { ar } : {}) };
    });
}
