/**
 * Towns from GeoNames (geonames.org, CC BY 4.0), 2012 extract, for the countries where Retrace is
 * used and their neighbours: country code | name | alternate names. Attribution: "GeoNames".
 * Derived by keeping Latin- and Arabic-script alternate names; these towns carry only their
 * country as parent. Sudan here includes towns now in South Sudan.
 */
export const GEONAMES_TOWN_LINES = `
cd|Yangambi|
cd|Watsa|
cd|Wamba|
cd|Uvira|Uvinza
cd|Tshikapa|Chikapa
cd|Sake|
cd|Mwene-Ditu|Mvene-Ditu
cd|Mweka|Mueka;Mveka
cd|Mbuji-Mayi|Bakwanga;Mbuy Mayi;Mbuzhi-Maji
cd|Lusambo|Luzambo
cd|Luebo|
cd|Lubao|Senteri;Sentiry
cd|Lodja|Lodzh;Loja
cd|Lisala|Lisale;Lizala
cd|Kongolo|Kangolo
cd|Kisangani|Singitini;Stanleystad;ji sang jia ni;kisangani
cd|Kindu|Kindu-Port-Empain;Port de Kindu;Port-Empain
cd|Kasongo|Kazongo;Tongoni;Tongoni Kapaya
cd|Kaniama|
cd|Kananga|Kanange;Lulua;Luluabourg
cd|Kampene|
cd|Kamina|Kaminy
cd|Kalemie|Albertstad;Albertville;Kalemi
cd|Kabinda|
cd|Kabare|
cd|Kabalo|
cd|Isiro|Isirio;Paulis
cd|Ilebo|Franqui;Port-Francqui
cd|Goma|Ngoma
cd|Gbadolite|Bado;Badolite
cd|Gandajika|
cd|Demba|
cd|Butembo|
cd|Buta|But
cd|Businga|
cd|Bunia|
cd|Bumba|
cd|Bukavu|Costermansstad;Costermansville
cd|Bukama|
cd|Bondo|
cd|Boende|
cd|Beni|
cd|Basoko|
cd|Aketi|Port Chaltin
cd|Lubumbashi|E'ville;Elisabethville;Elizabethstad;Elizabethville;Lubumbasi;Lubumbasis;Lubumbaši
cd|Likasi|Jadotsville;Jadotville
cd|Kolwezi|Kolvezi
cd|Kipushi|
cd|Kambove|
cd|Tshela|
cd|Nioki|
cd|Mushie|
cd|Mbanza-Ngungu|Thystad;Thysville
cd|Mbandaka|Bandaka;Cocquilhatville;Coquilhalville;Coquilhatstad;Coquilhatville;Mbándáká;Wangata
cd|Matadi|Matidi;matadi
cd|Mangai|
cd|Libenge|
cd|Kinshasa|Kinsasa;Kinsaso;Kinshasae;Kinszasa;Kinsásá;Kinŝaso;Kinšasa;Leopoldstad
cd|Kikwit|Kikvite;Kitwit
cd|Kasongo-Lunda|
cd|Kasangulu|
cd|Inongo|
cd|Gemena|Gemene
cd|Bulungu|
cd|Bolobo|
cd|Bandundu|Banningville
cd|Masina|
cf|Mobaye|Mobie
cf|Ippy|Ippi
cf|Bria|
cf|Bangassou|Bangassu;Bangasu
cf|Bambari|
cf|Sibut|Fort-Sibut
cf|Paoua|Pahua
cf|Nola|Djembe
cf|Mbaiki|Mbaïki
cf|Kaga Bandoro|Crampel;Fort-Crampel;Kaga-Bandoro
cf|Damara|
cf|Carnot|
cf|Bozoum|Bosum;Bozum;Bozume
cf|Bouar|Buar;Buare
cf|Bossangoa|Amangba;Bosangoa;Bossango
cf|Boda|
cf|Bimbo|Bimo
cf|Berberati|Berbérati
cf|Batangafo|Devo;Dévo
cf|Bangui|Bangi;Bangis;Mpan'nkoui;ban ji;bang-gi;bangi;bangwyy
dz|Boumerdas|Bou-Merdes;Bumerdes;Cite de Boumerdes;Cité de Boumerdes;Le Rocher Noir;Roche Noire;Rocher Noir
dz|Zeribet el Oued|Zribet el Oued
dz|Zeralda|
dz|Zemoura|Zemmora
dz|Touggourt|Tougourt;Tuggurt
dz|Tolga|
dz|Tlemcen|Tilimsan;Tlemecen;Tlemecén;Tlemsen;te lai mu sen;tlmsan;toremusen;تلمسان
dz|Tizi Rached|
dz|Tizi-n-Tleta|
dz|Tizi Gheniff|Tizi Ghenif;Tizi R'Nif;Tizi Renif;Tizi Rniff;Tizi-Reniff
dz|Tirmitine|
dz|Timizart|
dz|Timimoun|Timmoun
dz|el hed|El Maten;Il Maten;Il Matene;Il Matten;Timezrit Il Maten
dz|Theniet el Had|Teniet el Haad;Teniet el Had;Teniet-el-Ha
dz|Thenia|Menerville;Ménerville;Theniet Beni Aicha;Theniet Béni Aicha
dz|Telerghma|Telergma
dz|Tebesbest|
dz|Tazoult-Lambese|Lambese;Lambèse;Tazoult
dz|Tamanrasset|Fort Laperine;Fort Laperrine;Tamahrasset;Tamanghasset;Tamanrassete;tmnrast;تمنراست
dz|Tamalous|
dz|Tadmait|Camp du Marechal;Camp du Maréchal;Tadmaït
dz|Sour el Ghozlane|Aumale;Aumale-d'Algerie;Aumate
dz|Souma|
dz|Sougueur|Nadhora;Nador;Trezel;Trézel
dz|Skikda|Philippeville;Phillippville;wlayt skykdt;ولاية سعيدة;ولاية سكيكدة
dz|Sig|Saint-Denis-du-Sig
dz|Sidi Okba|
dz|Sidi Moussa|
dz|Sidi Merouane|Sidi Merouan;Sidi Mérouane
dz|Sidi Khaled|Sidi Kraled
dz|Sidi ech Chahmi|Sidi Chami;Sidi Chamy
dz|Sidi Bel Abbes|Sid Bel Abbes;Sid Bel Abbès;Sidi Bel Abbès;Sidi Bel Abes;Sidi bel Abbes;Sidi bel Abbès;Sidi-Bal-Abbes;Sidi-Bal-Abbès
dz|Sidi Amrane|
dz|Sidi Akkacha|Montenotte;Sidi Akacha
dz|Sidi Aissa|Sid Aissa;Sid Aïssa;Sidi Aïssa;Sidi-Aissa
dz|Sidi Abdelli|Les Abdellys;Les Abdelys
dz|Sfizef|Mercier-Lacombe;Sfisef;Sfissef
dz|Sedrata|
dz|Seddouk|
dz|Sebdou|
dz|Saoula|
dz|Salah Bey|Dzeira;Pascal
dz|Saida|Sajda;Saïda
dz|Rouissat|
dz|Rouiba|
dz|Rouached|
dz|Robbah|
dz|Remchi|Montagnac
dz|Reguiba|
dz|Reghaia|La Reghaia;La Reghaïa;La Reghia-Alma;Reghaïa
dz|Reggane|Reggan;Zaouiet Reggan;Zaouiet Reggane
dz|Ras el Oued|Ras-ehl'-Uehd;Rass el Oued;Râs el Oued;Tocqueville
dz|Ras el Aioun|Ras el Ayoun;Rass el Aioun;Rass el Aïoun;Râs el Aïoun
dz|Oum el Bouaghi|Canrobert;Oum-el-Bouachi
dz|Ouled Mimoun|Lamariciere;Lamaricière;Lamoriciere;Lamoricière;Lemoriciere
dz|Oued Sly|Malakoff;Malakoft;Oued Sli
dz|Oued Rhiou|Inkermann;Oued Riou
dz|Oued Fodda|
dz|Oued el Alleug|Oued Alleug;Oued el Alleng
dz|Oued el Abtal|Torki-le-Djuk;Uzes-le-Duc;Uzes-le-Due;Uzès-le-Duc;Uzès-le-Due
dz|Ouargla|Quargla;Warkala;Warqla;wrqlt;ورقلة
dz|Oran|Ora;Orà;Orán;Ouahran;Wahran;Wahrān;whran;wlayt whran
dz|Nedroma|
dz|Naciria|Azib Zamoun;Haussonviller;Haussonvillers
dz|Mouzaia|Mouzaiaville;Mouzaïa;Mouzaïaville
dz|Mostaganem|Mastaganeam;Mustaghanam;Mustaghanim
dz|Mila|
dz|Metlili Chaamba|Metlili;Metlili-les Chaamba;Mettlili Chaamba
dz|Messaad|Messad
dz|Meskiana|La Meskiana
dz|Mers el Kebir|Mers el Kabir;Mers-ehl'-Kebir
dz|Merouana|Corneille
dz|Melouza|Melouda;Ouan Ougha;Souk el Tleta
dz|Mekla|
dz|Mehdia|Burdeau;Mahdia;Makhdija
dz|Megarine|Meggarine
dz|Meftah|Meftakh;Rivet
dz|Medea|Lambdia;Medeah;Medeja;Médéa
dz|Mazouna|
dz|Mansourah|Mansoura;Mansur
dz|Mansoura|Mansourah;Mansoûra;Mansura
dz|Makouda|Macouda
dz|L'Arbaa Nait Irathen|Fort National;L'Arbaa Irathen Nait;Larbaa Nath Iraten
dz|L'Arba|Arba;El-Arba;Larba
dz|Lakhdaria|Palestro
dz|Laghouat|Laguat;Larhouat;Prowincja Laghouat;wlayt alaghwat;ولاية الأغواط
dz|Ksar el Boukhari|Boghari;Borhari
dz|Ksar Chellala|Chellala;Chellala-Reibell;Reibel;Reibell;Reïbell;Shelala
dz|Kolea|
dz|Khemis Miliana|Affreville;El Khemis;El Khemis Miliana
dz|Khemis el Khechna|Fondouk;Khemis El Khechma;Le Fondouk
dz|Kerkera|El Achra
dz|Djidiouia|Djidioua;Djidjiouia;Jdiouia;Saint-Aime;Saint-Aimé
dz|Isser|Isserville
dz|I-n-Salah|Ain Salah;Aïn Salah
dz|Ighram|Irhram
dz|Hennaya|Eugene Etienne;Eugene-Etienne Hennaya;Eugène Étienne;Eugéne-Étienne Hennaya
dz|Heliopolis|Héliopolis
dz|Hassi Messaoud|Khassi-Messaud
dz|Hammamet|Gidjel;Khammamet;Youks-les-Bains;Youks-les-Banins
dz|Hammam Bou Hadjar|Hamman Bou Habjar;Hommam Bou Hadjar
dz|Hamma Bouziane|Hamma;Hamma Bouniane;Hamma-Plaisance;Le Hamma;Le Hamma-Plaisance
dz|Hadjout|Marengo
dz|Guelma|qalmt;قالمة
dz|Frenda|
dz|Freha|Freda
dz|Feraoun|
dz|Es Senia|La Senia;La Sénia
dz|El Malah|El Melah;Rio Salado;Zfissaf
dz|El Kseur|
dz|El Khroub|El-Kroub;Kroubs;Le Khroub;Le Kroub
dz|El Kala|Ehl'-Kaly;La Calle;Port de la Calle
dz|El Idrissia|Zenina
dz|El Hadjira|
dz|El Hadjar|Duzerville
dz|El Eulma|Saint-Arnaud
dz|El Attaf|Ehl'-Attafom;Les Attafs;Les Attats;Les Attefs
dz|El Aouinet|Aouinet-ed-Dieb;Aouinet-el-Dieb;Aouïnet-ed-Dieb;Clairefontaine;Clairfontaine
dz|El Amria|El Amiria;Lourmel;Lurmel
dz|El Affroun|El Afroun;El Alfroun
dz|El Achir|
dz|El Abiodh Sidi Cheikh|El Abiod Sidi Cheikh;El Abiod Sidi Cheiki;El Abiod Sidi Cheikr;El Abiod Sidi Cheïkr;El Abiodh;El Abrod Sidi Cheikr;El-Abiod-Sidi-Cheik;Sidi Cheikh
dz|El Abadia|Al Abadia;Carnot
dz|Ech Chettia|Ech Chetia;Ech Chettiâ;Ech Chétia
dz|Drean|Mondovi
dz|Draa el Mizan|Dra el Mizan;Dra el Mizane;Dra-ehl'-Mizan
dz|Draa Ben Khedda|Dra Ben Khedda;Draa Ben Kheda;Draa Ben Kredda;Mirabeau
dz|Douera|
dz|Djamaa|Djama;Djemaa;Djemâa
dz|Didouche Mourad|Bizot
dz|Dellys|Delis
dz|Debila|
dz|Dar el Beida|Dar El Baida;Dar el Beïda;Dar-ehl'-Bejda;La Maison Blanche;Maison Blanche
dz|Dar Chioukh|Diar el Chioukh
dz|Constantine|
dz|Chorfa|Cheurfa
dz|Chiffa|La Chiffa
dz|Chetouane|Negrier;Négrier
dz|Cheria|
dz|Cheraga|Cheragas
dz|Chemini|Azerou Ait Chemini;Azerou Aït Chemini;Azrou-n-Ait Chemini;Azrou-n-Aït Chemini
dz|Chelghoum el Aid|Chateaudun;Chateaudun de Rhumel;Chateaudun-du Rummel;Chateaudun-du-Rhumel;Chateaudun-du-Rhummel;Chelghoum el Aïd;Châteaudun;Châteaudun de Rhumel
dz|Chebli|
dz|Charef|Charet
dz|Chabet el Ameur|Chabet -el -Ameuro
dz|Brezina|Brexina
dz|Bou Tlelis|
dz|Boumahra Ahmed|Petit
dz|Boukadir|Bou Kadir;Bu-Kadir;Charon;Charron;Oued Ben Kader
dz|Bou Ismail|Bou Ismael;Bou Ismaël;Bou Ismaïl;Bu-Ismail;Castiglione
dz|Bouinan|Bouinane;Bouïnane
dz|Bou Hanifia el Hamamat|Bou Hanifia;Bou Hanifia el Hammamet;Bou Hanifia-les Thermes;Sidi Bou Hanifia
dz|Bougara|Bouguera;Bouguerra;Rovigo
dz|Bougaa|Lafayette
dz|Boufarik|
dz|Boudouaou|Alma;L'Alma
dz|Boudjima|
dz|Bou Arfa|Boû Arfa
dz|Bordj Zemoura|Zemmoura;Zemmours;Zemoura;Zemours
dz|Bordj Ghdir|Bordj R'dir;Bordj Redir;Bordj Rhedir;Bordj Rédir
dz|Bordj el Kiffan|Bordj El Kifan;Fort de l'Eau
dz|Boghni|Boghari;Borhni
dz|Birkhadem|Birkadem
dz|Birine|Birin
dz|Bir el Djir|Arcole
dz|Bir el Ater|
dz|Besbes|Randon
dz|Berrouaghia|Berrouarhia
dz|Berriane|Berrian
dz|Berrahal|Ain Mokra;Aine Mokra;Aïn Mokra;Aïne Mokra
dz|Bensekrane|Ben Sokrane;Pont de l'Isser
dz|Ben Mehidi|Morris
dz|Beni Saf|Beni Sat
dz|Beni Mester|
dz|Beni Mered|
dz|Beni Douala|Beni Doula
dz|Beni Amrane|Beni Amran
dz|Bejaia|Bedzaja;Bejaïa;Bougie;Bugia;Bugía;Béjaïa;bjayt;بجاية
dz|Bechar|Beshare;Béchar;Colomb-Bechar;Colomb-Béchar;Wilaya de Beshar;wlayt bshar;ولاية بشار
dz|Batna|Batna City;Wilaya de Batna;batnh;batnt;wlayt batnt;باتنة;باتنه;ولاية باتنة
dz|Barika|
dz|Barbacha|Souk et Tleta;Souk et Tléta
dz|Baraki|
dz|Bab Ezzouar|Le Retour de la Chasse
dz|Azzaba|Jemmapes
dz|Azazga|Agagza;Agazza
dz|Arris|
dz|Arhribs|Aghribs
dz|Arbatache|Arbatach;L'Arbatach;L'Arbetache;Marechal Foch;Maréchal Foch
dz|Aoulef|Aoulef el Arab
dz|Annaba|Anaba;Annaba - syaht;Annaba - سياحة;Bona;Bone;Bône;an na ba;عنابة
dz|Ammi Moussa|
dz|Amizour|Colmar;Oued Amizour
dz|Algiers|Al Jazair;Al-jezair;Algeirsborg;Alger;Algeri;Algeria;Algero;Algier
dz|Akbou|Metz
dz|Ain Touta|Aïn Touta;Mac Mahon
dz|'Ain Temouchent|Ain Temonchent;Ain Temoucheni;Ain Temushent;Aine Temouchent;Aïn Témoucheni;Aïne Temouchent
dz|Ain Taya|Aine Taya;Aïn Taya;Aïne Taya
dz|Ain Smara|Aine Smara;Aïn Smara;Aïne Smara
dz|Ain Sefra|Aine Sefra;Aïn Sefra;Aïne Sefra
dz|Ain Oussera|Aïn Oussera;El Oussera;Paul Cazelles
dz|'Ain Merane|Aine Merane;Aïne Merane;Rabelais
dz|Ain Kercha|Ain Kercka;Aine Kercha;Aïn Kercha;Aïn Kercka;Aïne Kercha
dz|Ain Fakroun|Aine Fakroun;Aïn Fakroun;Aïne Fakroun
dz|'Ain el Turk|Ain-et-Turk;Aine et Turk;Ajn-ehl'-Terk;Aïn-et-Turk;Aïne et Turk
dz|'Ain el Melh|Ain Melah;Ain Melh;Ain Mellah;Aine Melah;Ajn-ehl'-Mel'kh;Aïn Melah;Aïn Melh;Aïne Melah
dz|'Ain el Hammam|Ain El Hamman;Ain-el-Hamam;Aine el Hammam;Ajn-ehl'-Khammam;Aïn El Hamman;Aïn-el-Hamam;Aïne el Hammam;Michelet
dz|Ain el Hadjel|Ain el Hadjel;Aine el Hadjel;Aïne el Hadjel;Selamate
dz|Ain el Bya|'Ain el Bia;Aïn el Bya;Damesme
dz|'Ain el Berd|Oued Imbert
dz|'Ain el Bell|Ain el Ibel;Ajn-ehl'-Bella;Aïn el Ibel;Fontaine des Chameaux
dz|'Ain Deheb|El Ousseukh;El Ousseukhr;El Ousseukr;La Fontaine
dz|Ain Bessem|Aïn Bessem
dz|'Ain Benian|Ain Berrian;Bou Ismail;Castiglione;Cuyotville;Guyotville
dz|Ain Beida|Aine Beida;Aïn Beïda;Aïne Beïda
dz|'Ain Arnat|Aine Arnat;Arnat;Aïne Arnat
dz|'Ain Abid|Aine Abid;Aïne Abid
dz|Aflou|Aflu
dz|Abou el Hassan|Abou el Hassen;Beni Madoun;Bordj Abou el Hassen;Cavaignac
dz|BABOR - VILLE|
ly|Tobruk|Antipyrgos;Antipyrgus;Tobroek;Tobrouk;Tobruch;Tobruck;Tubruk;Tubruq
ly|Suluq|Qaryat Salug;Qaryat Saluq;Qaryat Salūg;Qaryat Salūq;Soluch;Solugh;Solùgh;Sulūq
ly|Darnah|Daernae;Darnis;Derna;Därnä;Dérna;drnh;drnt;درنة
ly|Banghazi|Baengasi;Banghāzī;Bengasi;Bengaze;Bengazi;Benghasi;Benghazi;Berenice
ly|Az Zuwaytinah|Az Zuwaytīnah;Ez Zuetina;Ez Zuetína;Marsa Uasili;Qaryat az Zuwaytinah;Qaryat az Zuwaytīnah;Zueitina;Zuetina
ly|At Taj|At Tāj;Et Tag
ly|Al Aquriyah|Taukra;Teuchira;Tocra;Tokrah;Tukrah;Tócra;Tūkrah
ly|Al Qubbah|Al Gubbah;Berta;El-Gubba;El-Gúbba;Giovanni Berta;Gubba
ly|Al Marj|Al'-Mardzh;El Merj;Maerciaen;Märciän;almrj;المرج;شعبية المرج
ly|Al Jawf|Al-Jof;El-Giof;El-Gióf
ly|Al Bayda'|Al-Baida;Az Zawiyah al Bayda';Baida;Balagrae;Balis;Bayda
ly|Al Abyar|Alabia;El Abiar;Madirat al Abyar;Madīrat al Abyār;Al Abyār
ly|Ajdabiya|AEcdabiya;Adjadabia;Agedabia;Ajdabiyah;Ajdābiyah;Ajdābiyā;Laecdabiaen;Läcdabiän
ly|Zuwarah|Zuara;Zuava;Zuwārah;Zuára;Zuáva;zuart;زُوارة
ly|Zlitan|Isliten;Islīten;Izliten;Izlīten;Subgoli;Ziliten;Zliten;Zlīţan
ly|Zaltan|Zalţan;Zelten
ly|Yafran|Gasr Iefren;Iefren;Jafran;Jefren;Yaefraeniaen;Yafrin;Yäfräniän;شعبية يفرن
ly|Waddan|Uaddan;Waddān
ly|Tarhunah|El-Buerat;El-Buerát;El-Ubberat;El-Ubberát;Gasr Tarhuna;Qasr Tarhunah;Qaşr Tarhūnah;Tarhuna
ly|Tripoli|Aea;Ea;Oea;Tarables;Tarabulus;Tarabulus al Gharb;Tarabulus el Gharb;Taràbles
ly|Tajura'|Tagiura;Tajurah;Tājūrāh
ly|Surt|Gasr Zaafran;Gasr Zaafrán;Macomades-Euphranta;Qasr Sirt;Qaşr Sirt;Sert;Sirt;Sirte
ly|Surman|Sorman;Sormán;Şurmān
ly|Sabratah|Madinat Sabratah;Madīnat Şabrātah;Sabra;Sabrah;Sabratha;Sábra;Şabrah;Şabrātah
ly|Sabha|El-Gedid;El-Gedíd;Fort Leclerc;Sabhah;Sabhā;Saebha;Saebhiaen;Sebha
ly|Nalut|Lalut;Lalút;Nālūt;nalwt;نالوت
ly|Murzuq|Marzuq;Marzūq;Mourzouk;Mursukiaen;Mursukiän;Murzuch;Murzuk;شعبية مرزق
ly|Mizdah|Misdah;Mizda
ly|Misratah|Al Misratah;Madinat Misratah;Madīnat Mişrātah;Misrata;Misurata;Mişrātah;msrath;msratt
ly|Masallatah|Masallātah
ly|Hun|Hon;Hūn;Madinat Hun;Madīnat Hūn;hwn;هون
ly|Harat az Zawiyah|Al Harah;Al Ḩārah;El-Hara;El-Hára;Haraf Az Zawiyah;Haraf Az Zāwīyah;Ḩārat az Zāwiyah
ly|Ghat|Gat;Ghāt;Rhat;ghat;غات
ly|Gharyan|Garian;Gasr Garian;Gasr Gariàn;Gharyān;gharyan;ghryan;غريان;غَريان
ly|Birak|Birāk;Brach
ly|Bani Walid|Beni Ulid;Gasr Beni Ulid;Gasr Béni Ulíd;Qasr Bani Walid;Qaşr Banī Walīd;Banī Walīd
ly|Az Zintan|Az Zantam;Az Zantām;Az Zintān;Ez-Zintan;Ez-Zintán;Zintan;Zintán
ly|Awbari|Awbārī;Ubari;awbary;أوباري
ly|Al Khums|El Choms;Homs;Khoms;Labdah;Lebda;alkhums;الخُمس
ly|Al Jadid|Al Jadīd;Al'-Dzhadid;El-Gedid;El-Gedíd
ml|Yorosso|Joroso
ml|Tombouctou|Timboctu;Timboctú;Timboektoe;Timbouctou;Timbuctoo;Timbuctu;Timbuctú;Timbuktu
ml|Sikasso|Sikaso
ml|Segou|Segi;Ségou
ml|San|
ml|Mopti|moputi
ml|Markala|
ml|Koutiala|Kutiala
ml|Koulikoro|Koulikoro-Liberte;Koulikoro-Liberté;Kulikoro;kurikoro
ml|Kolokani|Kokolani
ml|Kayes Ndi|
ml|Kayes|Kajesas
ml|Kati|Kati Ville
ml|Kangaba|Kaba;Kangara
ml|Gao|
ml|Djenne|Djenné;Djénné;dzhene;jnh;جنه
ml|Bougouni|Bougoum;Buguni
ml|Banamba|
ml|Bamako|Bamaco - Bamako;Bamakas;Bamaku;Bamakó;Bammaco;Bammako;Mpamako
ml|Bafoulabe|Bafoulabé;Bafulabe
ne|Birni N Konni|Birni n'Kenni;Birni-Koni;Birnin Koni;Birnin Konni;Birnin-Konni;Konni
ne|Zinder|Sinder
ne|Tillaberi|Tillabery;Tillabéri;Tillabéry
ne|Tibiri|
ne|Tessaoua|
ne|Tera|Téra
ne|Tanout|
ne|Tahoua|Takhua
ne|Niamey|Niamei;Niamej;Niamejus;Niamėjus;ni ya mei;niame;nyamy
ne|Nguigmi|Ngigmi
ne|Mirya|Miria;Mirria;Myrria
ne|Mayahi|Majakhi;Mayaki
ne|Matamey|Matameye;Matamèye
ne|Maradi|
ne|Magaria|
ne|Madaoua|Madawa
ne|Illela|Ilella;Illeta;Illéla;Illéta
ne|Gaya|
ne|Dosso|
ne|Dogondoutchi|Dogonduchi
ne|Diffa|Difa
ne|Dakoro|
ne|Ayorou|Agorou
ne|Alaghsas|Alarsas
sd|Zalingei|Zalingee;Zalinje
sd|Yei|Ej;Yey;Yēy
sd|Yambio|Jambio;Yambiyo
sd|Wau|Vau;Waw;Wāw;waw;واو
sd|Wad Medani|Medani;Wad Madani;wd mdny;ود مدني
sd|Awel|Aweil;Eweil;Uwayl
sd|Um Ruwwaba|Um Ruaba;Um Ruwwāba;Umm Ruwaba;Umm Ruwabah;Umm Ruwāba;Umm Ruwābah
sd|Omdurman|Omdourman;Omdurmana;Omdurmanas;Omdurmāna;Umm Durman;Umm Durmān;omdurman
sd|Torit|
sd|Tonj|At Tonj;Ibba;Ton'gh
sd|Tokar|Tawkar;Tokār;Ţawkar
sd|Tandalti|Tandaltī;Tendelti
sd|Sinja|Senga;Singa;Sinjah
sd|Shendi|Shandi;Shindi;Shindî
sd|Sawakin|Savakine;Sawākin;Suakin
sd|Sannar|Sannār;Sennaar;Sennar;Sennār;Sinnar
sd|Rumbek|Rumbeke;Rumbik;rmbyk;رمبيك
sd|Rabaq|Rabak;rbk;ربك
sd|Malakal|Malakal'
sd|Maiurno|
sd|Kusti|Costi;Kosti;Kūstī;rbk;ربك
sd|Kuraymah|Kareima;Karemah;Karima;Karêmah
sd|Kinana|Kenana;Kinanah;Kināna;Kinānah
sd|Kassala|Cassala;Kasala;Kassale;ksl;كسل
sd|Kadugli|Kaduqli;Kāduqlī;kadqly;كادقلى
sd|Juba|Djouba;Dzhuba;Goba;Uula;g'wbh
sd|Gogrial|Gogriale;Qaqriyal
sd|Doka|
sd|Dilling|Ad Dalanj
sd|Port Sudan|Bur Sudan;Burt Sudan;Būr Sūdān;Būrt Sūdān;New Sawakin;New Sawâkin;Port-Sudan;Shaikh Barghuth
sd|Bor|
sd|Berber|Barbar
sd|Barah|Bara;Bāra;Bārah
sd|Madent Atbara|Atbara;Atbarah;Atbare;عطبرة
sd|As Suki|As Sūkī;Es Suki
sd|Ar Ruseris|Ar Roseris;Ar Rusayris;Ar Ruşayriş;Er Roseires;Ruseres;Ruṣêreṣ
sd|Ar Rahad|Er Rahad;Rahad
sd|An Nuhud|An Nahud;An Nahūd;An Nuhūd;En Nahud;En Nahūd;Nahad
sd|El Obeid|Al Obayyid;Al Ubayd;Al Ubayyid;Al Ubayyiḑ;Al-Ubayyid;El Ubeiyad;alaby;الأبي
sd|Al Qitena|Al Qiţena;Al Qutaynah;Al Quţaynah;El Geteina;El Qeteina
sd|Al Mijlad|Al Mujlad;El Muglad;Muglad
sd|Al Manaqil|Al Manāqil;El Managil;El Manaqil;El Manāqil;Manaqil
sd|Khartoum|Al Khartum;Al Kharţūm;Al Khurtum;Al Khurţūm;Cartum;Cartúm;Chartoum;Chartum
sd|El Geneina|Aj Jinena;Aj Jinēna;Al Geneina;Al Jeneina;Al Jinēna;Al Junaynah;Geneina;Geneina Fort
sd|Al Hilaliyya|Al Hilaliyah;Al Hilāliyya;Al Hilālīyah;El Hilaliya;El Hilāliya;Hilaliya
sd|Al Hawatah|Al Hawwata;Al Ḩawātah;El Hawata
sd|Hasiheisa|Al Hasahisa;Al Ḩaşāḩīşa;El Hasaheisa;El Hasiheisa
sd|El Fasher|Al Fashir;Al Fāshir;Al-Faschir;Al-Fashir;Ehl'-Fashir;Tendelti
sd|El Bauga|Al Bauga
sd|Ad Diwem|Ad Duwaym;Ad Duwem;Ad Duwēm;Dueim;Ed Dueim
sd|Ad Dindar|
sd|Ed Damer|Ad Damar;Ad Damir;Ad Dāmir;Ad-Damir;El Damar
sd|Ed Damazin|Ad Damazin;Ad Damāzīn;Ad-Damazin;Damazin;aldmazyn;الدمازين
sd|Abu Zabad|Abū Zabad
sd|Abu Jibeha|Abu Gibeyah;Abu Gubeiha;Abu Jubayhah;Abu-Gebeiha;Abū Jubayhah
td|Am Timan|Am Timane;Am Timmane;Umm Timman
td|Abeche|Abacher;Abecher;Abeshe;Abécher;Abéché;abesye
td|Sagh|Archambault;Fort-Archambault;Sahr;Sarh;Sarkh;Shar
td|Pala|Palla
td|Oum Hadjer|
td|N'Djamena|Fort-Lamy;Lamy;Ndjamena;Ndjemena;Ndzamena;Ndzhamena;Ndżamena;Ndžamena
td|Moussoro|Bahr el Ghazal
td|Moundou|Mondou;Mondu;Moundu;Mundu
td|Mongo|
td|Mboursou Lere|Mboursou Léré
td|Massakory|Dagana;Massakori
td|Massaguet|Massa Gueit;Massaguete;Massaguette;Massaquet
td|Mao|
td|Lai|Behagie;Behagle;Laï
td|Kyabe|Kiyabe;Kiyabi;Kiyabé;Kyabé
td|Koumra|Koumbra
td|Kelo|Kel
td|Dourbali|Ndourbali
td|Doba|
td|Bongor|
td|Bitkine|Bitkin
td|Benoy|Benoye;Bénoye
td|Ati|
tn|Zaghouan|Zaghouane;Zaghwan;Zaghwān;Zarhouan
tn|Oued Lill|Oued Ellil;Wadi al Layl;Wādī al Layl
tn|Tunis|Tunes;Tunez;Tunis-Ville;Tunisas;Tunisi;Tunisz;Tunizo;Tynida
tn|Tozeur|Tawzar;Tozer
tn|Tataouine|Foum Tatahouine;Foum Tataouine;Fum Tatawin;Fum Taţāwīn;Fumm Tattauin;Tatahouine;Tatahouïne;Tatawin
tn|Thala|Tala;Talah;Tālah
tn|Taklisah|Takelsa;Tāklisah
tn|Tajerouine|Tadjerouine;Tadjrouine;Tadjrouïne
tn|Sousse|Hadrumetum;Sousa;Souse;Soussa;Susa;Susah;Suss;Sūsah
tn|Siliana|Silyanah;Silyānah;Souk el Kremis
tn|Sidi Bouzid|Gammouda;Qamudah;Qamūdah;Sidi Bou Zid;Sidi Bu Zayd;Sidi-Bu-Zid;Sīdī Bū Zayd
tn|Saqanis|Chekanes;Skanes;Şaqānis
tn|Sfax|Safakis;Safaqis;Sfvks;Taparura;sfaqs;spqs;sufakkusu;Şafāqis
tn|La Sebala du Mornag|Cebala-du-Mornag;La Cebala;La Cebala du Mornag;Sabalat Murnaq;Sabālat Murnāq
tn|Rades|Maxula;Maxula-Rades;Maxula-Radès;Radis;Radès;Rādis
tn|Ksour Essaf|Ksursef;Qsour Essaf;Qusur as Saf;Quşūr as Sāf
tn|Korba|Kourba;Kurba;Qurbah
tn|Qulaybiyah|Clupea;Kelibia;Kelibija;Kélibia;Qulaybīyah
tn|Kebili|Qibili;Qibilī
tn|Qasr Hallal|Kassar el Hal;Kesser el Hal;Ksar Hellal;Qaşr Hallāl
tn|Carthage|Karfagen;Qartajannah;Qarţājannah
tn|El Fahs|Al Fahs;Al Faḩş;Fahs;Pont du Fas;Pont-du-Fahs;Port-du-Fachs;Qantarat al Fahs;Qanţarat al Faḩş
tn|Qal'at al Andalus|El Gelaah;Galaat el Andeless;Galaat el Andless;Galaat el Anndles;Galaat el Anndlès;Galas el Andeless;Guelaat el Andeless;Guelaat-el-Andless
tn|Gafsa|Capsa;Gafso;Justiniania;Kafsa;Qafsah;Qafşah
tn|Gabes|Abes;Gabès;Kabis;Kābis;Qabes;Qabis;Qābis;Tacapae
tn|Nefta|Aggarset Nepte;Naftah;Nafţah;Netta
tn|Nabeul|Naboel;Nabul;Nābul
tn|Midoun|Midun;Mīdūn
tn|Mateur|Matem;Matir;Māţir
tn|Masakin|M'saken;Masākin;Msaken;Msaker;msakn;مساكن
tn|Menzel Jemil|Djemil;Manzil Jamil;Manzil Jamīl;Menjel Djemil;Mennzel Djemil;Menzel Djemil
tn|Manzil Bu Zalafah|Manzil Bū Zalafah;Mennzel Bou Zelfa;Menzel Bou Zelfa
tn|Menzel Bourguiba|Bourguiba;Ferryville;Manzil Bu Ruqaybah;Manzil Bū Ruqaybah;Sidi Fath Allah;Sīdī Fatḩ Allāh
tn|Menzel Abderhaman|Mennzel Abd er Rahmane;Mennzel-Abd-er-Ralmane;Menzel Abd er Rahmane;Menzel Abd-er-Raman;Menzel Abderrahman
tn|Manouba|La Manouba;Manubah;Manūbah
tn|Majaz al Bab|Majāz al Bāb;Medjez el Bab
tn|Jendouba|Dzhenduba;Jundubah;Jundūbah;Souk el Arba;Souq el Arba
tn|Zarzis|Jarjis;Jarjīs;Zarzia
tn|Jammal|Djemal;Djemmal;Djemmel;Dzhamal';Jammāl
tn|Houmt Souk|Djerba;Hawmat as Suq;Houmet Es Souk;Houmet Essouk;Houmt Souq;Humk-Suk;Humt-Suk;Ḩawmat as Sūq
tn|Hammam Sousse|Hadrumete;Hadrumète;Hammam Susa;Hammam Susah;Hamman-Sousse;Justiniapolis;Ḩammām Sūsah
tn|Hammam-Lif|Hammam al Anf;Hamman-Lif;Khammam-Lif;Ḩammām al Anf
tn|La Goulette|El Aouina;Goletta;Goulette;Halk el Oued;Halq al Wadi;Halq el Oued;La Goletta;La Gouletta
tn|Douz|Duz;Dūz
tn|Dawwar Tinjah|Dawwār Tīnjah;Douar Tindja
tn|Dar Chabanne|Dar Chabane;Dar-Chaabane;Dar-Chaabane-el-Fehri
tn|Bizerte|Banzart;Biserta;Bizerta;Hippo Diarrhytus;Hippou Aksa;bnzrt;byzrth;بنزرت
tn|Beni Khiar|Bani Khiyar;Banī Khiyār;Beni Khaar;Beni Kriar
tn|Beja|Bajah;Bedja;Bedzha;Béja;Bājah
tn|Zouila|Az Zawilah;Az Zawīlah;Zuila
tn|Chebba|Ash Shabbah;Ash Shābbah;La Chebba;Sheba
tn|Ar Rudayyif|Redevef;Redevel;Redeyef
tn|Al Wardanin|Al Wardānīn;Ouadenine;Ouardanine;Ouardenine;Uardenine
tn|Kairouan|Al Qayrawan;Al Qayrawān;Al-Kayrawan;Al-Kayrawān;Kairuan;Kairwan;Kajruan;Kajruano
tn|Kasserine|Al Qasrayn;Al Qaşrayn;Kasserin;Qasserine
tn|Al Qarmadah|Gremda
tn|Monastir|Al Munastir;Al Munastīr;El Menstir;Hadrumetum;Ruspina;almnstyr;mnstyr;المنستير
tn|La Mohammedia|Al Muhammadiyah;Al Muḩammadīyah;Mohamedia;Mohamedla;Mohammedia
tn|Al Metlaoui|Matlaoui;Metlaoni;Metlaoui
tn|Al Marsa|Al Marsá;El Marsa;La Marsa
tn|Mahdia|Africa;Al Mahdiyah;Al Mahdīyah;Madhia;Mahedia;Mehdia;Zella
tn|El Kef|Al Kaf;Al Kāf;Chakbanaria;Chikka Benar;Ehl'-Kef;Kef;Le Kef;Sicca Veneria
tn|El Jem|Al Jamm;Ehl' Dzhem;El Djem;El Jemm;Sidi el Djem;Thysdrus
tn|Al Hammamat|Al Ḩammāmāt;Hammamet;Khammamet;alhmamat;الحمامات
tn|El Hamma|Al Hammah;Al Ḩāmmah;Ehl'-Khamma;El Hamma de l'Arad
tn|Al Baqalitah|Al Baqāliţah;Bekalta;Mkalta
tn|Al Aliyah|Ehl'-Alija;El Alia;Uzalis
tn|Akouda|Akkudah;Akkūdah;Akuda
tn|Douane|
`;
