import { parse } from './forms.ts';

// Ituri (DRC): French Christian given names; Hema, Lendu, Alur and Nande family names.
// Frequency order: the head of each list is carried by a large share of people; the tail is
// long, as in real registers, so that two unrelated children rarely share every name by chance.

/** Boys and men, given names. */
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
Augustin|Augustin
Innocent|Innocent
Blaise|Blaise
Pacifique|Pacifique
Fiston|Fiston
Héritier|Heritier
Christian|Christian
Gloire|Gloire
Prince|Prince
Samuel|Samuel
David|David
Pascal|Pascal
Faustin|Faustin
Trésor|Tresor
Justin|Justin
Didier|Didier
Jacques|Jacques
Alain|Alain
Jean-Marie,Jean Marie|Jean-Marie
Bosco|Bosco
Isaac|Isaac,Isaka
Jonathan|Jonathan
`);

/** Girls and women, given names. */
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
Anuarite|Anuarite
Sarah|Sarah,Sara
Judith|Judith
Nadine|Nadine
Solange|Solange
Béatrice|Beatrice
Joséphine|Josephine
Ruth|Ruth
Claudine|Claudine
Gisèle|Gisele
Élisabeth|Elisabeth,Elizabeth
Mapendo|Mapendo
Riziki|Riziki
Aimée|Aimee
Sylvie|Sylvie
Dorcas|Dorcas
Jolie|Jolie
Marie-Claire,Marie Claire|Marie-Claire
`);

/** Family names. */
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
Dhelo|Dhelo,Delo
Ndrundro|Ndrundro,Drundro
Dhedza|Dhedza,Dedza
Lotsove|Lotsove,Lotsowe
Bura|Bura
Unencan|Unencan,Unenchan
Pimbo|Pimbo
Lonzo|Lonzo
Ngabu|Ngabu
Ndjalonga|Njalonga,Ndjalonga
Tsaba|Tsaba,Tchaba
Kpatsi|Kpatsi,Patsi
Ngbadhe|Ngbadhe,Ngbade
Dhekana|Dhekana,Dekana
Ufoy|Ufoy,Ufoi
Anyama|Anyama,Aniama
Kiiza|Kiiza,Kiza
Kambale|Kambale
Muhindo|Muhindo
Paluku|Paluku
Katembo|Katembo
Mumbere|Mumbere
Vahwere|Vahwere,Vawere
Sivahera|Sivahera
Mathe|Mathe
Kisembo|Kisembo
Londroma|Londroma
Tchulo|Tchulo,Chulo
Ngave|Ngave
Djalum|Djalum,Jalum
Unzi|Unzi
Ukumu|Ukumu
Upio|Upio
Ukelo|Ukelo
Mbafele|Mbafele
Kpaluma|Kpaluma,Paluma
Lokana|Lokana
Ndjalo|Njalo,Ndjalo
Dhesa|Dhesa,Desa
Bhaza|Bhaza,Baza
Adirodhu|Adirodhu,Adirodu
Ayikoru|Ayikoru
Okello|Okello,Okelo
Opio|Opio
Ocaya|Ocaya,Ochaya
Ucircan|Ucircan,Uchircan
Thabo|Thabo,Tabo
Mangadima|Mangadima
Ngadjole|Ngadjole,Ngajole
Bedijo|Bedijo
Dz'na|Dzna
Udongo|Udongo
Ukwiya|Ukwiya
Ngure|Ngure
Kabuyaya|Kabuyaya
Syauswa|Syauswa
Kasongo|Kasongo
Masika|Masika
Kavira|Kavira
Baguma|Baguma
`);
