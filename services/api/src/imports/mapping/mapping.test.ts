import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRule, columnsUsed, mapRow } from './apply.ts';
import { loadMapping, MappingError, parseMappingText, SHIPPED_MAPPINGS } from './load.ts';
import { MappingSchema } from './schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'retrace-mapping-'));

describe('mapping files', () => {
  it.each(SHIPPED_MAPPINGS)('ships a valid %s mapping', async (name) => {
    const mapping = await loadMapping(name);
    expect(mapping.name).toBe(name);
    expect(columnsUsed(mapping).size).toBeGreaterThan(1);
  });

  it('reads JSON and YAML files, and names every bad path of an invalid one', async () => {
    const json = join(dir, 'm.json');
    writeFileSync(json, JSON.stringify({ name: 'json', source_id: { column: 'Case_ID' }, kind: 'child', fields: { full_name: { column: 'Name' } } }));
    expect((await loadMapping(json)).source_id.column).toBe('case_id');
    const yaml = join(dir, 'm.yaml');
    writeFileSync(yaml, 'name: yaml\nsource_id: { columns: [a, b], prefix: "x:" }\nkind: { column: type, codes: { C: child, R: request } }\n');
    expect((await loadMapping(yaml)).kind).toEqual({ column: 'type', codes: { c: 'child', r: 'request' } });

    const bad = () => parseMappingText('name: bad\nsource_id: { column: id, columns: [a] }\nkind: adult\nfields: { shoe_size: { column: x }, sex: { join: [] } }\n', 'bad.yaml');
    expect(bad).toThrow(MappingError);
    try {
      bad();
    } catch (error) {
      const paths = (error as MappingError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['source_id', 'kind', 'fields', 'fields.sex.join']));
      expect(JSON.stringify((error as MappingError).issues)).toContain('shoe_size');
    }
    expect(() => parseMappingText('name: [unclosed', 'x.yaml')).toThrow(/neither JSON nor YAML/);
    await expect(loadMapping('kobo-unknown')).rejects.toMatchObject({ code: 'mapping.not_found' });
    await expect(loadMapping(join(dir, 'absent.json'))).rejects.toMatchObject({ code: 'mapping.not_found' });
  });

  it('joins, picks, assembles dates from parts and translates codes', () => {
    const cells = { 'g/first': 'Achta', 'g/middle': '', 'g/last': 'Brahim', y: '2015', m: '3', d: '7', only_y: '2016', sex: ' 2 ' };
    expect(applyRule({ join: ['g/first', 'g/middle', 'g/last'], separator: ' ' }, cells)).toBe('Achta Brahim');
    expect(applyRule({ first_of: ['g/middle', 'g/last'] }, cells)).toBe('Brahim');
    expect(applyRule({ date_parts: { year: 'y', month: 'm', day: 'd' } }, cells)).toBe('2015-03-07');
    expect(applyRule({ date_parts: { year: 'only_y', month: 'absent', day: 'd' } }, cells)).toBe('2016');
    expect(applyRule({ date_parts: { year: 'absent' } }, cells)).toBe('');
    expect(applyRule({ column: 'sex', codes: { '2': 'f' } }, cells)).toBe('f');
    expect(applyRule({ column: 'sex', codes: { '1': 'm' } }, cells)).toBe('2');
    expect(applyRule({ value: 'Camp de Farchana' }, cells)).toBe('Camp de Farchana');
  });

  it('maps a row to a record, keeps the first 30 extra columns, and rejects rows without id or kind', () => {
    const mapping = MappingSchema.parse({ name: 't', source_id: { columns: ['a', 'b'], prefix: 'k:' }, kind: { column: 'type', codes: { c: 'child' } }, consent_for_tracing: { column: 'ok' }, unmapped: 'keep' });
    const extras = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`x${i}`, 'v']));
    const mapped = mapRow(mapping, { a: '1', b: '2', type: 'C', ok: 'oui', full_name: 'Mariam', ...extras }, 2, ['full_name', ...Object.keys(extras)]);
    expect(mapped.record).toMatchObject({ externalId: 'k:1-2', kind: 'child', consent: true, fields: { full_name: 'Mariam' } });
    expect(Object.keys(mapped.record!.fields.extra!)).toHaveLength(30);
    expect(mapped.issues.map((i) => i.code)).toEqual(['extra.too_many', 'extra.too_many']);
    expect(mapRow(mapping, { a: '1', b: '', type: 'c' }, 3).issues).toEqual([expect.objectContaining({ field: 'id', code: 'id.missing', severity: 'rejected' })]);
    expect(mapRow(mapping, { a: '1', b: '2', type: 'adult' }, 4).issues).toEqual([expect.objectContaining({ field: 'kind', severity: 'rejected' })]);
    expect(mapRow(mapping, { a: '1', b: '2', type: 'c', ok: 'maybe' }, 5).record!.consent).toBe(false);
  });
});
