import { describe, expect, it } from 'vitest';
import { compareRecords } from '../compare/compare-records.ts';
import { FIELD_INDEX } from '../compare/fields.ts';
import { prepareRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { defaultModel } from './model.ts';
import { createScoringContext, fieldWeights } from './score-pair.ts';
import { countTermFrequencies, givenLineLift, impliedSexOf, linePairFrequency } from './term-frequency.ts';

const NAMES = ['Ali', 'Brahim', 'Hassan', 'Issa', 'Moussa', 'Oumar', 'Yacoub', 'Idriss', 'Saleh', 'Khamis', 'Hamid', 'Tahir', 'Younous', 'Haroun', 'Djibrine', 'Youssouf', 'Hissein', 'Ousmane', 'Bakhit', 'Yaya', 'Souleymane', 'Ismaïl', 'Zakaria', 'Khalil', 'Nour'];
/**
 * A caseload of 1,041 children: "Adam Abakar" is the father's line of 40 of them, "Wardougou
 * Tidjani" of one, and a thousand others have lines drawn from 25 common names.
 */
const caseload = [
  ...Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, full_name: `${['Mahamat', 'Fatimé', 'Issa', 'Zara'][i % 4]} Adam Abakar` })),
  { id: 'w', full_name: 'Hawa Wardougou Tidjani' },
  ...Array.from({ length: 1000 }, (_, i) => ({ id: `o${i}`, full_name: `Achta ${NAMES[i % 25]} ${NAMES[(i * 7 + 3) % 25]}` })),
].map((raw: RawRecord) => prepareRecord(raw));

const frequencies = countTermFrequencies(caseload);
const context = createScoringContext(defaultModel(), frequencies);
const lineWeight = (a: RawRecord, b: RawRecord): number => {
  const [left, right] = [prepareRecord(a), prepareRecord(b)];
  return fieldWeights(context, compareRecords(context.cache, left, right))[FIELD_INDEX.family_line]!;
};

describe('term frequencies of the father’s line', () => {
  it('counts pairs of names per line, in either order', () => {
    const [adam, abakar] = prepareRecord({ id: 'x', full_name: 'Abakar Adam' }).name;
    expect(linePairFrequency(frequencies, adam!, abakar!)).toBeCloseTo(40 / 1041);
    expect(linePairFrequency(frequencies, abakar!, adam!)).toBeCloseTo(40 / 1041);
  });

  it('weighs two agreeing names by how many lines carry that pair: a rare pair says more than a common one', () => {
    const common = lineWeight({ id: 'r', full_name: 'Mahamat Adam Abakar' }, { id: 'c', full_name: 'Mahamat Adam Abakar' });
    const rare = lineWeight({ id: 'r', full_name: 'Hawa Wardougou Tidjani' }, { id: 'c', full_name: 'Hawa Wardougou Tidjani' });
    expect(rare).toBeGreaterThan(common + 1);
  });

  it('keeps the levels in order: a common pair never counts for less than one rare agreeing name', () => {
    const twoCommon = lineWeight({ id: 'r', full_name: 'Mahamat Adam Abakar' }, { id: 'c', full_name: 'Mahamat Adam Abakar' });
    const oneRare = lineWeight({ id: 'r', full_name: 'Hawa Wardougou' }, { id: 'c', full_name: 'Hawa Wardougou Tidjani' });
    expect(twoCommon).toBeGreaterThanOrEqual(oneRare);
  });

  it('lifts the best level by no more than a common pair can take away from it', () => {
    // A model under which two agreeing names are common among non-matches, so that a pair seen
    // once in 1,041 lines would lift the level by the full five bits without the bound.
    const model = defaultModel();
    const wide = createScoringContext({ ...model, fields: { ...model.fields, family_line: { m: [0.5, 0.33, 0.05, 0.12], u: [0.05, 0.06, 0.03, 0.86] } } }, frequencies);
    const weigh = (name: string) => {
      const record = prepareRecord({ id: 'x', full_name: name });
      return fieldWeights(wide, compareRecords(wide.cache, record, record))[FIELD_INDEX.family_line]!;
    };
    const [two, one] = wide.weights[FIELD_INDEX.family_line] as [number, number];
    // Halfway to "one agrees" is the most a common pair takes away; a rare pair adds no more.
    expect(weigh('Hawa Wardougou Tidjani')).toBeCloseTo(two + (two - one) / 2);
    expect(weigh('Mahamat Adam Abakar')).toBeLessThan(weigh('Hawa Wardougou Tidjani'));
  });
});

