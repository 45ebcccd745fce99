import { parse } from './forms.ts';

// Central Mali (Bambara, Fulani, Dogon).
// Frequency order: the head of each list is carried by a large share of people; the tail is
// long, as in real registers, so that two unrelated children rarely share every name by chance.

/** Boys and men, given names. */
export const MALI_MALE = parse(`
Moussa|Moussa,Musa
Mamadou,Mahamadou|Mamadou,Mamadu
Amadou,Hamadou|Amadou,Ahmadou
Boubacar,Aboubacar|Boubacar,Bubakar
Oumar|Oumar,Umar
Seydou,Sidou|Seydou,Seidu
Ibrahima,Brahima|Ibrahima
Adama|Adama
Souleymane|Souleymane,Sulaymane
Bakary|Bakary,Bakari
Modibo|Modibo
Yacouba|Yacouba,Yakuba
Hamidou|Hamidou,Hamidu
Abdoulaye|Abdoulaye,Abdulai
Sékou|Sekou,Sekou
Ousmane|Ousmane,Usman
Drissa,Idrissa|Drissa,Idrissa
Lassina|Lassina,Lasina
Siaka|Siaka
Tiémoko|Tiemoko
Bourama|Bourama,Burama
Daouda|Daouda,Dauda
Alou|Alou,Alu
Salif|Salif
Youssouf|Youssouf,Yusuf
Mahamane|Mahamane
Abdourahamane|Abdourahamane,Abdurahman
Boureima|Boureima,Bureima
Hamadoun|Hamadoun,Hamadun
Allaye|Allaye,Alaye
Sidiki|Sidiki,Siddiki
Nouhoum|Nouhoum,Nuhum
Bréhima|Brehima
`);

/** Girls and women, given names. */
export const MALI_FEMALE = parse(`
Fatoumata,Fatimata|Fatoumata,Fatumata
Aminata,Aminatou|Aminata
Mariam,Mariama|Mariam,Maryam
Kadiatou,Kadidia|Kadiatou,Khadija
Awa|Awa,Hawa
Oumou|Oumou,Umu
Aïssata,Aissata|Aissata,Aisata
Rokia,Rokiatou|Rokia
Djeneba,Dieneba|Jeneba,Djeneba
Salimata|Salimata
Assitan|Assitan
Hawa|Hawa
Bintou|Bintou,Bintu
Maïmouna|Maimouna,Maimuna
Nana|Nana
Ramata|Ramata
Sanata|Sanata
Korotoumou|Korotoumou,Korotumu
Safiatou|Safiatou,Safiyatu
Coumba|Coumba,Kumba
Aïchata|Aichata,Aishata
Tenin|Tenin
Adiaratou|Adiaratou,Adiaratu
Oumou Kalsoum|Oumou Kalsoum,Umu Kalsum
Hadizatou|Hadizatou,Hadizatu
Fatoumata Binta|Fatoumata Binta
`);

/** Clan (family) names. */
export const MALI_FAMILY = parse(`
Traoré,Traore|Traore,Trawore,Taraore
Coulibaly,Koulibaly|Kulibali,Coulibaly,Kulubali
Diallo|Diallo,Jallo,Jallow,Dyallo
Keïta,Kéita|Keita,Kaita
Diarra|Diarra,Jara
Sangaré|Sangare,Sangari
Cissé|Cisse,Sise
Touré|Toure,Ture
Maïga|Maiga
Koné|Kone
Dembélé|Dembele
Sidibé|Sidibe
Guindo|Guindo,Gindo
Ongoïba|Ongoiba
Kassogué|Kassogue
Tembely|Tembely,Tembeli
Barry|Barry,Bari
Sow|Sow
Samaké|Samake
Konaté|Konate
Doumbia|Doumbia,Dumbia
Kanté|Kante
Sissoko|Sissoko,Sisoko
Fofana|Fofana
Camara|Camara,Kamara
Dicko|Dicko,Diko
Bah|Ba,Bah
Dolo|Dolo
Togo|Togo
Sagara|Sagara
Kodio|Kodio
Diakité|Diakite,Jakite
Berthé|Berthe
Sanogo|Sanogo
Ballo|Ballo,Balo
Tangara|Tangara
Bocoum|Bocoum,Bokum
Yalcouyé|Yalcouye
Poudiougo|Poudiougo
Karambé|Karambe
Djiguiba|Djiguiba,Jiguiba
Timbiné|Timbine
`);
