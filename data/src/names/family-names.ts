/**
 * Family names that are never given names, for the regions where a name is often written family
 * name first without capitals: the clan names (jamu) of Mali and its neighbours, shared by whole
 * lineages, and common Tunisian family names. Written first ("Diarra Jeneba", "Traoré Moussa"),
 * such a name is moved after the given names, as a name in capitals already is; left first, it
 * would be compared as the given name and make sisters agree on it. Congolese family names are
 * left out: they are not a closed set and many are given names too. Compiled from common usage;
 * kept apart from the caseload generator's own lists.
 */
export const FAMILY_NAMES: readonly string[] = [
  // Mande, Fulani, Soninke, Songhai and Dogon clan names (Mali, Burkina Faso, Guinea, Senegal, Niger).
  'Traoré', 'Coulibaly', 'Kulibali', 'Diarra', 'Jara', 'Diallo', 'Jallo', 'Keïta', 'Konaté', 'Koné', 'Sangaré', 'Touré',
  'Cissé', 'Sissé', 'Maïga', 'Dembélé', 'Sidibé', 'Sylla', 'Camara', 'Kamara', 'Kanté', 'Samaké', 'Guindo', 'Dicko',
  'Kassogué', 'Ongoïba', 'Togo', 'Barry', 'Sow', 'Bah', 'Kouyaté', 'Sissoko', 'Doumbia', 'Fofana', 'Tangara',
  'Bengaly', 'Dao', 'Goïta', 'Mariko', 'Ouattara', 'Sanogo', 'Berthé', 'Ballo', 'Tounkara', 'Diakité', 'Dramé',
  'Doucouré', 'Soumaré', 'Tall', 'Haïdara', 'Diabaté', 'Dagnoko', 'Sacko', 'Konta', 'Tamboura', 'Kéné', 'Niangaly',
  'Djiguiba', 'Poudiougo', 'Dolo', 'Témé', 'Karambé', 'Yalcouyé', 'Kodio', 'Diakité', 'Bagayoko', 'Sinayoko',
  'Samassékou', 'Sogoba', 'Dembelé', 'Magassa', 'Kané', 'Diawara', 'Diop', 'Ndiaye', 'Fall', 'Gueye', 'Seck',
  // Tunisian family names.
  'Trabelsi', 'Gharbi', 'Jebali', 'Hammami', 'Ayari', 'Mejri', 'Dridi', 'Sassi', 'Jlassi', 'Riahi', 'Zouari',
  'Chebbi', 'Mansouri', 'Bouazizi', 'Ferchichi', 'Khelifi', 'Toumi', 'Rezgui', 'Mathlouthi', 'Oueslati',
  'Abidi', 'Zribi', 'Baccouche', 'Karoui', 'Masmoudi', 'Jaziri', 'Chaouachi', 'Chaabane',
];