describe('the sex a given name implies', () => {
  const records = (name: string, male: number, female: number, unstated = 0): RawRecord[] => [
    ...Array.from({ length: male }, (_, i): RawRecord => ({ id: `${name}-m${i}`, full_name: name, sex: 'm' })),
    ...Array.from({ length: female }, (_, i): RawRecord => ({ id: `${name}-f${i}`, full_name: name, sex: 'f' })),
    ...Array.from({ length: unstated }, (_, i): RawRecord => ({ id: `${name}-u${i}`, full_name: name })),
  ];
  const caseload = [...records('Salim', 30, 1, 5), ...records('Salma', 0, 25), ...records('Nour', 12, 10), ...records('Ilham', 0, 6)].map(prepareRecord);
  const implied = impliedSexOf(countTermFrequencies(caseload));
  const sexOf = (name: string) => implied(prepareRecord({ id: 'q', full_name: name }).name[0]!);

  it('is the sex nearly every record stating one gives the name', () => {
    expect(sexOf('Salim')).toBe('m'); // 30 of 31
    expect(sexOf('Salma')).toBe('f');
  });

  it('is none for a name given to both, seen too rarely, or not seen', () => {
    expect(sexOf('Nour')).toBeNull();
    expect(sexOf('Ilham')).toBeNull(); // 6 records: too few
    expect(sexOf('Zakaria')).toBeNull();
  });
});

describe('a given name and a family name that go together', () => {
  // 200 Malian children and 800 Chadian ones: Kadiatou and Traoré are names of the Malian fifth,
  // so they meet five times more often than their shares of the whole caseload say.
  const mali = Array.from({ length: 200 }, (_, i) => ({ id: `m${i}`, full_name: `${['Kadiatou', 'Awa', 'Mariam', 'Fanta'][i % 4]} ${['Traoré', 'Coulibaly', 'Diarra', 'Keïta'][Math.floor(i / 4) % 4]}` }));
  const chad = Array.from({ length: 800 }, (_, i) => ({ id: `t${i}`, full_name: `${NAMES[i % 25]} ${NAMES[(i * 7 + 3) % 25]} ${NAMES[(i * 11 + 5) % 25]}` }));
  const people = [...mali, ...chad].map((raw: RawRecord) => prepareRecord(raw));
  const clustered = countTermFrequencies(people);
  const [kadiatou, traore] = prepareRecord({ id: 'x', full_name: 'Kadiatou Traoré' }).name;

  it('measures how much more often the pair meets than the names\' shares say', () => {
    // 50 of 1,000 records are Kadiatou, 52 hold Traoré, and 13 are both.
    expect(givenLineLift(clustered, kadiatou!, traore!)).toBeCloseTo((13 * 1000) / (50 * 52));
    const [ali, brahim] = prepareRecord({ id: 'y', full_name: 'Ali Brahim' }).name;
    expect(givenLineLift(clustered, ali!, brahim!)).toBe(1);
  });

  it('weighs the one family name that agrees beside the given name as common as the pair is', () => {
    const weights = (frequencies: typeof clustered) => {
      const scoring = createScoringContext(defaultModel(), frequencies);
      const [a, b] = [prepareRecord({ id: 'r', full_name: 'Kadiatou Traore' }), prepareRecord({ id: 'c', full_name: 'Kadiatou Traoré' })];
      return fieldWeights(scoring, compareRecords(scoring.cache, a, b))[FIELD_INDEX.family_line]!;
    };
    const independent = { ...clustered, givenWithLine: new Map<string, number>() };
    expect(weights(clustered)).toBeLessThan(weights(independent) - 1);
  });
});
