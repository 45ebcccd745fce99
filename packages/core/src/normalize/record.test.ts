import { describe, expect, it } from 'vitest';
import { prepareRecord, splitNicknames } from './record.ts';

const texts = (tokens: readonly { text: string }[]) => tokens.map((t) => t.text).join(' ');

describe('prepareRecord: nicknames written inside a name', () => {
  it.each([
    ['Fatoumata (Fanta) Traoré', 'fatoumata traore', 'fanta'],
    ['Moussa dit Bakary Traoré', 'moussa traore', 'bakary'],
    ['Aïcha dite Achta', 'aicha', 'achta'],
    ['Jean-Pierre alias JP Lokwa', 'jeanpierre lokwa', 'jp'],
    ['Abdoulaye Diallo [Laye]', 'abdoulaye diallo', 'laye'],
  ])('reads %s as a name and an alias, not a longer chain', (written, name, alias) => {
    const record = prepareRecord({ id: 'r', full_name: written });
    expect(texts(record.name)).toBe(name);
    expect(record.aliases.map(texts)).toEqual([alias]);
    expect(record.paternalLine.map((t) => t.text)).not.toContain(alias);
  });

  it('keeps the aliases of other_names beside them, and a name that is only parentheses', () => {
    expect(prepareRecord({ id: 'r', full_name: 'Fatoumata (Fanta) Traoré', other_names: 'Toumata' }).aliases.map(texts)).toEqual(['toumata', 'fanta']);
    expect(splitNicknames('(Fanta)')).toEqual({ name: '(Fanta)', nicknames: [] });
    expect(prepareRecord({ id: 'r', full_name: 'Abakar Issa', other_names: 'Bakar, Abou / Boubakar' }).aliases.map(texts)).toEqual(['bakar', 'abou', 'boubakar']);
    expect(texts(prepareRecord({ id: 'r', full_name: 'Mahamat Issa Abakar' }).name)).toBe('mahamat issa abakar');
  });
});
