/**
 * The generator's own name lists, independent of the matcher. Each name is written the ways
 * agencies really write it: French-style spellings (Chadian registrations), English-style
 * spellings (Sudanese and international NGO forms) and the Arabic script. Order is frequency
 * order: the first names of a list are carried by a large share of people (Zipf-like draw).
 *
 * Line format: French-style variants | English-style variants | Arabic script (optional)
 */
export interface NameForms {
  readonly fr: readonly string[];
  readonly en: readonly string[];
  readonly ar?: string;
}

function parse(lines: string): NameForms[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [fr, en, ar] = line.split('|').map((part) => part.trim());
      return { fr: fr!.split(','), en: (en || fr!).split(','), ...(ar ? { ar } : {}) };
    });
}

/** Chad and Darfur, boys and men (Arabic, Masalit, Fur, Zaghawa usage). */
export const SAHEL_ARABIC_MALE = parse(`
Mahamat,Mahammat,Mouhamat|Mohammed,Muhammad,Mohamed,Mohamad|محمد
Abakar,Abbakar|Abubakar,Abu Bakr,Abubakr|أبكر
Adam,Adoum|Adam|آدم
Issa,Issakha|Isa,Issa|عيسى
Ahmat,Ahmad|Ahmed,Ahmad|أحمد
Moussa|Musa,Mousa|موسى
Abdallah,Abdalla|Abdullah,Abdalla|عبدالله
Brahim,Ibrahim|Ibrahim,Ebrahim|إبراهيم
Haroun|Harun,Haroon|هارون
Youssouf,Youssef|Yusuf,Yousif|يوسف
Djibrine,Djibril|Jibril,Gibril|جبريل
Oumar,Omar|Umar,Omar|عمر
Hassane,Hassan|Hassan,Hasan|حسن
Hissein,Hissène|Hussein,Husain|حسين
Ali|Ali|علي
Saleh,Salah|Salih,Saleh|صالح
Idriss,Idris|Idris,Edris|إدريس
Yacoub,Yakoub|Yaqub,Yacoub|يعقوب
Abdelkerim,Abdel Kerim|Abdulkarim,Abd al-Karim|عبدالكريم
Abderamane,Abdramane|Abdelrahman,Abdulrahman|عبدالرحمن
Ousmane,Outhman|Osman,Uthman|عثمان
Mahamoud,Mahmoud|Mahmoud,Mahmud|محمود
Souleymane,Soulemane|Sulaiman,Suleiman|سليمان
Ismaïl,Ismaël|Ismail|إسماعيل
Khamis,Hamis|Khamis|خميس
Bakhit,Bakit|Bakheet,Bakhit|بخيت
Hamid,Hamit|Hamid|حامد
Yaya,Yahia|Yahya|يحيى
Djouma,Djoumaa|Juma,Jumaa|جمعة
Béchir,Bachir|Bashir|بشير
Moustapha|Mustafa|مصطفى
Zakaria,Zacharia|Zakariya,Zakaria|زكريا
Tahir,Taher|Tahir|طاهر
Younous,Younouss|Yunus,Younis|يونس
Khalil,Halil|Khalil|خليل
Ishaq,Issakha|Ishag,Ishaq|إسحاق
Babikir|Babiker|بابكر
Hamdane|Hamdan|حمدان
Seddik,Siddick|Siddig,Siddiq|صديق
Abdelaziz,Abdel Aziz|Abdulaziz,Abdelaziz|عبدالعزيز
Nour|Nur,Noor|نور
Anour,Anouar|Anwar|أنور
Djimet|Jimet
Togoï|Togoi
Doungous|Dungus
Annadif|Annadif
`);

/** Chad and Darfur, girls and women. */
export const SAHEL_ARABIC_FEMALE = parse(`
Fatimé,Fatime,Fatimè|Fatima,Fatuma|فاطمة
Khadidja,Khadija,Hadidja|Khadija,Kadija|خديجة
Achta,Aché,Aïcha|Aisha,Aysha|عائشة
Mariam,Myriam|Maryam,Mariam|مريم
Hawa,Haoua|Hawa,Hawwa|حواء
Zenaba,Zénaba|Zainab,Zeinab|زينب
Halimé,Halime|Halima|حليمة
Amina,Aminé|Amina,Ameena|آمنة
Kaltouma,Kaltoumé|Kaltum,Kalthoum|كلثوم
Hadjé,Hadje|Hajja|حاجة
Zara,Zahra|Zahra|زهرة
Rakia,Rakiya|Ruqayya,Rokaya|رقية
Saadia,Sadia|Saadiya|سعدية
Nafissa|Nafisa|نفيسة
Souad|Suad|سعاد
Khamissa|Khamisa|خميسة
Mouna|Muna|منى
Habiba|Habiba|حبيبة
Djamila|Jamila|جميلة
Asma|Asma|أسماء
Rahma|Rahma|رحمة
Mahadjir|Mahajir
Remadji|Remaji
Toma|Toma
`);

