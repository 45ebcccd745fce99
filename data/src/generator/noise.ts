import type { Random } from './random.ts';

/**
 * How often each kind of writing error happens, per record or per name token. The defaults are
 * judgement calls from how registration and tracing forms are filled in the field (see
 * data/GENERATOR.md); "hard" roughly doubles them.
 */
export interface NoiseProfile {
  /** A typo in one name token (deleted, doubled, swapped, wrong or neighbouring key). */
  readonly typo: number;
  /** The grandfather's name (third name of a chain) is left out. */
  readonly dropThirdName: number;
  /** The family name is written first, in capitals. */
  readonly familyNameFirst: number;
  /** A request is written in Arabic script (where the culture uses it). */
  readonly arabicScript: number;
  /** The writer uses a spelling habit other than their agency's. */
  readonly otherHabit: number;
  /** A nickname is written instead of the given name. */
  readonly nickname: number;
  /** Given name and father's name are written in swapped order (no capitals to tell). */
  readonly swappedOrder: number;
  /** An age estimate is off by a year / by two years. */
  readonly ageOffByOne: number;
  readonly ageOffByTwo: number;
  /** A full date is written with day and month swapped. */
  readonly dayMonthSwap: number;
  /** A date of birth is off by a year (wrong year written). */
  readonly wrongBirthYear: number;
  /** Sex recorded wrongly. */
  readonly wrongSex: number;
  /** A place is not the family's (another place of the area is written). */
  readonly wrongPlace: number;
  /** Each optional field (mother, father, places, dates) is left empty. */
  readonly missingField: number;
}

export const NOISE_PROFILES: Readonly<Record<'easy' | 'default' | 'hard', NoiseProfile>> = {
  easy: {
    typo: 0.02, dropThirdName: 0.25, familyNameFirst: 0.08, arabicScript: 0.03, otherHabit: 0.08, nickname: 0.02,
    swappedOrder: 0.01, ageOffByOne: 0.15, ageOffByTwo: 0.03, dayMonthSwap: 0.03, wrongBirthYear: 0.03,
    wrongSex: 0.005, wrongPlace: 0.02, missingField: 0.15,
  },
  default: {
    typo: 0.05, dropThirdName: 0.35, familyNameFirst: 0.15, arabicScript: 0.08, otherHabit: 0.15, nickname: 0.04,
    swappedOrder: 0.03, ageOffByOne: 0.3, ageOffByTwo: 0.08, dayMonthSwap: 0.08, wrongBirthYear: 0.06,
    wrongSex: 0.01, wrongPlace: 0.05, missingField: 0.25,
  },
  hard: {
    typo: 0.1, dropThirdName: 0.5, familyNameFirst: 0.25, arabicScript: 0.15, otherHabit: 0.3, nickname: 0.08,
    swappedOrder: 0.06, ageOffByOne: 0.4, ageOffByTwo: 0.15, dayMonthSwap: 0.15, wrongBirthYear: 0.12,
    wrongSex: 0.02, wrongPlace: 0.1, missingField: 0.4,
  },
};

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'qszw', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'zrdsw', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', i: 'ujko', j: 'huikmn',
  k: 'jiolm', l: 'kopm', m: 'njkl', n: 'bhjm', o: 'iklp', p: 'olm', q: 'wasz', r: 'edft', s: 'awedxz', t: 'rfgy',
  u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc', y: 'tghu', z: 'asxe',
};

/** One human typing error in a word (letters only; short words are left alone). */
export function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const i = random.int(1, word.length - 2);
  const ch = word[i]!;
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + ch + word.slice(i);
    case 2:
      return word.slice(0, i - 1) + ch + word[i - 1] + word.slice(i + 1);
    default: {
      const lower = ch.toLowerCase();
      const near = KEYBOARD_NEIGHBOURS[lower];
      if (!near) return word;
      const replacement = near[random.int(0, near.length - 1)]!;
      return word.slice(0, i) + (ch === lower ? replacement : replacement.toUpperCase()) + word.slice(i + 1);
    }
  }
}
