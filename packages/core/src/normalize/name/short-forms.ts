import { SHORT_FORMS } from '@retrace/data';
import { canonicalSpelling, otherRendering, skeletonOf } from './skeleton.ts';
import { romanize } from './romanize.ts';

let table: Map<string, ReadonlySet<string>> | null = null;

/** One word as a token spells it: romanized, a compound given name run together (Jean-Pierre). */
const asWord = (name: string): string => romanize(name).replace(/ /g, '');

/**
 * The skeletons of the full names a short form stands for (Fanta: Fatoumata's; Dja: Khadidja's),
 * keyed by the short form's canonical spelling, or null when the spelling is no listed short form.
 * Full names by skeleton, so every transliteration of the full name meets the short form.
 */
export function fullNamesOf(canonical: string): ReadonlySet<string> | null {
  table ??= build();
  return table.get(canonical) ?? null;
}

function build(): Map<string, ReadonlySet<string>> {
  const built = new Map<string, Set<string>>();
  for (const [full, shorts] of Object.entries(SHORT_FORMS)) {
    // The full name's skeleton, and the skeleton of its other rendering (Khadidja: Kadidja).
    const word = asWord(full);
    const skeletons = [skeletonOf(word), skeletonOf(otherRendering(word) ?? word)];
    for (const short of shorts) {
      const key = canonicalSpelling(asWord(short));
      if (!built.has(key)) built.set(key, new Set());
      for (const skeleton of skeletons) built.get(key)!.add(skeleton);
    }
  }
  return built;
}
