import { describe, expect, it } from 'vitest';
import { validateRow } from './validate.ts';

describe('validateRow', () => {
  it('keeps a good row and canonicalises coded values', () => {
    const { record, issues } = validateRow(
      { id: ' SC-1 ', full_name: 'Mahamat Issa', sex: 'Garçon', kind: 'enfant', requester_relationship: 'Père', date_of_birth: '12/03/2015', region_code: 'TD-OU' },
      1,
    );
    expect(issues).toEqual([]);
    expect(record).toMatchObject({ id: 'SC-1', sex: 'm', kind: 'child', requester_relationship: 'father', extra: { region_code: 'TD-OU' } });
  });

  it('rejects a row without an id', () => {
    const { record, issues } = validateRow({ id: '  ', full_name: 'Khadidja' }, 7);
    expect(record).toBeNull();
    expect(issues).toEqual([{ row: 7, field: 'id', code: 'id.missing', message: 'the row has no id', severity: 'rejected' }]);
  });

  it('ignores an impossible date but keeps the rest of the row', () => {
    const { record, issues } = validateRow({ id: 'R-2', full_name: 'Achta Mahamat', date_of_birth: '31/02/2015' }, 3);
    expect(record).toMatchObject({ id: 'R-2', full_name: 'Achta Mahamat' });
    expect(record?.date_of_birth).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 3, field: 'date_of_birth', code: 'date.impossible', severity: 'field_ignored' });
    expect(issues[0]!.message).toContain('31/02/2015');
  });

  it('explains unrecognised codes and unusable ages', () => {
    const { issues } = validateRow({ id: 'R-3', sex: 'z', age: 'adolescent', requester_relationship: 'landlord', registered_on: '2024-01-01' }, 4);
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual(['sex:sex.unrecognised', 'requester_relationship:relationship.unrecognised', 'age:age.unparseable']);
  });

  it('does not take binary garbage as a value', () => {
    const garbage = validateRow({ id: 'R-4', full_name: '\u0000\u0001PNG\uFFFD' }, 5);
    expect(garbage.record?.full_name).toBeUndefined();
    expect(garbage.issues[0]).toMatchObject({ field: 'full_name', code: 'value.binary' });
    expect(validateRow({ id: '\u0000\u0002' }, 6).record).toBeNull();
  });

  it('reads "not known" written out as a blank: no evidence, no error', () => {
    const { record, issues } = validateRow(
      { id: 'R-5', kind: 'request', full_name: 'Achta', mother_name: 'Inconnue', father_name: 'N/A', date_of_birth: 'inconnu', age: '?', place_of_origin: '---', sex: 'X', requester_name: 'غير معروف' },
      8,
    );
    expect(issues).toEqual([]);
    expect(record).toEqual({ id: 'R-5', kind: 'request', full_name: 'Achta' });
  });

  it('keeps real values that only look short', () => {
    const { record } = validateRow({ id: 'R-6', full_name: 'Na Ali', age: '0', registered_on: '2024-01-01' }, 9);
    expect(record).toMatchObject({ full_name: 'Na Ali', age: '0' });
  });

  it('reads a coded word past a qualifier, and the usual colloquial and Arabic words', () => {
    const code = (cells: Record<string, string>) => validateRow({ id: 'R-7', ...cells }, 10).record;
    expect(code({ requester_relationship: 'Oncle paternel' })?.requester_relationship).toBe('uncle');
    expect(code({ requester_relationship: 'Grand-mère maternelle' })?.requester_relationship).toBe('grandparent');
    expect(code({ requester_relationship: 'frère aîné' })?.requester_relationship).toBe('sibling');
    expect(code({ requester_relationship: 'Tonton' })?.requester_relationship).toBe('uncle');
    expect(code({ requester_relationship: 'Belle-mère' })?.requester_relationship).toBe('other');
    expect(code({ requester_relationship: 'والدة' })?.requester_relationship).toBe('mother');
    expect(code({ sex: 'Masc.' })?.sex).toBe('m');
    expect(code({ sex: 'بنت' })?.sex).toBe('f');
    expect(validateRow({ id: 'R-8', requester_relationship: 'ami de la famille' }, 11).issues[0]).toMatchObject({ code: 'relationship.unrecognised' });
  });
});
