/**
 * A fixed-size open-addressing table from a pair of small integer ids to a small level (0–126).
 * Map lookups keyed by large numbers or strings dominated batch linking; this keeps the hot path
 * to a hash, two integer compares and a byte read. When it fills up it starts again empty.
 */
export class PairCache {
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly values: Int8Array;
  private readonly mask: number;
  private size = 0;

  constructor(bits = 21) {
    const capacity = 1 << bits;
    this.left = new Int32Array(capacity).fill(-1);
    this.right = new Int32Array(capacity);
    this.values = new Int8Array(capacity);
    this.mask = capacity - 1;
  }

  /** The cached level for (a, b), computing and storing it when absent. Order-insensitive. */
  get(a: number, b: number, compute: () => number): number {
    const [x, y] = a < b ? [a, b] : [b, a];
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & this.mask;
    for (;;) {
      const stored = this.left[slot]!;
      if (stored === -1) break;
      if (stored === x && this.right[slot] === y) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    const value = compute();
    if (this.size * 10 > this.mask * 7) {
      this.left.fill(-1);
      this.size = 0;
      return value;
    }
    this.left[slot] = x;
    this.right[slot] = y;
    this.values[slot] = value;
    this.size++;
    return value;
  }
}
