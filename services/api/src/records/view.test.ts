import { prepareRecord } from '@retrace/core';
import { describe, expect, it } from 'vitest';
import { ageBandOf } from './view.ts';

const today = new Date('2025-06-01T00:00:00Z');
const bandFor = (fields: Record<string, string>) => ageBandOf(prepareRecord({ id: 'x', ...fields }), today);

describe('anonymous age bands', () => {
  it('places a child by date of birth or by an age given on a date, and says nothing without either', () => {
    expect(bandFor({ date_of_birth: '2015-03' })).toBe('10-14');
    expect(bandFor({ date_of_birth: '2022' })).toBe('0-4');
    expect(bandFor({ age: '7', age_as_of: '2024-05-02' })).toBe('5-9');
    expect(bandFor({ date_of_birth: '2008-01-15' })).toBe('15-17');
    expect(bandFor({ full_name: 'Mariam Traoré' })).toBeNull();
  });
});
