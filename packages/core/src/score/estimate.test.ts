import { describe, expect, it } from 'vitest';
import { NameAgreementCache } from '../compare/name-agreement.ts';
import { prepareRecord, type PreparedRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { estimateModel } from './estimate.ts';
import { defaultModel } from './model.ts';
import { sameBirthDayChance } from './exact-chance.ts';
import { seededRandom } from './random.ts';

const GIVEN = ['Amina', 'Bakhit', 'Djamila', 'Faysal', 'Ghada', 'Hamza', 'Idriss', 'Jamila', 'Kaltouma', 'Louba', 'Moustapha', 'Nafissa', 'Oumar', 'Rachida', 'Souad', 'Tahir', 'Wassila', 'Yacoub', 'Zeinab', 'Nouradine'];
const FATHERS = ['Abakar', 'Brahim', 'Daoud', 'Ezzedine', 'Haroun', 'Ismail', 'Khalil', 'Mansour', 'Nassour', 'Ousmane', 'Ramadan', 'Saleh', 'Tidjani', 'Youssouf', 'Zakaria'];
const MOTHERS = ['Achta', 'Fatime', 'Hadjé', 'Khadidja', 'Mariam', 'Ramla', 'Salma', 'Zara'];
const PLACES = ['Goz Beida', 'Adré', 'Farchana', 'Iriba', 'Guéréda', 'Koukou', 'Abéché', 'Bahaï'];

/**
 * Families of two to four children. A request is filed for one child of 70 % of the families,
 * written as the registration; for a third of them that child was never registered, but its
 * brothers and sisters were. Each request's candidates are its family's registered children
 * (same father, mother, origin, place and month of separation) and two strangers.
 */
function families(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const children: RawRecord[][] = [];
  for (let family = 0; family < 400; family++) {
    const father = `${pick(FATHERS)} ${pick(FATHERS)}`;
    const mother = `${pick(MOTHERS)} ${pick(FATHERS)}`;
    const origin = pick(PLACES);
    const separated = { place_of_separation: pick(PLACES), date_of_separation: `2023-0${1 + Math.floor(random() * 9)}` };
    const names = [...GIVEN].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 3));
    children.push(names.map((given, i) => ({ id: `c${family}-${i}`, kind: 'child', full_name: `${given} ${father}`, mother_name: mother, sex: random() < 0.5 ? 'm' : 'f', date_of_birth: `${2010 + 2 * i}`, place_of_origin: origin, ...separated })));
  }
  const requests: Array<{ sought: RawRecord; family: number }> = [];
  children.forEach((family, f) => {
    if (random() >= 0.7) return;
    const sought = family[Math.floor(random() * family.length)]!;
    requests.push({ sought, family: f });
    if (random() < 1 / 3) family.splice(family.indexOf(sought), 1);
  });
  const starts: number[] = [];
  children.reduce((first, family) => (starts.push(first), first + family.length), 0);
  const right = children.flat().map(prepareRecord);
  const left: PreparedRecord[] = [];
  const candidatePairs: [number, number][] = [];
  const groupStarts: number[] = [];
  for (const { sought, family } of requests) {
    left.push(prepareRecord({ ...sought, id: `r${left.length}`, kind: 'request' }));
    groupStarts.push(candidatePairs.length);
    for (let k = 0; k < 2; k++) candidatePairs.push([left.length - 1, Math.floor(random() * right.length)]);
    children[family]!.forEach((_, i) => candidatePairs.push([left.length - 1, starts[family]! + i]));
  }
  return { left, right, candidatePairs, groupStarts };
}

describe('estimateModel', () => {
  it("does not take a child's registered brothers and sisters for matches whose given name, sex and age differ", () => {
    const { left, right, candidatePairs, groupStarts } = families(7);
    const model = estimateModel(new NameAgreementCache(), { left, right, candidatePairs, groupStarts, sameSet: false }, { seed: 3, randomPairs: 5_000, priorStrength: 50 });
    const given = model.fields.given_name!.m;
    const birth = model.fields.birth!.m;
    // Every request spells its child's given name and birth year as the registration does.
    expect(given[given.length - 1]!).toBeLessThan(0.1);
    expect(birth[birth.length - 1]!).toBeLessThan(0.1);
    expect(model.fields.sex!.m[1]!).toBeLessThan(0.1);
    // The father's line agrees for the child and its siblings alike: still a match's level.
    expect(model.fields.family_line!.m[0]!).toBeGreaterThan(0.5);
    // Two requests in three have their child among the candidates.
    expect(model.matchRate).toBeGreaterThan(0.55);
    expect(model.matchRate).toBeLessThan(0.78);
  });

  it('takes the chance of a shared day of birth from counting the whole data, not from the random sample', () => {
    const { left, right, candidatePairs, groupStarts } = families(7);
    // Registers that write an unknown birthday as 1 July: a third of the children.
    const dated = (records: readonly PreparedRecord[]) =>
      records.map((record, i) => (i % 3 === 0 ? prepareRecord({ id: record.id, kind: 'child', full_name: 'Amina Issa', date_of_birth: `${2010 + (i % 4)}-07-01` }) : record));
    const [l, r] = [dated(left), dated(right)];
    const model = estimateModel(new NameAgreementCache(), { left: l, right: r, candidatePairs, groupStarts, sameSet: false }, { seed: 3, randomPairs: 500, priorStrength: 50 });
    const u = model.fields.birth!.u;
    expect(u[0]).toBeCloseTo(sameBirthDayChance(l, r, false)!, 10);
    expect(u.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
  });

  it('within one caseload keeps the personal fields\' m where they started: relatives outnumber children registered twice', () => {
    const { right } = families(7);
    // Candidates of each child: its brothers and sisters (dedupe blocking finds them first).
    const candidatePairs: [number, number][] = [];
    const groupStarts: number[] = [];
    right.forEach((child, l) => {
      groupStarts.push(candidatePairs.length);
      right.forEach((other, r) => {
        if (r !== l && other.id.split('-')[0] === child.id.split('-')[0]) candidatePairs.push([l, r]);
      });
    });
    const start = defaultModel();
    const input = { left: right, right, candidatePairs, groupStarts, sameSet: true };
    const model = estimateModel(new NameAgreementCache(), input, { seed: 3, randomPairs: 5_000, priorStrength: 50 });
    expect(model.fields.given_name!.m).toEqual(start.fields.given_name!.m);
    expect(model.fields.birth!.m).toEqual(start.fields.birth!.m);
    // The family's fields are still learnt.
    expect(model.fields.family_line!.m).not.toEqual(start.fields.family_line!.m);
    // Between two files every m is learnt.
    const across = estimateModel(new NameAgreementCache(), { ...input, sameSet: false }, { seed: 3, randomPairs: 5_000, priorStrength: 50 });
    expect(across.fields.given_name!.m).not.toEqual(start.fields.given_name!.m);
  });
});
