import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { compareRecords, quickLevels } from './compare-records.ts';
import { FIELD_COUNT, FIELD_INDEX, MISSING } from './fields.ts';
import { NameAgreementCache } from './name-agreement.ts';

const levelsOf = (a: RawRecord, b: RawRecord) => compareRecords(new NameAgreementCache(), prepareRecord(a), prepareRecord(b)).map((o) => o.level);
const given = (a: RawRecord, b: RawRecord) => levelsOf(a, b)[FIELD_INDEX.given_name];
const line = (a: RawRecord, b: RawRecord) => levelsOf(a, b)[FIELD_INDEX.family_line];

describe('comparing two records', () => {
  it('takes a written "not known" as missing, never as agreement', () => {
    const levels = levelsOf(
      { id: 'a', full_name: 'Achta Issa', mother_name: 'Inconnue', father_name: 'N/A', place_of_origin: '-', date_of_birth: 'inconnu' },
      { id: 'b', full_name: 'Achta Issa', mother_name: 'INCONNUE', father_name: 'n/a', place_of_origin: '--', date_of_birth: '?' },
    );
    expect(levels[FIELD_INDEX.mother_name]).toBe(MISSING);
    expect(levels[FIELD_INDEX.origin]).toBe(MISSING);
    expect(levels[FIELD_INDEX.birth]).toBe(MISSING);
    expect(levelsOf({ id: 'a', full_name: 'Achta', mother_name: 'Hawa Inconnu' }, { id: 'b', full_name: 'Achta', mother_name: 'Hawa' })[FIELD_INDEX.mother_name]).not.toBe(MISSING);
  });

  it('reads a two-word name in either order when nothing marks the family name', () => {
    // Malian and Congolese records put the family name first or last, often without capitals.
    const request: RawRecord = { id: 'r', full_name: 'Merveille', father_name: 'Jean Kahindo' };
    const child: RawRecord = { id: 'c', full_name: 'Kahindo Merveille' };
    expect(given(request, child)).toBe(1); // one level below exact: the order is a guess
    expect(line(request, child)).toBe(1); // Kahindo is the father's family name
    expect(given({ id: 'a', full_name: 'Kahindo Merveille' }, { id: 'b', full_name: 'Merveille Kahindo' })).toBe(1);
    // A slip on top of the other order: two levels below exact, found elsewhere in the name.
    expect(given({ id: 'a', full_name: 'Kahindo Merveille' }, { id: 'b', full_name: 'Emrveille Lokwa' })).toBe(3);
    expect(given({ id: 'a', full_name: 'Emrveille Lokwa' }, { id: 'b', full_name: 'Kahindo Merveille' })).toBe(3);
  });

  it('does not read a two-word name in the other order when its second word is the stated father\'s name', () => {
    // Filed by his father Yusuf Tahir, "Mohammed Yusuf" is Mohammed son of Yusuf, not Yusuf.
    const request: RawRecord = { id: 'r', full_name: 'Mohammed Yusuf', requester_name: 'Yusuf Tahir Bakit', requester_relationship: 'father' };
    const other: RawRecord = { id: 'c', full_name: 'Youssef Abubakar' };
    expect(given(request, other)).toBe(5);
    expect(given(other, request)).toBe(5);
    expect(given({ ...request, requester_name: undefined, requester_relationship: undefined, father_name: 'Youssouf Tahir' }, other)).toBe(5);
    // Without a father to say so, the other order stays possible.
    expect(given({ id: 'r', full_name: 'Mohammed Yusuf' }, other)).toBeLessThan(5);
    // A brother or sister who files the request names the father in their own chain.
    const bySister: RawRecord = { id: 'r', full_name: 'Musiya Ali', requester_name: 'Yaqub Ali Adam', requester_relationship: 'sibling' };
    expect(given(bySister, { id: 'c', full_name: 'Ali Hamdane' })).toBe(5);
    expect(given({ ...bySister, requester_relationship: 'other' }, { id: 'c', full_name: 'Ali Hamdane' })).toBeLessThan(5);
    // Nor is the father's name in a longer chain the sought child's given name "written elsewhere".
    const chain: RawRecord = { id: 'r', full_name: 'Mahamat Abakar Issa', father_name: 'Abakar Issa' };
    expect(given(chain, { id: 'c', full_name: 'Abakar Hassan' })).toBe(5);
    expect(given({ id: 'c', full_name: 'Abakar Hassan' }, chain)).toBe(5);
    expect(given({ id: 'r', full_name: 'Mahamat Abakar Issa' }, { id: 'c', full_name: 'Abakar Hassan' })).toBe(3);
  });

  it('reads a listed family name written first as the family name, so sisters do not agree on it', () => {
    // Koné and Diarra are clan names (data/src/names/family-names.ts): no guess is needed.
    expect(given({ id: 'r', full_name: 'Moussa', father_name: 'Adama Kone' }, { id: 'c', full_name: 'Koné Moussa' })).toBe(0);
    expect(given({ id: 'r', full_name: 'Diarra Jeneba' }, { id: 'c', full_name: 'Mariam Diarra' })).toBe(5);
  });

  it('keeps the plain reading when the given names already agree', () => {
    expect(given({ id: 'a', full_name: 'Moussa Kone' }, { id: 'b', full_name: 'Moussa Koné' })).toBe(0);
  });

  it('does not swap three-word chains, where the order is a name chain', () => {
    // "Issa Mahamat Abakar" is Issa son of Mahamat: never Mahamat.
    expect(given({ id: 'a', full_name: 'Issa Mahamat Abakar' }, { id: 'b', full_name: 'Mahamat Abakar Issa' })).toBe(3);
  });

  it('reads a longer name from its second word when its first is the record\'s own father\'s', () => {
    // The father's name written first as a family name, without capitals to say so.
    const chain: RawRecord = { id: 'c', full_name: 'Mahamat Khadidja Adam', father_name: 'Mouhamat Acam' };
    expect(given({ id: 'r', full_name: 'Khadidja' }, chain)).toBe(1);
    expect(given(chain, { id: 'r', full_name: 'Khadidja' })).toBe(1);
    expect(given({ id: 'r', full_name: 'Khadidja' }, { ...chain, father_name: undefined })).toBe(3);
  });

  it('does not read as the given name a word that the other record gives as its father\'s', () => {
    // "Moussa Isa" is Moussa son of Isa; "Isa Issa Abubakar" is a son of the same Issa, his brother.
    expect(given({ id: 'r', full_name: 'Moussa Isa' }, { id: 'c', full_name: 'Isa Issa Abubakar' })).toBe(3);
    expect(given({ id: 'r', full_name: 'Moussa Isa' }, { id: 'c', full_name: 'Isa', father_name: 'Issa Abubakar' })).toBe(3);
    expect(given({ id: 'r', full_name: 'Moussa Isa' }, { id: 'c', full_name: 'Isa Abubakar' })).toBe(1);
  });

  it('takes two plainly different stated fathers as different families, whatever else the names share', () => {
    const request: RawRecord = { id: 'r', full_name: 'Grâce Ngabo', requester_name: 'Dieudonné Ngabo', requester_relationship: 'father' };
    expect(line(request, { id: 'c', full_name: 'Grace Ngabo', father_name: 'Dieudonné Lokwa' })).toBe(3);
    expect(line(request, { id: 'c', full_name: 'Grace Ngabo', father_name: 'Dieudonne Ngabo' })).toBe(0);
    // A chain of three words names the father in its tail: Hissein Mahamat Adam's father is Mahamat Adam.
    const uncle: RawRecord = { id: 'r', full_name: 'TAHIR Hussein', father_name: 'Tahir Adam' };
    expect(line(uncle, { id: 'c', full_name: 'Hissein Mahamat Adam' })).toBe(3);
    expect(line(uncle, { id: 'c', full_name: 'Hissein Tahir Adam' })).toBe(0);
    // So does a brother's or sister's own chain: Yaqub Ali Adam's father is Ali Adam.
    const bySibling: RawRecord = { id: 'r', full_name: 'Musiya', requester_name: 'Yaqub Ali Adam', requester_relationship: 'sibling' };
    expect(line(bySibling, { id: 'c', full_name: 'Moussia Idriss Adam' })).toBe(3);
    expect(line(bySibling, { id: 'c', full_name: 'Moussia Ali Adam' })).toBe(0);
    // Written differently is not different: Madou is weakly like Mamadou.
    expect(line({ id: 'a', full_name: 'Boubacar Diallo', father_name: 'Madou Diallo' }, { id: 'b', full_name: 'Aboubacar Diallo', father_name: 'Mamadou Diallo' })).toBeLessThan(3);
    // Words are paired one to one: Maïga is weakly like Mamadou, but Madou is paired with it already.
    expect(line({ id: 'a', full_name: 'Fatoumata Sangare', father_name: 'Mamadou Sangaré' }, { id: 'b', full_name: 'Fatoumata Maïga', father_name: 'Madou Maïga' })).toBe(3);
    expect(line({ id: 'a', full_name: 'Hamdi', father_name: 'EBRAHIM Mohammed' }, { id: 'b', full_name: 'Hamdi', father_name: 'Mohammed Mahamat' })).toBe(3);
    expect(line({ id: 'a', full_name: 'Hamdi', father_name: 'Mohammed Ebrahim' }, { id: 'b', full_name: 'Hamdi', father_name: 'Mahamat Ibrahim' })).toBe(0);
    // A record that states its father twice, a garbled father's column beside its own chain, is
    // of the father its chain names when the other record's father agrees with that.
    const twice: RawRecord = { id: 'r', full_name: 'Hassaballah Mahamat Siddiq', father_name: 'Xouammed Siddig' };
    expect(line(twice, { id: 'c', full_name: 'Hassaballah Mahamat Siddiq' })).toBe(0);
    expect(line({ id: 'c', full_name: 'Hassaballah Mahamat Siddiq' }, twice)).toBe(0);
    expect(line(twice, { id: 'c', full_name: 'Hassaballah Tahir Siddiq', father_name: 'Tahir Siddiq' })).toBe(3);
  });

  it('grades two mothers of one first name by the rest of their names', () => {
    const mother = (a: string, b: string) => levelsOf({ id: 'a', full_name: 'Hawa', mother_name: a }, { id: 'b', full_name: 'Hawa', mother_name: b })[FIELD_INDEX.mother_name];
    expect(mother('Assitan Traoré', 'Assitan Traore')).toBe(0);
    expect(mother('Jeanne Ugeti', 'Jeanne Ugtei')).toBe(1); // a slip in the family name: similar
    expect(mother('Assitan Kassogué', 'Assitan Traoré')).toBe(2); // plainly another woman: weak
    expect(mother('Assitan', 'Assitan Traoré')).toBe(0); // nothing to tell them apart
  });

  it('reads a mother\'s name in the other order when one of its words is misspelt', () => {
    const mother = (a: string, b: string) => levelsOf({ id: 'a', full_name: 'Hawa', mother_name: a }, { id: 'b', full_name: 'Hawa', mother_name: b })[FIELD_INDEX.mother_name];
    expect(mother('Ugeti Rachel', 'Rachel Ugeti')).toBe(0);
    expect(mother('Ugeti Rchel', 'Rachel Ugeti')).toBe(1); // one word misspelt: similar
    expect(mother('Rchel Ugeti', 'Ugeti Rachel')).toBe(1); // whichever side holds it
    expect(mother('Ugeti Rachel', 'Rachel Lokwa')).toBe(3); // one shared word, the other unlike it
  });

  it('compares the aliases\' given names too, and shows the given names when none agree', () => {
    const compare = (a: RawRecord, b: RawRecord) => compareRecords(new NameAgreementCache(), prepareRecord(a), prepareRecord(b))[FIELD_INDEX.given_name]!;
    expect(compare({ id: 'a', full_name: 'Moussa Kone', other_names: 'Bakary' }, { id: 'b', full_name: 'Bakari Kone' })).toMatchObject({ level: 1, left: 'bakary', right: 'bakari' });
    expect(compare({ id: 'a', full_name: 'Moussa Kone', other_names: 'Bakary' }, { id: 'b', full_name: 'Fatouma Traore' })).toEqual({ level: 5, left: 'moussa', right: 'fatouma' });
  });

  const names = fc.constantFrom('Mahamat', 'Koné', 'Moussa', 'Diallo', 'Aboubacar', 'Kahindo', 'Merveille', 'Issa', 'Abakar', 'Fatimé', 'محمد', '');
  const recordArbitrary = fc
    .record({
      full_name: fc.array(names, { maxLength: 3 }).map((words) => words.join(' ')),
      father_name: fc.array(names, { maxLength: 2 }).map((words) => words.join(' ')),
      mother_name: fc.array(names, { maxLength: 2 }).map((words) => words.join(' ')),
      requester_name: fc.array(names, { maxLength: 2 }).map((words) => words.join(' ')),
      requester_relationship: fc.constantFrom('father' as const, 'mother' as const, 'sibling' as const, 'uncle' as const),
    })
    .map((r): RawRecord => ({ id: 'x', ...r }));

  it('reaches the same level on every field whichever record is on the left', () => {
    fc.assert(fc.property(recordArbitrary, recordArbitrary, (a, b) => {
      expect(levelsOf(a, b)).toEqual(levelsOf(b, a));
    }));
  });

  it('reaches the same levels in the quick pass as in the full comparison', () => {
    fc.assert(fc.property(recordArbitrary, recordArbitrary, (a, b) => {
      const [x, y] = [prepareRecord(a), prepareRecord(b)];
      const levels = new Int8Array(FIELD_COUNT);
      quickLevels(new NameAgreementCache(), x, y, levels);
      const full = compareRecords(new NameAgreementCache(), x, y);
      for (const field of [FIELD_INDEX.given_name, FIELD_INDEX.family_line, FIELD_INDEX.mother_name]) expect(levels[field]).toBe(full[field]!.level);
    }));
  });
});

