import * as names from './names.ts';
import type { NameForms } from './names.ts';
import * as places from './places.ts';
import type { PlaceForms } from './places.ts';
import { ZipfList } from './random.ts';

/** How a culture builds a person's name. */
export interface Culture {
  readonly id: string;
  /** 'chain': given + father's given + grandfather's given. 'family': given + inherited family name. */
  readonly naming: 'chain' | 'family';
  readonly male: ZipfList<NameForms>;
  readonly female: ZipfList<NameForms>;
  readonly family?: ZipfList<NameForms>;
  /** Share of children whose family name is not the father's (Ituri). */
  readonly ownFamilyName?: number;
  /** Whether requests may be written in Arabic script. */
  readonly arabicScript: boolean;
}

export const CULTURES = {
  sahelArabic: {
    id: 'sahel-arabic', naming: 'chain', arabicScript: true,
    male: new ZipfList(names.SAHEL_ARABIC_MALE, 1.05), female: new ZipfList(names.SAHEL_ARABIC_FEMALE, 1.05),
  },
  mali: {
    id: 'mali', naming: 'family', arabicScript: false,
    male: new ZipfList(names.MALI_MALE, 0.9), female: new ZipfList(names.MALI_FEMALE, 0.9), family: new ZipfList(names.MALI_FAMILY, 0.9),
  },
  ituri: {
    id: 'ituri', naming: 'family', arabicScript: false, ownFamilyName: 0.4,
    male: new ZipfList(names.ITURI_GIVEN_MALE, 0.8), female: new ZipfList(names.ITURI_GIVEN_FEMALE, 0.8), family: new ZipfList(names.ITURI_FAMILY, 0.7),
  },
  tunisia: {
    id: 'tunisia', naming: 'family', arabicScript: true,
    male: new ZipfList(names.TUNISIA_MALE, 1), female: new ZipfList(names.TUNISIA_FEMALE, 1), family: new ZipfList(names.TUNISIA_FAMILY, 0.8),
  },
} satisfies Record<string, Culture>;

/** The habits of the agency that writes a file: spelling style and date format. */
export interface AgencyHabits {
  readonly code: string;
  readonly style: 'fr' | 'en';
  readonly dateFormat: 'dmy' | 'iso';
  /**
   * Share of its records kept in a database that wants a full date of birth: a year, or an age,
   * is written as 1 January of that year (as UNHCR's registration does, and the case files that
   * copy its dates).
   */
  readonly newYearForUnknownDay?: number;
}

/** One humanitarian operation: who lives there, where they come from, who registers. */
export interface Operation {
  readonly code: string;
  readonly weight: number;
  readonly cultures: readonly { culture: Culture; weight: number }[];
  readonly origins: readonly PlaceForms[];
  readonly separation: readonly PlaceForms[];
  /** Separation dates are drawn between these ISO months. */
  readonly separatedFrom: string;
  readonly separatedTo: string;
  readonly childAgency: AgencyHabits;
  readonly requestAgency: AgencyHabits;
}

export const OPERATIONS: readonly Operation[] = [
  {
    code: 'TCD', weight: 0.55, cultures: [{ culture: CULTURES.sahelArabic, weight: 1 }],
    origins: places.DARFUR_ORIGINS, separation: places.CHAD_SEPARATION, separatedFrom: '2023-04', separatedTo: '2025-03',
    childAgency: { code: 'SC', style: 'fr', dateFormat: 'dmy', newYearForUnknownDay: 0.4 }, requestAgency: { code: 'IRC', style: 'en', dateFormat: 'iso' },
  },
  {
    code: 'COD', weight: 0.2, cultures: [{ culture: CULTURES.ituri, weight: 1 }],
    origins: places.ITURI_PLACES, separation: places.ITURI_PLACES, separatedFrom: '2022-01', separatedTo: '2025-03',
    childAgency: { code: 'PLAN', style: 'fr', dateFormat: 'dmy' }, requestAgency: { code: 'CRC', style: 'fr', dateFormat: 'dmy' },
  },
  {
    code: 'MLI', weight: 0.15, cultures: [{ culture: CULTURES.mali, weight: 1 }],
    origins: places.MOPTI_PLACES, separation: places.MOPTI_PLACES, separatedFrom: '2021-06', separatedTo: '2025-03',
    childAgency: { code: 'INTERSOS', style: 'fr', dateFormat: 'dmy' }, requestAgency: { code: 'UNICEF', style: 'en', dateFormat: 'iso' },
  },
  {
    code: 'TUN', weight: 0.1,
    cultures: [{ culture: CULTURES.sahelArabic, weight: 0.5 }, { culture: CULTURES.mali, weight: 0.2 }, { culture: CULTURES.tunisia, weight: 0.3 }],
    origins: [...places.DARFUR_ORIGINS.slice(0, 8), ...places.MOPTI_PLACES.slice(0, 4), ...places.TUNISIA_PLACES],
    separation: places.TUNISIA_PLACES, separatedFrom: '2023-01', separatedTo: '2025-03',
    childAgency: { code: 'TDH', style: 'fr', dateFormat: 'dmy', newYearForUnknownDay: 0.3 }, requestAgency: { code: 'IFRC', style: 'en', dateFormat: 'iso' },
  },
];
