import type { PreparedRecord } from '../normalize/record.ts';
import { hashKey } from './hash.ts';
import { blockingKeys, keyShares } from './keys.ts';

const HASH_BITS = 29;
const INDEX_BITS = 24;
const INDEX_SPAN = 2 ** INDEX_BITS;
/** The most records one index holds (packed with the key hash into one float64). */
export const MAX_INDEXED_RECORDS = INDEX_SPAN;

export interface CandidateOptions {
  /** Blocks larger than this (very common names) are not used on their own. */
  readonly maxBlockSize: number;
  /**
   * Blocks larger than `maxBlockSize` but up to this size still add their weight to records that
   * other keys found, so that a shared common name ranks those candidates without bringing in
   * thousands of new ones. Default 20 × maxBlockSize.
   */
  readonly rankingBlockSize?: number;
  /** How many candidates, best pre-score first, go on to full comparison. */
  readonly limit: number;
  /** Index of the query itself when searching a set against itself (dedupe): never returned. */
  readonly exclude?: number;
  /**
   * Which records may be returned at all (a search reaches some agencies' records, not others).
   * Records it refuses take no place among the `limit` best.
   */
  readonly accept?: (position: number) => boolean;
}

/**
 * An in-memory inverted index from blocking keys to records. Keys are hashed and kept in sorted
 * typed arrays (about 8 bytes per key and record), so a million records fit in well under a
 * gigabyte. Records added after `freeze()` go into a small delta map and are found at once.
 */
export class CandidateIndex {
  readonly records: PreparedRecord[] = [];
  private packed: Float64Array = new Float64Array(1024);
  private packedLength = 0;
  private hashes: Uint32Array = new Uint32Array(0);
  private offsets: Uint32Array = new Uint32Array(1);
  private postings: Int32Array = new Int32Array(0);
  private readonly delta = new Map<number, number[]>();
  private frozen = false;
  private scores: Float32Array = new Float32Array(0);
  private readonly touched: number[] = [];

  /** Adds a record; returns its position in `records`. */
  add(record: PreparedRecord, keys: readonly string[] = blockingKeys(record)): number {
    const position = this.records.length;
    if (position >= INDEX_SPAN) throw new RangeError(`an index holds at most ${INDEX_SPAN} records`);
    this.records.push(record);
    for (const key of keys) {
      const hash = hashKey(key, HASH_BITS);
      if (this.frozen) {
        const list = this.delta.get(hash);
        if (list) list.push(position);
        else this.delta.set(hash, [position]);
      } else {
        if (this.packedLength === this.packed.length) {
          const grown = new Float64Array(this.packed.length * 2);
          grown.set(this.packed);
          this.packed = grown;
        }
        this.packed[this.packedLength++] = hash * INDEX_SPAN + position;
      }
    }
    return position;
  }

  /** Sorts the keys added so far into the compact lookup arrays. */
  freeze(): void {
    if (this.frozen) return;
    const packed = this.packed.subarray(0, this.packedLength).sort();
    const hashes: number[] = [];
    const offsets: number[] = [];
    const postings = new Int32Array(packed.length);
    let previous = -1;
    for (let i = 0; i < packed.length; i++) {
      const value = packed[i]!;
      const hash = Math.floor(value / INDEX_SPAN);
      if (hash !== previous) {
        hashes.push(hash);
        offsets.push(i);
        previous = hash;
      }
      postings[i] = value - hash * INDEX_SPAN;
    }
    offsets.push(packed.length);
    this.hashes = Uint32Array.from(hashes);
    this.offsets = Uint32Array.from(offsets);
    this.postings = postings;
    this.packed = new Float64Array(0);
    this.packedLength = 0;
    this.frozen = true;
  }

  /** Approximate bytes held by the key structures (records not included). */
  keyBytes(): number {
    return this.hashes.byteLength + this.offsets.byteLength + this.postings.byteLength + this.packed.byteLength;
  }

  private block(hash: number): { from: number; to: number } | null {
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.hashes[mid]!;
      if (value === hash) return { from: this.offsets[mid]!, to: this.offsets[mid + 1]! };
      if (value < hash) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /**
   * Records sharing keys with the query, best first by a cheap pre-score: the sum over shared
   * keys of log2(1 + N / block size), so rare shared keys count for more than common ones.
   * `shares` scales each key's weight (default `keyShares`: the typo variants of one name count
   * together about as much as one key, so they do not outweigh a second, independent field).
   */
  candidates(query: PreparedRecord, options: CandidateOptions, keys: readonly string[] = blockingKeys(query), shares: readonly number[] = keyShares(keys)): number[] {
    this.freeze();
    const n = this.records.length;
    if (this.scores.length < n) this.scores = new Float32Array(Math.max(n, this.scores.length * 2, 1024));
    const { scores, touched } = this;
    const rankingBlockSize = options.rankingBlockSize ?? options.maxBlockSize * 20;
    const { accept } = options;
    const visit = (position: number, weight: number) => {
      if (position === options.exclude || (accept !== undefined && !accept(position))) return;
      if (scores[position] === 0) touched.push(position);
      scores[position]! += weight;
    };
    const ranking: Array<{ range: { from: number; to: number } | null; extra: number[] | undefined; weight: number }> = [];
    keys.forEach((key, k) => {
      const hash = hashKey(key, HASH_BITS);
      const range = this.block(hash);
      const extra = this.delta.get(hash);
      const size = (range ? range.to - range.from : 0) + (extra?.length ?? 0);
      if (size === 0) return;
      const weight = Math.log2(1 + n / size) * (shares[k] ?? 1);
      if (size > options.maxBlockSize) {
        if (size <= rankingBlockSize) ranking.push({ range, extra, weight });
        return;
      }
      if (range) for (let i = range.from; i < range.to; i++) visit(this.postings[i]!, weight);
      if (extra) for (const position of extra) visit(position, weight);
    });
    // Second, the common blocks: only records already found gain from them.
    for (const { range, extra, weight } of touched.length > 0 ? ranking : []) {
      const add = (position: number) => {
        if (scores[position] !== 0) scores[position]! += weight;
      };
      if (range) for (let i = range.from; i < range.to; i++) add(this.postings[i]!);
      if (extra) for (const position of extra) add(position);
    }
    const ranked = touched.length > options.limit ? topByScore(touched, scores, options.limit) : touched.slice();
    ranked.sort((a, b) => scores[b]! - scores[a]! || a - b);
    for (const position of touched) scores[position] = 0;
    touched.length = 0;
    return ranked;
  }
}

/** The `limit` positions with the highest scores (unordered), by quickselect on a copy. */
function topByScore(positions: readonly number[], scores: Float32Array, limit: number): number[] {
  const values = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i++) values[i] = scores[positions[i]!]!;
  const threshold = kthLargest(values, limit);
  const above: number[] = [];
  for (const p of positions) if (scores[p]! > threshold) above.push(p);
  for (const p of positions) {
    if (above.length >= limit) break;
    if (scores[p] === threshold) above.push(p);
  }
  return above;
}

/** The k-th largest value (1-based) of `values`, which it reorders (Hoare's selection). */
function kthLargest(values: Float32Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
