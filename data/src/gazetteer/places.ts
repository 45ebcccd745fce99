/**
 * The hand-made part of the gazetteer: admin hierarchy and alternate spellings for the areas
 * where tracing work happens now. One line per place:
 *   id | level | parent id | name | alternate names separated by ";"
 * Levels: country, region (province, state, governorate), department (sous-préfecture district,
 * territory, cercle, locality), place (town, village, camp, site).
 * Sources: the public administrative divisions of Chad, Sudan, DR Congo, Mali and Tunisia, UNHCR
 * camp names as published in operational updates, and common French, English and Arabic spellings.
 */
export const PLACE_LINES = `
td|country||Tchad|Chad;Tschad;تشاد;Republique du Tchad
td.ndjamena|region|td|N'Djamena|Ndjamena;Ndjaména;انجمينا;Fort-Lamy
td.ouaddai|region|td|Ouaddaï|Ouaddai;Wadai;Waddai;Wadday;Ouadai;وداي
td.abeche|department|td.ouaddai|Abéché|Abeche;Abesher;Abeshr;ابشة
td.assoungha|department|td.ouaddai|Assoungha|Assongha;Asungha
td.adre|place|td.assoungha|Adré|Adre;Adree;Adiri;ادري
td.farchana|place|td.assoungha|Farchana|Farchana camp;Farshana;Fartchana
td.hadjer-hadid|place|td.assoungha|Hadjer Hadid|Hadjar Hadid;Hajer Hadid;Hadjer-Hadid
td.bredjing|place|td.assoungha|Bredjing|Breidjing;Breijing;Bredjine
td.treguine|place|td.assoungha|Tréguine|Treguine;Treguin;Tregine
td.arkoum|place|td.assoungha|Arkoum|Arkum
td.metche|place|td.assoungha|Metché|Metche;Mitche;Meche
td.alacha|place|td.assoungha|Alacha|Alasha;Allacha
td.aboutengue|place|td.abeche|Aboutengué|Aboutengue;Abu Tengue;Abutengue
td.gaga|place|td.abeche|Gaga|Gaga camp
td.ourang|place|td.assoungha|Ourang|Ourang camp;Urang
td.sila|region|td|Sila|Dar Sila;Dar Sila region
td.goz-beida|department|td.sila|Goz Beïda|Goz Beida;Goz-Beida;Koz Beida;Goz Bayda;قوز بيضا
td.koukou|place|td.goz-beida|Koukou Angarana|Koukou;Kuku Angarana;Koukou-Angarana
td.goz-amer|place|td.goz-beida|Goz Amer|Goz Amir;Goz-Amer
td.djabal|place|td.goz-beida|Djabal|Djabal camp;Jabal;Djebel
td.kerfi|place|td.goz-beida|Kerfi|Kerfi camp
td.tissi|department|td.sila|Tissi|Tisi
td.wadi-fira|region|td|Wadi Fira|Ouadi Fira;Wadi Fera;وادي فيرا
td.iriba|department|td.wadi-fira|Iriba|Iriba town
td.guereda|department|td.wadi-fira|Guéréda|Guereda;Gereda;Guerida
td.biltine|department|td.wadi-fira|Biltine|Biltin;Beltine
td.iridimi|place|td.iriba|Iridimi|Iridimi camp;Iridime
td.touloum|place|td.iriba|Touloum|Tulum;Touloum camp
td.am-nabak|place|td.iriba|Am Nabak|Amnabak;Am-Nabak
td.mile|place|td.guereda|Milé|Mile;Mile camp
td.kounoungou|place|td.guereda|Kounoungou|Kounoungo;Kunungu
td.ennedi-est|region|td|Ennedi Est|Ennedi-Est;Ennedi East
td.bahai|department|td.ennedi-est|Bahaï|Bahai;Bahay
td.oure-cassoni|place|td.bahai|Ouré Cassoni|Oure Cassoni;Oure Kassoni;Ure Kasoni
td.salamat|region|td|Salamat|Salamat region
td.am-timan|department|td.salamat|Am Timan|Am-Timan;Amtiman
sd|country||Soudan|Sudan;السودان;Republic of the Sudan
sd.west-darfur|region|sd|West Darfur|Darfour Occidental;Western Darfur;Gharb Darfur;غرب دارفور
sd.geneina|department|sd.west-darfur|El Geneina|Geneina;Al-Junaynah;Al Junaynah;El Djeneina;Al Geneina;Ardamata;الجنينة
sd.kereneik|department|sd.west-darfur|Kereneik|Kereinik;Kirenik;Krenik
sd.misterei|place|sd.geneina|Misterei|Masteri;Mistiri;Mesteri
sd.sirba|department|sd.west-darfur|Sirba|Sirbah
sd.kulbus|department|sd.west-darfur|Kulbus|Kulbos;Koulbous
sd.habila|department|sd.west-darfur|Habila|Habilah
sd.foro-baranga|department|sd.west-darfur|Foro Baranga|Foro Boranga;Forobaranga
sd.beida|department|sd.west-darfur|Beida|Beyda;Bayda
sd.central-darfur|region|sd|Central Darfur|Darfour Central;Wasat Darfur;وسط دارفور
sd.zalingei|department|sd.central-darfur|Zalingei|Zalinge;Zalingi;زالنجي
sd.mukjar|department|sd.central-darfur|Mukjar|Mukjer;Moukjar
sd.north-darfur|region|sd|North Darfur|Darfour Nord;Shamal Darfur;شمال دارفور
sd.el-fasher|department|sd.north-darfur|El Fasher|Al-Fashir;Al Fashir;El Facher;Fasher;الفاشر
sd.kutum|department|sd.north-darfur|Kutum|Kotum;Koutoum;كتم
sd.tawila|department|sd.north-darfur|Tawila|Tawilah;Tawilla;طويلة
sd.kabkabiya|department|sd.north-darfur|Kabkabiya|Kebkabiya;Kabkabia
sd.mellit|department|sd.north-darfur|Mellit|Mallit;Melit
sd.kornoi|department|sd.north-darfur|Kornoi|Karnoi;Kornoy
sd.tina|department|sd.north-darfur|Tina|Tine
sd.zamzam|place|sd.el-fasher|Zamzam|Zam Zam;Zamzam camp
sd.south-darfur|region|sd|South Darfur|Darfour Sud;Janub Darfur;جنوب دارفور
sd.nyala|department|sd.south-darfur|Nyala|Niyala;Nyala town;نيالا
sd.east-darfur|region|sd|East Darfur|Darfour Est;Sharg Darfur
sd.ed-daein|department|sd.east-darfur|Ed Daein|Ad Du'ayn;El Daein;Al Daein;Ed Da'ein
sd.khartoum|region|sd|Khartoum|Al Khartum;الخرطوم
cd|country||RD Congo|DRC;RDC;DR Congo;Democratic Republic of the Congo;Republique Democratique du Congo;Congo-Kinshasa
cd.ituri|region|cd|Ituri|Province de l'Ituri
cd.bunia|department|cd.ituri|Bunia|Bunia town;Bunya
cd.djugu|department|cd.ituri|Djugu|Jugu;Djougou
cd.mahagi|department|cd.ituri|Mahagi|Mahaji
cd.aru|department|cd.ituri|Aru|Arou
cd.irumu|department|cd.ituri|Irumu|Iroumou
cd.mambasa|department|cd.ituri|Mambasa|Mambassa
cd.rhoe|place|cd.djugu|Rhoe|Rho;Rhoe site
cd.plaine-savo|place|cd.djugu|Plaine Savo|Savo;Plaine-Savo
cd.fataki|place|cd.djugu|Fataki|Fataki centre
cd.bule|place|cd.djugu|Bule|Boule
cd.komanda|place|cd.irumu|Komanda|Komande
cd.north-kivu|region|cd|Nord-Kivu|North Kivu;Nord Kivu
cd.beni|department|cd.north-kivu|Beni|Beni town
cd.goma|department|cd.north-kivu|Goma|Goma town
ml|country||Mali|Republique du Mali
ml.mopti|region|ml|Mopti|Région de Mopti
ml.mopti-cercle|department|ml.mopti|Mopti cercle|Mopti town
ml.sevare|place|ml.mopti-cercle|Sévaré|Sevare;Severe
ml.bandiagara|department|ml.mopti|Bandiagara|Bandiagra
ml.bankass|department|ml.mopti|Bankass|Bankas
ml.djenne|department|ml.mopti|Djenné|Djenne;Jenne;Jenné
ml.douentza|department|ml.mopti|Douentza|Duentza;Douenza
ml.koro|department|ml.mopti|Koro|Koro cercle
ml.tenenkou|department|ml.mopti|Ténenkou|Tenenkou;Tenenku
ml.youwarou|department|ml.mopti|Youwarou|Youvarou;Yuwaru
ml.segou|region|ml|Ségou|Segou;Segu
ml.san|department|ml.segou|San|San cercle
ml.niono|department|ml.segou|Niono|Niono cercle
ml.bamako|region|ml|Bamako|Bamako district
tn|country||Tunisie|Tunisia;تونس;Tunis
tn.medenine|region|tn|Médenine|Medenine;Medenin;Mednine;مدنين
tn.zarzis|department|tn.medenine|Zarzis|Jarjis;جرجيس
tn.ben-gardane|department|tn.medenine|Ben Gardane|Ben Guerdane;Ben Guerdene;بن قردان
tn.djerba|department|tn.medenine|Djerba|Jerba;Houmt Souk;جربة
tn.tataouine|region|tn|Tataouine|Tatouine;Tataween;تطاوين
tn.gabes|region|tn|Gabès|Gabes;Qabis;قابس
tn.kebili|region|tn|Kébili|Kebili;Qibili;قبلي
tn.tozeur|region|tn|Tozeur|Touzeur;توزر
tn.gafsa|region|tn|Gafsa|Qafsa;قفصة
tn.sfax|region|tn|Sfax|Safaqis;صفاقس
tn.el-amra|place|tn.sfax|El Amra|Al Amra;Amra
tn.jebeniana|place|tn.sfax|Jebeniana|Djebeniana;Jbeniana
`;
