import { dayOf, makeFamily, type Family, type Person } from './family.ts';
import { NOISE_PROFILES, type NoiseProfile } from './noise.ts';
import { OPERATIONS, type AgencyHabits } from './operations.ts';
import { Random } from './random.ts';
import { isoOf, maybe, writeBirth, writeDate, writeName, writePlace, type GeneratedRecord, type Writer } from './render.ts';

export interface CaseloadOptions {
  readonly seed: number;
  /** Registered children to write. */
  readonly children: number;
  /** Tracing requests to write. */
  readonly requests: number;
  /** Share of requests whose child is not registered. */
  readonly orphanShare: number;
  readonly noise: keyof typeof NOISE_PROFILES | NoiseProfile;
  /**
   * Share of registered children registered a second time (another site, another caseworker,
   * months later), counted among `children`. Default 0.
   */
  readonly duplicateShare?: number;
}

export type CaseloadEvent =
  /** `duplicateOf`: on a second registration of a child, the id of the first. */
  | { readonly kind: 'child'; readonly record: GeneratedRecord; readonly duplicateOf?: string }
  | { readonly kind: 'request'; readonly record: GeneratedRecord }
  | { readonly kind: 'truth'; readonly left_id: string; readonly right_id: string };

const LAST_REGISTRATION = dayOf('2025-06-30');
const RELATIONSHIPS = ['father', 'mother', 'sibling', 'uncle', 'grandparent', 'aunt'] as const;
const RELATIONSHIP_WEIGHTS = [0.34, 0.36, 0.12, 0.09, 0.06, 0.03];
const FRENCH_RELATIONSHIP: Record<string, string> = { father: 'père', mother: 'mère', sibling: 'frère', uncle: 'oncle', grandparent: 'grand-père', aunt: 'tante' };
const SEX_WORDS: Record<AgencyHabits['style'], Record<'m' | 'f', readonly string[]>> = {
  fr: { m: ['M', 'm', 'garçon', 'M'], f: ['F', 'f', 'fille', 'F'] },
  en: { m: ['male', 'M', 'm'], f: ['female', 'F', 'f'] },
};

function writerFor(habits: AgencyHabits, noise: NoiseProfile, random: Random, arabic: boolean): Writer {
  return { habits, noise, random, arabic };
}

function writeSex(person: Person, writer: Writer): string {
  const sex = writer.random.chance(writer.noise.wrongSex) ? (person.sex === 'm' ? 'f' : 'm') : person.sex;
  return maybe(writer, writer.random.pick(SEX_WORDS[writer.habits.style][sex]));
}

function registrationDay(family: Family, random: Random): number {
  return Math.min(LAST_REGISTRATION, family.separatedOn + random.int(3, 420));
}

/** A child's registration; `after`, for a second registration: the day of the first. */
function childRecord(id: string, child: Person, family: Family, noise: NoiseProfile, random: Random, after?: number): GeneratedRecord {
  const writer = writerFor(family.operation.childAgency, noise, random, false);
  const registered = after === undefined ? registrationDay(family, random) : Math.min(LAST_REGISTRATION, after + random.int(20, 300));
  const birth = writeBirth(child, writer, registered, false);
  const op = family.operation;
  return {
    id, kind: 'child', full_name: writeName(child, writer), sex: writeSex(child, writer), ...birth,
    ...(birth.age ? { age_as_of: isoOf(registered) } : {}),
    registered_on: isoOf(registered),
    father_name: random.chance(0.45) ? writeName(family.father, writer, random.chance(0.5) ? 2 : 1) : '',
    mother_name: random.chance(0.7) ? writeName(family.mother, writer, random.chance(0.6) ? 1 : 2) : '',
    place_of_origin: maybe(writer, writePlace(family.origin, op.origins, writer)),
    place_of_separation: maybe(writer, writePlace(family.separation, op.separation, writer)),
    date_of_separation: random.chance(0.5) ? writeDate(family.separatedOn + random.int(-10, 10), writer, random.chance(0.6) ? 'month' : 'day') : '',
    current_location: random.chance(0.6) ? writePlace(random.pick(op.separation), op.separation, writer) : '',
  };
}

function requesterOf(relationship: (typeof RELATIONSHIPS)[number], family: Family, child: Person, random: Random): Person {
  switch (relationship) {
    case 'father': return family.father;
    case 'mother': return family.mother;
    case 'uncle': return family.uncle;
    case 'grandparent': return family.grandfather;
    case 'aunt': return { ...family.uncle, sex: 'f', given: (family.culture.female).draw(random) };
    case 'sibling': {
      const others = family.children.filter((c) => c !== child);
      return others.length > 0 && random.chance(0.5)
        ? random.pick(others)
        : { sex: random.chance(0.5) ? 'm' : 'f', given: family.culture.male.draw(random), line: child.line, born: child.born - random.int(1000, 4000) };
    }
  }
}

