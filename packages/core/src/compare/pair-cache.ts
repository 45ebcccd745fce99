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

  /** The cached level for (a, b), or -1 when absent. Order-insensitive; allocation-free. */
  lookup(a: number, b: number): number {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & this.mask;
    for (;;) {
      const stored = this.left[slot]!;
      if (stored === -1) return -1;
      if (stored === x && this.right[slot] === y) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }

  store(a: number, b: number, value: number): void {
    if (this.size * 10 > this.mask * 7) {
      this.left.fill(-1);
      this.size = 0;
    }
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & this.mask;
    while (this.left[slot] !== -1) {
      if (this.left[slot] === x && this.right[slot] === y) break;
      slot = (slot + 1) & this.mask;
    }
    if (this.left[slot] === -1) this.size++;
    this.left[slot] = x;
    this.right[slot] = y;
    this.values[slot] = value;
  }
}
