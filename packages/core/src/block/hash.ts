/** FNV-1a over UTF-16 code units, reduced to `bits` bits: blocking keys are stored as numbers. */
export function hashKey(key: string, bits: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 2 ** bits;
}