/** Central Mali (Bambara, Fulani, Dogon), given names. */
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
`);
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
`);
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
`);

/** Ituri (DRC): French Christian given names, Hema, Lendu, Alur and Nande family names. */
export const ITURI_GIVEN_MALE = parse(`
Jean-Pierre,Jean Pierre|Jean-Pierre,Jean Pierre
Dieudonné|Dieudonne
Emmanuel|Emmanuel,Emanuel
Joseph|Joseph,Josef
Jean-Claude|Jean Claude,Jean-Claude
Patrick|Patrick,Patrik
Espoir|Espoir
Bienvenu|Bienvenu,Bienvenue
Exaucé|Exauce
Baraka|Baraka
Amani|Amani
Josué|Josue
Moïse|Moise,Moses
Daniel|Daniel
`);
export const ITURI_GIVEN_FEMALE = parse(`
Merveille|Merveille
Grâce|Grace
Espérance|Esperance
Jeanne|Jeanne,Jeane
Marie|Marie,Mary
Christine|Christine,Kristine
Chantal|Chantal
Furaha|Furaha
Neema|Neema,Nema
Esther|Esther,Ester
Rachel|Rachel,Rachelle
Déborah|Deborah,Debora
Sifa|Sifa
`);
export const ITURI_FAMILY = parse(`
Lokwa|Lokwa,Lokua
Ngabo|Ngabo
Dhedonga|Dedonga,Djedonga
Ugeti|Ugeti,Ougeti
Lonema|Lonema
Dhena|Dhena,Dena
Mave|Mave
Ndjaza|Njaza,Ndjaza
Ukethwengu|Ukethwingu,Uketwengu
Unyertho|Unyerto,Unyertho
Lossa|Losa,Lossa
Tsengele|Tsengele,Tsengeli
Kakule|Kakule
Kasereka|Kasereka
Kahindo|Kahindo
Bahati|Bahati
Ngona|Ngona
Lobho|Lobho,Lobo
Kpadjanga|Padjanga,Kpadjanga
Dz'ba|Dzba,Dz'ba
`);

/** Southern Tunisia. */
export const TUNISIA_MALE = parse(`
Mohamed|Mohamed,Mohammed|محمد
Ahmed|Ahmed,Ahmad|أحمد
Youssef|Youssef,Yusuf|يوسف
Amine|Amine,Amin|أمين
Yassine|Yassine,Yasin|ياسين
Aymen|Aymen,Ayman|أيمن
Hamza|Hamza|حمزة
Skander|Skander,Iskander|إسكندر
Omar|Omar,Umar|عمر
Ali|Ali|علي
`);
export const TUNISIA_FEMALE = parse(`
Mariem|Mariem,Maryam|مريم
Fatma|Fatma,Fatima|فاطمة
Amira|Amira|أميرة
Nour|Nour,Nur|نور
Yasmine|Yasmine,Yasmin|ياسمين
Salma|Salma|سلمى
Rim|Rim,Reem|ريم
Ines|Ines,Inès|إيناس
Eya|Eya,Aya|آية
Chaima|Chaima,Shaima|شيماء
`);
export const TUNISIA_FAMILY = parse(`
Ben Salah,Bensalah|Ben Salah,Bin Salah|بن صالح
Trabelsi|Trabelsi,Tarabulsi|الطرابلسي
Ben Ali|Ben Ali,Benali|بن علي
Jlassi,Jelassi|Jlassi|الجلاصي
Gharbi|Gharbi,Gharby|الغربي
Mejri|Mejri,Majri|الماجري
Hammami|Hammami,Hamami|الحمامي
Ayari|Ayari,Ayyari|العياري
Dridi|Dridi|الدريدي
Chaabane|Chaabane,Shaaban|شعبان
Ben Amor|Ben Amor,Benamor|بن عمر
Khemiri|Khemiri,Khmiri|الخميري
Zouari|Zouari,Zuari|الزواري
`);

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
