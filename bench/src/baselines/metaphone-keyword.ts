import { doubleMetaphone } from 'double-metaphone';
import type { GeneratedRecord } from '@retrace/data/generator';
import type { RankedPair } from '../metrics.ts';

/**
 * Baseline 2, the way the most widely deployed child-protection case-management system matches
 * tracing requests: names turned into Double Metaphone codes and searched as keywords with field
 * boosts (child's name above parents' names above sex, age and place), each hit scored by the sum
 * of the boosts of the fields it matches, weighted by how rare the matched term is, and shown
 * relative to the best hit. Re-implemented here from its description, not its code.
 */
const BOOSTS = { name: 10, parent: 5, place: 2, sex: 1, age: 3 } as const;
/** "likely": the best hit, and its score is at least this share of what a perfect hit would get. */
export const KEYWORD_LIKELY = 0.6;

const codes = (text: string | undefined): string[] =>
  (text ?? '').normalize('NFKD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u).filter((w) => w.length > 1).flatMap((w) => doubleMetaphone(w)).filter(Boolean);

function ageOf(record: GeneratedRecord): number | null {
  if (record.age) {
    const n = /\d+/.exec(record.age);
    return n ? Number(n[0]) : null;
  }
  const year = /(\d{4})/.exec(record.date_of_birth ?? '');
  const asOf = Number((record.registered_on ?? '2024').slice(0, 4));
  return year ? asOf - Number(year[1]) : null;
}

function terms(record: GeneratedRecord): Map<string, number> {
  const t = new Map<string, number>();
  const add = (key: string, boost: number) => t.set(key, Math.max(t.get(key) ?? 0, boost));
  for (const c of codes(record.full_name)) add(`n:${c}`, BOOSTS.name);
  for (const c of [...codes(record.father_name), ...codes(record.mother_name), ...codes(record.requester_name)]) add(`p:${c}`, BOOSTS.parent);
  for (const c of [...codes(record.place_of_origin), ...codes(record.place_of_separation)]) add(`l:${c}`, BOOSTS.place);
  if (record.sex) add(`s:${record.sex.toLowerCase().startsWith('f') ? 'f' : 'm'}`, BOOSTS.sex);
  const age = ageOf(record);
  if (age !== null) for (const a of [age - 1, age, age + 1]) add(`a:${a}`, BOOSTS.age);
  return t;
}

export function metaphoneKeywordBaseline(requests: readonly GeneratedRecord[], children: readonly GeneratedRecord[], top = 10): RankedPair[] {
  const postings = new Map<string, number[]>();
  children.forEach((child, i) => {
    for (const term of terms(child).keys()) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const idf = (term: string) => Math.log(1 + children.length / (postings.get(term)?.length ?? children.length));
  const pairs: RankedPair[] = [];
  for (const request of requests) {
    const scores = new Map<number, number>();
    let perfect = 0;
    for (const [term, boost] of terms(request)) {
      const weight = boost * idf(term);
      perfect += weight;
      for (const i of postings.get(term) ?? []) scores.set(i, (scores.get(i) ?? 0) + weight);
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, top);
    const best = ranked[0]?.[1] ?? 0;
    ranked.forEach(([i, score], rank) => {
      const relative = best > 0 ? score / best : 0;
      const likely = rank === 0 && perfect > 0 && score / perfect >= KEYWORD_LIKELY;
      pairs.push({ leftId: request.id!, rightId: children[i]!.id!, score: relative, band: likely ? 'likely' : 'possible' });
    });
  }
  return pairs;
}
