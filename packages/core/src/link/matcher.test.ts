import { describe, expect, it } from 'vitest';
import { NameAgreementCache } from '../compare/name-agreement.ts';
import { prepareRecord } from '../normalize/record.ts';
import { defaultModel } from '../score/model.ts';
import { createScoringContext } from '../score/score-pair.ts';
import { buildIndex } from './link.ts';
import { Matcher } from './matcher.ts';

describe('Matcher', () => {
  // Achta (the Chadian Aïcha) registered; the request has the name only, misspelt "Ahcta".
  const index = buildIndex(
    [
      { id: 'C1', full_name: 'Achta', place_of_origin: 'Goz Beida' },
      { id: 'C2', full_name: 'Hawa Issa', place_of_origin: 'Adré' },
    ].map(prepareRecord),
  );
  const query = prepareRecord({ id: 'R1', full_name: 'Ahcta', place_of_origin: 'Tissi' });
  const searchWith = (cache: NameAgreementCache) => new Matcher(index, createScoringContext(defaultModel(), null, cache)).search(query, { top: 5 });

  it('also looks a query up by its names read as corrected, where the data shows a spelling to be a typo', () => {
    expect(searchWith(new NameAgreementCache()).map((p) => p.rightId)).not.toContain('C1');
    const knowing = new NameAgreementCache({ count: () => 0, impliedSex: () => null, corrections: new Map([['ahcta', 'achta']]) });
    expect(searchWith(knowing).map((p) => p.rightId)).toContain('C1');
  });
});
