/**
 * The generator's own places: where families come from and where they were separated, with the
 * spellings seen in registration forms. Independent of the matcher's gazetteer on purpose; some
 * villages here are in no gazetteer at all.
 *
 * Line format: spellings of the place | spellings of its region | spellings of its country
 */
export interface PlaceForms {
  readonly place: readonly string[];
  readonly region: readonly string[];
  readonly country: readonly string[];
}

function parse(lines: string): PlaceForms[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [place, region, country] = line.split('|').map((p) => p.trim().split(','));
      return { place: place!, region: region!, country: country! };
    });
}

const DARFUR_WEST = 'West Darfur,Darfour Occidental,Gharb Darfur,غرب دارفور';
const DARFUR_NORTH = 'North Darfur,Darfour Nord,Shamal Darfur';
const DARFUR_CENTRAL = 'Central Darfur,Darfour Central';
const DARFUR_SOUTH = 'South Darfur,Darfour Sud';
const SUDAN = 'Sudan,Soudan,السودان';
const CHAD = 'Tchad,Chad,تشاد';
const OUADDAI = 'Ouaddaï,Ouaddai,Wadai,Wadday';

/** Home places of families registered in eastern Chad (Sudanese refugees and Chadian returnees). */
export const DARFUR_ORIGINS = parse(`
El Geneina,Geneina,Al Geneina,Al-Junaynah,El Djeneina,الجنينة|${DARFUR_WEST}|${SUDAN}
Misterei,Masteri,Mistiri|${DARFUR_WEST}|${SUDAN}
Kereneik,Krenik,Kereinik|${DARFUR_WEST}|${SUDAN}
Sirba,Sirbah|${DARFUR_WEST}|${SUDAN}
Habila,Habilah|${DARFUR_WEST}|${SUDAN}
Foro Baranga,Forobaranga|${DARFUR_WEST}|${SUDAN}
Murnei,Mornei,Murnai|${DARFUR_WEST}|${SUDAN}
Ardamata,Ardamatta|${DARFUR_WEST}|${SUDAN}
Zalingei,Zalinge,Zalingi|${DARFUR_CENTRAL}|${SUDAN}
Mukjar,Mukjer|${DARFUR_CENTRAL}|${SUDAN}
Garsila,Gersila|${DARFUR_CENTRAL}|${SUDAN}
Kutum,Kotum,Koutoum|${DARFUR_NORTH}|${SUDAN}
Tawila,Tawilla|${DARFUR_NORTH}|${SUDAN}
El Fasher,Al Fashir,El Facher,الفاشر|${DARFUR_NORTH}|${SUDAN}
Kabkabiya,Kebkabiya|${DARFUR_NORTH}|${SUDAN}
Nyala,Niyala,نيالا|${DARFUR_SOUTH}|${SUDAN}
Goz Beida,Goz Beïda,Goz-Beida|Sila,Dar Sila|${CHAD}
Koukou Angarana,Koukou,Kuku|Sila,Dar Sila|${CHAD}
Tissi,Tisi|Sila,Dar Sila|${CHAD}
Abéché,Abeche,Abesher|${OUADDAI}|${CHAD}
Hadjer Hadid,Hadjar Hadid|${OUADDAI}|${CHAD}
Guéréda,Guereda|Wadi Fira,Ouadi Fira|${CHAD}
Iriba|Wadi Fira,Ouadi Fira|${CHAD}
Bahaï,Bahai|Ennedi Est,Ennedi East|${CHAD}
Amdjarass,Am Djarass|Ennedi Est|${CHAD}
Mongo|Guéra,Guera|${CHAD}
`);

