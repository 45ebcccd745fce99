import { placeLevel } from './gazetteer-index.ts';
import type { PlacePath } from './types.ts';

/**
 * Blocking keys of a place: the resolved department (or the place itself when it is more general),
 * else the skeleton of the most specific written part.
 */
export function placeKeys(path: PlacePath): string[] {
  if (path.resolved.length > 0) {
    const department = path.resolved.find((id) => placeLevel(id) === 'department');
    return [department ?? path.resolved[0]!];
  }
  const first = path.parts[0];
  return first && first.skeleton ? [`~${first.skeleton}`] : [];
}
