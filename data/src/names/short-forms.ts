/**
 * Short forms of given names (hypocoristics, pet names and initials) as children and families in
 * the operations' regions use them, and as a caseworker writes down the name a child gives. No
 * spelling rule turns Fatoumata into Fanta or Khadidja into Dja, so they are listed. Compiled from
 * common usage in Chad and Sudan (Arabic names), Mali and the Sahel (Mande and Fulani forms of
 * Arabic names), Ituri (French Christian names) and Tunisia; kept separate from the caseload
 * generator's own list, which the matcher never reads.
 *
 * Each entry: a full name in one usual spelling (other transliterations meet it through the
 * name rules) and its short forms as written. A short form is weaker evidence than the name
 * itself: the matcher grades a pair found here as CLOSE, never EQUIVALENT.
 */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  // Arabic names as written in Chad and Sudan.
  Mahamat: ['Hamat', 'Hamada', 'Hamouda', 'Mamat'],
  Ahmat: ['Hamat'],
  Abakar: ['Bakar', 'Bakary'],
  Abdelkerim: ['Kerim', 'Karim'],
  Abdallah: ['Abdou', 'Dallah'],
  Abdoulaye: ['Abdou', 'Laye', 'Layé'],
  Abderamane: ['Abdé', 'Abdou', 'Rahmane'],
  Abdelaziz: ['Aziz', 'Abdou'],
  Abdelkader: ['Kader', 'Abdou'],
  Abdelrazig: ['Razig'],
  Abdelmadjid: ['Madjid'],
  Abdelsalam: ['Salam'],
  Ibrahim: ['Iba', 'Brahim'],
  Souleymane: ['Souley', 'Solo'],
  Ismaïl: ['Smaïl'],
  Youssouf: ['Youss'],
  Zakaria: ['Zak', 'Zaki'],
  Fatimé: ['Fati', 'Fatna', 'Fatou', 'Fatim', 'Fatma'],
  Fatouma: ['Fatou', 'Touma'],
  Khadidja: ['Dja', 'Khadi', 'Kadi', 'Didja', 'Khaddouja'],
  Zenaba: ['Zeina', 'Zena', 'Nabou'],
  Aïcha: ['Aichatou', 'Aïssa'],
  Halimé: ['Lima', 'Halim'],
  Mariam: ['Mamie', 'Mariama'],
  Kaltouma: ['Kaltou', 'Touma'],
  Amina: ['Mina', 'Ami'],
  Hadjé: ['Hadja'],
  // Mande and Fulani forms (Mali, the Sahel).
  Fatoumata: ['Fanta', 'Fatou', 'Toumata', 'Tata'],
  Aminata: ['Mina', 'Ami', 'Aminta'],
  Mamadou: ['Madou', 'Mady', 'Mamad'],
  // The fuller Mahamadou: its skeleton keeps the h that Mamadou's contraction drops.
  Mahamadou: ['Madou', 'Mady', 'Mamad'],
  Boubacar: ['Bouba', 'Bakary'],
  Hamadoun: ['Hama'],
  Oumou: ['Oum'],
  Kadiatou: ['Kadi', 'Diatou'],
  Mariétou: ['Mariam'],
  Moussa: ['Moussou'],
  // French Christian names (Ituri, Tunisia).
  'Jean-Pierre': ['JP', 'Pierre'],
  'Jean-Baptiste': ['JB', 'Baptiste'],
  'Jean-Claude': ['JC', 'Claude'],
  'Jean-Paul': ['Paul'],
  'Marie-Claire': ['Claire'],
  Dieudonné: ['Dido', 'Dieudo'],
  Emmanuel: ['Manu'],
  Emmanuella: ['Manuella', 'Manu'],
  Joseph: ['Jojo', 'José'],
  Joséphine: ['Jojo', 'Fifi'],
  Christophe: ['Chris'],
  Christian: ['Chris'],
  Alexandre: ['Alex'],
  Nathalie: ['Nath'],
  Bienvenu: ['Bibi'],
  Espérance: ['Espé'],
  // Tunisian forms.
  Mohamed: ['Hamadi', 'Hamma', 'Hammouda', 'Midou'],
  Fatma: ['Fattouma', 'Fatouma'],
  Abdelhamid: ['Hamid'],
};