/** Where children in eastern Chad were separated or are now (border towns, camps, sites). */
export const CHAD_SEPARATION = parse(`
Adré,Adre,Adree,Adiré|${OUADDAI}|${CHAD}
Farchana,Fartchana,Camp de Farchana|${OUADDAI}|${CHAD}
Bredjing,Breidjing,Bredjine|${OUADDAI}|${CHAD}
Tréguine,Treguine,Tregine|${OUADDAI}|${CHAD}
Ourang,Urang,Camp Ourang|${OUADDAI}|${CHAD}
Metché,Metche,Mitche|${OUADDAI}|${CHAD}
Arkoum,Arkum|${OUADDAI}|${CHAD}
Alacha,Allacha|${OUADDAI}|${CHAD}
Aboutengué,Aboutengue,Abutengue|${OUADDAI}|${CHAD}
Gaga,Camp de Gaga|${OUADDAI}|${CHAD}
Koursigué,Koursigue,Kursigi|${OUADDAI}|${CHAD}
Goz Amer,Goz Amir|Sila|${CHAD}
Djabal,Jabal,Camp Djabal|Sila|${CHAD}
Iridimi,Iridime|Wadi Fira|${CHAD}
Touloum,Tulum|Wadi Fira|${CHAD}
Milé,Mile|Wadi Fira|${CHAD}
Kounoungou,Kunungu|Wadi Fira|${CHAD}
Ouré Cassoni,Oure Cassoni,Ure Kasoni|Ennedi Est|${CHAD}
`);

const ITURI = 'Ituri,Province de l\'Ituri,Ituri Province';
const DRC = 'RDC,DRC,RD Congo,Congo';
export const ITURI_PLACES = parse(`
Djugu,Jugu|${ITURI}|${DRC}
Bunia,Bunya|${ITURI}|${DRC}
Mahagi,Mahaji|${ITURI}|${DRC}
Irumu,Iroumou|${ITURI}|${DRC}
Fataki,Fatake|${ITURI}|${DRC}
Largu,Largou|${ITURI}|${DRC}
Kpandroma,Pandroma|${ITURI}|${DRC}
Nizi,Nyzi|${ITURI}|${DRC}
Mongbwalu,Mongbalu,Mongwalu|${ITURI}|${DRC}
Drodro,Dhrodro|${ITURI}|${DRC}
Rethy,Rety|${ITURI}|${DRC}
Jiba,Djiba|${ITURI}|${DRC}
Rhoe,Rhoo,Site de Rhoe|${ITURI}|${DRC}
Plaine Savo,Savo,Site Plaine Savo|${ITURI}|${DRC}
Komanda,Komande|${ITURI}|${DRC}
Lala,Site de Lala|${ITURI}|${DRC}
Kigonze,Site Kigonze|${ITURI}|${DRC}
`);

const MOPTI = 'Mopti,Région de Mopti,Mopti Region';
const MALI = 'Mali';
export const MOPTI_PLACES = parse(`
Bandiagara,Bandiagra|${MOPTI}|${MALI}
Bankass,Bankas|${MOPTI}|${MALI}
Koro|${MOPTI}|${MALI}
Djenné,Djenne,Jenne|${MOPTI}|${MALI}
Douentza,Duentza|${MOPTI}|${MALI}
Mopti|${MOPTI}|${MALI}
Sévaré,Sevare|${MOPTI}|${MALI}
Ténenkou,Tenenkou|${MOPTI}|${MALI}
Youwarou,Youvarou|${MOPTI}|${MALI}
Sangha,Sanga|${MOPTI}|${MALI}
Ogossagou,Ogosagou|${MOPTI}|${MALI}
Diallassagou,Dialassagou|${MOPTI}|${MALI}
Dinangourou,Dinangorou|${MOPTI}|${MALI}
Boulkessi,Boulkessy|${MOPTI}|${MALI}
Mondoro|${MOPTI}|${MALI}
`);

const TUNISIA = 'Tunisie,Tunisia,تونس';
export const TUNISIA_PLACES = parse(`
Sfax,Safaqis,صفاقس|Sfax|${TUNISIA}
El Amra,Al Amra,Amra|Sfax|${TUNISIA}
Jebeniana,Djebeniana,Jbeniana|Sfax|${TUNISIA}
Médenine,Medenine,Mednine|Médenine,Medenine|${TUNISIA}
Zarzis,Jarjis|Médenine,Medenine|${TUNISIA}
Ben Gardane,Ben Guerdane|Médenine,Medenine|${TUNISIA}
Tataouine,Tatouine|Tataouine|${TUNISIA}
Gabès,Gabes|Gabès,Gabes|${TUNISIA}
`);
