/**
 * Ids at or above this do not fit a slot beside their level and are not cached: their pairs are
 * computed every time, correctly but slower. Interning gives out ids in order, and a process would
 * have to meet 16 million distinct spellings to reach it.
 */
export const PAIR_ID_LIMIT = 1 << 24;

/**
 * A fixed-size open-addressing table from a pair of small integer ids to a small level (0–126).
 * Map lookups keyed by large numbers or strings dominated batch linking; this keeps the hot path
 * to a hash, two integer compares and one memory line: a slot is two adjacent int32s, the smaller
 * id and then the larger id shifted left 7 bits with the level below. A batch run meets hundreds
 * of thousands of distinct pairs, so the table is far larger than the processor's caches and
 * each lookup's cost is the one line it reads. When it fills up it starts again empty.
 */
export class PairCache {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private size = 0;

  constructor(bits = 21) {
    const capacity = 1 << bits;
    this.slots = new Int32Array(2 * capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** The cached level for (a, b), or -1 when absent. Order-insensitive; allocation-free. */
  lookup(a: number, b: number): number {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    if (y >= PAIR_ID_LIMIT) return -1;
    const slots = this.slots;
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & this.mask;
    for (;;) {
      const stored = slots[2 * slot]!;
      if (stored === -1) return -1;
      const packed = slots[2 * slot + 1]!;
      if (stored === x && packed >>> 7 === y) return packed & 0x7f;
      slot = (slot + 1) & this.mask;
    }
  }

  store(a: number, b: number, value: number): void {
    const x = a < b ? a : b;
    const y = a < b ? b : a;
    if (y >= PAIR_ID_LIMIT) return;
    const slots = this.slots;
    if (this.size * 10 > this.mask * 7) {
      slots.fill(-1);
      this.size = 0;
    }
    let slot = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & this.mask;
    while (slots[2 * slot] !== -1) {
      if (slots[2 * slot] === x && slots[2 * slot + 1]! >>> 7 === y) break;
      slot = (slot + 1) & this.mask;
    }
    if (slots[2 * slot] === -1) this.size++;
    slots[2 * slot] = x;
    slots[2 * slot + 1] = (y << 7) | value;
  }
}