describe('sex implied by the given name', () => {
  // A cache that knows, as a caseload would tell it, that Salim is a boy's name and Salma, Fatima a girl's.
  const knowing = () =>
    new NameAgreementCache({ count: () => 0, impliedSex: (t) => ({ salim: 'm', salma: 'f', fatima: 'f', fatime: 'f', haua: 'f' } as const)[t.canonical as 'salim'] ?? null });
  const sexOutcome = (cache: NameAgreementCache, a: RawRecord, b: RawRecord) => compareRecords(cache, prepareRecord(a), prepareRecord(b))[FIELD_INDEX.sex]!;

  it('tells a request for Salim, sex not stated, from his sister Salma, and says the sex was implied', () => {
    const outcome = sexOutcome(knowing(), { id: 'r', full_name: 'Salim Ahmed Ishag' }, { id: 'c', full_name: 'Salma Ahmat Ishaq', sex: 'f' });
    expect(outcome.level).toBe(1);
    expect(outcome.left).toBe('m, by the name Salim');
    expect(outcome.right).toBe('f');
  });

  it('does not count an implied sex that agreeing given names already said', () => {
    expect(sexOutcome(knowing(), { id: 'r', full_name: 'Fatima Issa' }, { id: 'c', full_name: 'Fatimé Issa', sex: 'f' }).level).toBe(MISSING);
    // Different given names: the implied sex is news.
    expect(sexOutcome(knowing(), { id: 'r', full_name: 'Hawa Issa' }, { id: 'c', full_name: 'Fatimé Issa', sex: 'f' }).level).toBe(0);
  });

  it('does not take a girl\'s second given name for her father\'s name', () => {
    // "Oumou Kalsoum Traoré": Kalsoum is her second name, not a father called Kalsoum who would
    // be another man than the Boubacar Traoré who filed the request.
    const cache = new NameAgreementCache({ count: () => 0, impliedSex: (t) => (t.canonical === 'kalsum' ? 'f' : null) });
    const request = prepareRecord({ id: 'r', full_name: 'Oumou Kalsoum', requester_name: 'Boubacar Traore', requester_relationship: 'father' });
    const child = prepareRecord({ id: 'c', full_name: 'Oumou Kalsoum Traoré' });
    expect(compareRecords(cache, request, child)[FIELD_INDEX.family_line]!.level).toBeLessThan(3);
    expect(compareRecords(cache, child, request)[FIELD_INDEX.family_line]!.level).toBeLessThan(3);
    // Without knowing Kalsoum is a woman's name, the chain reads as a father Kalsoum Traoré.
    expect(compareRecords(new NameAgreementCache(), request, child)[FIELD_INDEX.family_line]!.level).toBe(3);
  });

  it('implies nothing without the data, and never overrides a stated sex', () => {
    expect(sexOutcome(new NameAgreementCache(), { id: 'r', full_name: 'Salim Ahmed' }, { id: 'c', full_name: 'Salma Ahmat', sex: 'f' }).level).toBe(MISSING);
    expect(sexOutcome(knowing(), { id: 'r', full_name: 'Salim Ahmed', sex: 'f' }, { id: 'c', full_name: 'Salma Ahmat', sex: 'f' }).level).toBe(0);
  });
});
