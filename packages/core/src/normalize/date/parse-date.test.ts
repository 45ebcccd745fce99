import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoDate } from './day.ts';
import { parseAge } from './parse-age.ts';
import { parseDate } from './parse-date.ts';
import { birthEvidence } from './birth-evidence.ts';

const span = (input: string) => {
  const r = parseDate(input);
  if (!r.ok) throw new Error(r.error.message);
  return `${isoDate(r.value.interval.from)}..${isoDate(r.value.interval.to)}`;
};

describe('parseDate', () => {
  it.each([
    ['2015', '2015-01-01..2015-12-31'],
    ['2015-03', '2015-03-01..2015-03-31'],
    ['03/2015', '2015-03-01..2015-03-31'],
    ['2015-03-12', '2015-03-12..2015-03-12'],
    ['12/03/2015', '2015-03-12..2015-03-12'],
    ['12.03.2015', '2015-03-12..2015-03-12'],
    ['20150312', '2015-03-12..2015-03-12'],
    ['2016-02-29T08:30:00Z', '2016-02-29..2016-02-29'],
    ['٢٠١٥', '2015-01-01..2015-12-31'],
    ['03/25/2015', '2015-03-25..2015-03-25'], // month first: the only real reading
    // As typed into a form's text field or a spreadsheet.
    ['12/03/15', '2015-03-12..2015-03-12'],
    ['12/03/98', '1998-03-12..1998-03-12'],
    ['12/03/2015 00:00', '2015-03-12..2015-03-12'],
    ['42075', '2015-03-12..2015-03-12'], // an Excel serial left as a number
    ['mars 2015', '2015-03-01..2015-03-31'],
    ['March 2015', '2015-03-01..2015-03-31'],
    ['12 mars 2015', '2015-03-12..2015-03-12'],
    ['1er janvier 2015', '2015-01-01..2015-01-01'],
    ['15-Mar-19', '2019-03-15..2019-03-15'],
    ['Mar 12, 2015', '2015-03-12..2015-03-12'],
    ['Février 2016', '2016-02-01..2016-02-29'],
    ['مارس 2015', '2015-03-01..2015-03-31'],
    ['12 أبريل 2016', '2016-04-12..2016-04-12'],
    ['fin 2015', '2015-07-01..2015-12-31'],
    ['début 2016', '2016-01-01..2016-06-30'],
    ['mi-2015', '2015-04-01..2015-09-30'],
  ])('%s is %s', (input, expected) => expect(span(input)).toBe(expected));

  it.each(['vers 2015', '~2015', 'about 2015', 'ca. 2015', '2015?', '2015 (approx)', 'environ 2015'])('reads %s as a year either side of 2015', (input) =>
    expect(span(input)).toBe('2014-01-01..2016-12-31'),
  );

  it('widens a guessed month or day less than a guessed year', () => {
    expect(span('~mars 2015')).toBe('2015-01-01..2015-05-31');
    expect(span('vers 12/03/2015')).toBe('2015-02-25..2015-03-27');
  });

  it('keeps the day/month-swapped reading when both are real', () => {
    const r = parseDate('03/04/2016');
    expect(r.ok && isoDate(r.value.swapped!.from)).toBe('2016-03-04');
    const same = parseDate('05/05/2016');
    expect(same.ok && same.value.swapped).toBeUndefined();
  });

  it.each([
    ['31/02/2015', 'date.impossible'],
    ['2015-13', 'date.impossible'],
    ['1850', 'date.out_of_range'],
    ['yesterday', 'date.unparseable'],
    ['versailles 2015', 'date.unparseable'],
    ['31 fev 2015', 'date.unparseable'],
    ['12345', 'date.unparseable'], // five digits, but no Excel date of a child's record
    ['', 'date.unparseable'],
  ])('rejects %s with %s', (input, code) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof parseDate(s).ok === 'boolean'));
  });
});

