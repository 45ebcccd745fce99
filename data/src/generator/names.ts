/**
 * The generator's own name lists, independent of the matcher (one file per naming culture in
 * names/). Order is frequency order: the first names of a list are carried by a large share of
 * people (Zipf-like draw), and a long tail of rarer names follows.
 */
export { parse, type NameForms } from './names/forms.ts';
export { SAHEL_ARABIC_MALE, SAHEL_ARABIC_FEMALE } from './names/sahel.ts';
export { MALI_MALE, MALI_FEMALE, MALI_FAMILY } from './names/mali.ts';
export { ITURI_GIVEN_MALE, ITURI_GIVEN_FEMALE, ITURI_FAMILY } from './names/ituri.ts';
export { TUNISIA_MALE, TUNISIA_FEMALE, TUNISIA_FAMILY } from './names/tunisia.ts';

/** Short forms people use for a name (nicknames, hypocoristics), keyed by the first French form. */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  Mahamat: ['Hamat', 'Mht'],
  Abakar: ['Bakar'],
  Abdelkerim: ['Kerim'],
  Abdallah: ['Abdou'],
  Abderamane: ['Abdé'],
  Fatimé: ['Fatna', 'Fati'],
  Khadidja: ['Dja', 'Hadidja'],
  Zenaba: ['Zeina'],
  'Jean-Pierre': ['JP', 'Pierre'],
  Dieudonné: ['Dido'],
  Fatoumata: ['Fanta', 'Toumata'],
  Mamadou: ['Madou'],
  Aminata: ['Mina'],
  Boubacar: ['Bouba'],
};