function requestRecord(id: string, child: Person, family: Family, noise: NoiseProfile, random: Random): GeneratedRecord {
  const arabic = family.culture.arabicScript && random.chance(noise.arabicScript);
  const writer = writerFor(family.operation.requestAgency, noise, random, arabic);
  const registered = registrationDay(family, random);
  const relationship = random.weighted(RELATIONSHIPS, RELATIONSHIP_WEIGHTS);
  const requester = requesterOf(relationship, family, child, random);
  // Parents often give only the child's first name, or first name and father's name.
  const keepLine = random.weighted([2, 1, 0], relationship === 'father' || relationship === 'mother' ? [0.4, 0.35, 0.25] : [0.5, 0.4, 0.1]);
  const birth = writeBirth(child, writer, registered, true);
  const op = family.operation;
  const requesterName = writeName(requester, writer, random.chance(0.6) ? 2 : 1);
  return {
    id, kind: 'request', full_name: writeName(child, writer, keepLine), sex: writeSex(child, writer), ...birth,
    ...(birth.age ? { age_as_of: isoOf(registered) } : {}),
    registered_on: isoOf(registered),
    father_name: relationship !== 'father' && random.chance(0.5) ? writeName(family.father, writer, 1) : '',
    mother_name: relationship === 'mother' ? (random.chance(0.5) ? requesterName : '') : random.chance(0.55) ? writeName(family.mother, writer, 1) : '',
    place_of_origin: maybe(writer, writePlace(family.origin, op.origins, writer)),
    place_of_separation: maybe(writer, writePlace(family.separation, op.separation, writer)),
    date_of_separation: random.chance(0.6) ? writeDate(family.separatedOn + random.int(-20, 20), writer, random.chance(0.5) ? 'month' : 'day') : '',
    requester_name: requesterName,
    requester_relationship: writer.habits.style === 'fr' && random.chance(0.3) ? FRENCH_RELATIONSHIP[relationship]! : relationship,
  };
}

/**
 * Streams a synthetic caseload family by family: registered children, tracing requests (some for
 * children nobody registered) and the truth pairs (request → child). Memory stays bounded by one
 * family, so 10,000,000 records stream as easily as 1,000. Deterministic for a seed.
 *
 * @example
 * for (const event of generateCaseload({ seed: 7, children: 1000, requests: 300, orphanShare: 0.3, noise: 'default' })) ...
 */
export function* generateCaseload(options: CaseloadOptions): Generator<CaseloadEvent> {
  const noise = typeof options.noise === 'string' ? NOISE_PROFILES[options.noise] : options.noise;
  const random = new Random(options.seed);
  const duplicateShare = options.duplicateShare ?? 0;
  let matched = Math.min(options.children, Math.round(options.requests * (1 - options.orphanShare)));
  let orphans = options.requests - matched;
  let unsought = options.children - matched;
  let childSeq = 0;
  let requestSeq = 0;
  const pad = (n: number) => String(n).padStart(7, '0');
  while (matched + orphans + unsought > 0) {
    const operation = random.weighted(OPERATIONS, OPERATIONS.map((o) => o.weight));
    const family = makeFamily(operation, random);
    for (const child of family.children) {
      const remaining = matched + orphans + unsought;
      if (remaining === 0) break;
      // Many children of a family appear in neither file; they still shape the siblings that do.
      const role = random.weighted(['matched', 'orphan', 'unsought', 'neither'] as const, [matched, orphans, unsought, remaining * 0.6]);
      if (role === 'neither') continue;
      const childId = `${operation.childAgency.code}-${operation.code}-${pad(++childSeq)}`;
      if (role === 'matched' || role === 'unsought') {
        const record = childRecord(childId, child, family, noise, random);
        yield { kind: 'child', record };
        // Registered again: another caseworker writes the child anew. It takes an unsought child's row.
        if (duplicateShare > 0 && unsought > (role === 'unsought' ? 1 : 0) && random.chance(duplicateShare)) {
          const secondId = `${operation.childAgency.code}-${operation.code}-${pad(++childSeq)}`;
          yield { kind: 'child', record: childRecord(secondId, child, family, noise, random, dayOf(record.registered_on!)), duplicateOf: childId };
          unsought--;
        }
      }
      if (role === 'unsought') unsought--;
      if (role === 'matched' || role === 'orphan') {
        const requestId = `${operation.requestAgency.code}-TR-${pad(++requestSeq)}`;
        yield { kind: 'request', record: requestRecord(requestId, child, family, noise, random) };
        if (role === 'matched') {
          yield { kind: 'truth', left_id: requestId, right_id: childId };
          matched--;
        } else orphans--;
      }
    }
  }
}