describe('parseAge', () => {
  const asOf = { from: dayNumber(2024, 5, 2), to: dayNumber(2024, 5, 2) };
  const birth = (input: string) => {
    const r = parseAge(input, asOf);
    if (!r.ok) throw new Error(r.error.message);
    return `${isoDate(r.value.from)}..${isoDate(r.value.to)}`;
  };

  it('reads an exact age as one year of possible birth dates', () => expect(birth('7')).toBe('2016-05-03..2017-05-02'));
  it.each(['~7', 'about 7', 'environ 7 ans', 'approx. 7', '7?', '6-8', '6 à 8 ans'])('reads %s as 6 to 8 years', (input) =>
    expect(birth(input)).toBe('2015-05-03..2018-05-02'),
  );
  it('reads months for infants', () => expect(birth('8 mois')).toBe('2023-08-03..2023-09-02'));
  it.each(['7 ans', '7yrs', '7 y', '7 yrs old', 'sept ans', 'seven', '7 (exact)'.replace(' (exact)', '')])('reads %s as seven years', (input) =>
    expect(birth(input)).toBe('2016-05-03..2017-05-02'),
  );
  it.each(['7 ± 1', '7 +/- 1', '7ish', '7 (estimated)', 'environ sept ans'])('reads %s as 6 to 8 years', (input) =>
    expect(birth(input)).toBe('2015-05-03..2018-05-02'),
  );
  it('reads a half year, weeks and days', () => {
    expect(birth('7 ans et demi')).toBe(birth('7.5'));
    expect(birth('dix-sept ans')).toBe(birth('17'));
    expect(birth('3 semaines')).toBe('2024-04-03..2024-05-02');
    expect(birth('10 jours')).toBe('2024-04-03..2024-05-02');
  });
  it('reads "under" and "and over" as open ranges within childhood', () => {
    expect(birth('moins de 1 an')).toBe(birth('0'));
    expect(birth("moins d'un an")).toBe(birth('0'));
    expect(birth('<5')).toBe('2019-05-03..2024-05-02');
    expect(birth('10+')).toBe('2006-05-03..2014-05-02');
    expect(birth('plus de 10 ans')).toBe(birth('10+'));
  });
  it('never throws on any string, and reads an interval within the asOf day or before it', () => {
    const words = fc.constantFrom('~', 'ans', 'mois', 'semaines', 'et demi', '±', '+/-', '<', 'plus de', 'moins de', '+', 'sept', 'ish', '(', ')', '-', ' ');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.oneof(words, fc.nat(40).map(String)), { maxLength: 6 }).map((parts) => parts.join(' ')));
    fc.assert(
      fc.property(text, (input) => {
        const r = parseAge(input, asOf);
        if (r.ok) expect(r.value.from <= r.value.to && r.value.to <= asOf.to).toBe(true);
      }),
    );
  });
  it.each([
    ['adolescent', 'age.unparseable'],
    ['7 ± 1 - 9', 'age.unparseable'],
    ['45', 'age.out_of_range'],
    ['7 8 9', 'age.unparseable'],
  ])('rejects %s', (input, code) => {
    const r = parseAge(input, asOf);
    expect(!r.ok && r.error.code).toBe(code);
  });
});

describe('birthEvidence', () => {
  it('prefers the date of birth, anchors an age on age_as_of or registered_on', () => {
    const fromDate = birthEvidence({ date_of_birth: '2016', age: '3' });
    expect(fromDate.ok && fromDate.value?.precision).toBe('year');
    const fromAge = birthEvidence({ age: '7', registered_on: '2024-05-02' });
    expect(fromAge.ok && isoDate(fromAge.value!.interval.from)).toBe('2016-05-03');
    const asOf = birthEvidence({ age: '7', age_as_of: '2020-05-02', registered_on: '2024-05-02' });
    expect(asOf.ok && isoDate(asOf.value!.interval.from)).toBe('2012-05-03');
  });

  it('reads 1 January as an unknown birthday: that year, or the year before when computed from an age', () => {
    for (const written of ['01/01/2015', '2015-01-01', '20150101']) {
      const r = birthEvidence({ date_of_birth: written });
      expect(r.ok && r.value?.precision).toBe('year');
      expect(r.ok && [isoDate(r.value!.interval.from), isoDate(r.value!.interval.to)]).toEqual(['2014-01-01', '2015-12-31']);
    }
    // Any other day, 2 January included, is a day.
    const second = birthEvidence({ date_of_birth: '02/01/2015' });
    expect(second.ok && second.value?.precision).toBe('day');
  });

  it('says why an age cannot be used without a date', () => {
    const r = birthEvidence({ age: '7' });
    expect(!r.ok && r.error.code).toBe('age.unanchored');
  });
});
