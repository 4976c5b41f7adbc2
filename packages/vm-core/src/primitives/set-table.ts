/**
 * The hash table of CPython 3.12's set and frozenset (Objects/setobject.c), so that iteration order,
 * `pop()` order, `sys.getsizeof` and frozenset hashes equal CPython's for the same operations.
 *
 * Open addressing over a power-of-two table (8 slots to start), each probe looking at up to
 * LINEAR_PROBES = 9 following slots before jumping by `i = (i * 5 + 1 + perturb) & mask` with
 * `perturb >>= 5` over the full 64-bit hash. An insert that lands in a fresh slot grows the table
 * once `fill * 5 >= mask * 3`, to the smallest power of two above `used * 4` (`used * 2` past 50000
 * entries). Deleted slots keep a dummy (hash -1) until the next resize; an insert reuses the last
 * dummy seen on its probe path when the key is absent.
 *
 * Keys are opaque to the table: it stores them beside their hashes (two Int32Arrays, see
 * hash-value.ts; `undefined` marks an empty slot, so it cannot be a key) and calls the `eq` callback only for equal hashes and non-identical keys, as
 * CPython calls `__eq__`. If `eq` mutates the table, the operation restarts, as CPython's does.
 */
import type { PyHash } from './hash-value.js';

/** Marker stored in a deleted slot. */
const DUMMY: unique symbol = Symbol('dummy');
type Slot<K> = K | typeof DUMMY | undefined;

/** PySet_MINSIZE. */
export const SET_MINSIZE = 8;
/** setobject.c LINEAR_PROBES. */
export const LINEAR_PROBES = 9;
/** setobject.c PERTURB_SHIFT. */
const PERTURB_SHIFT = 5;

/** sys.getsizeof of an empty set on 64-bit CPython 3.12 (PySetObject 200 bytes + 16-byte GC header). */
export const SET_BASE_SIZEOF = 216;
/** sizeof(setentry): key pointer + hash. */
export const SET_ENTRY_SIZEOF = 16;

export type KeyEquals<K> = (stored: K, key: K) => boolean;

export class SetTable<K> {
  /** Slot keys: undefined = never used, DUMMY = deleted, else an active key. */
  keys: Slot<K>[];
  hashHi: Int32Array;
  hashLo: Int32Array;
  /** Table size - 1. */
  mask = SET_MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots (len(set)). */
  used = 0;
  /** Where pop() starts its search. */
  finger = 0;
  private readonly eq: KeyEquals<K>;

  constructor(eq: KeyEquals<K>) {
    this.eq = eq;
    this.keys = new Array<Slot<K>>(SET_MINSIZE).fill(undefined);
    this.hashHi = new Int32Array(SET_MINSIZE);
    this.hashLo = new Int32Array(SET_MINSIZE);
  }

  get size(): number {
    return this.used;
  }

  /** `sys.getsizeof(s)`: the small table lives inside the object; a larger one is extra. */
  sizeof(): number {
    const n = this.mask + 1;
    return SET_BASE_SIZEOF + (n > SET_MINSIZE ? n * SET_ENTRY_SIZEOF : 0);
  }

  /** Slot index of `key`, or -1 (set_lookkey). */
  lookup(key: K, hash: PyHash): number {
    const hi = hash.hi | 0;
    const lo = hash.lo | 0;
    for (;;) {
      const keys = this.keys;
      const hashHi = this.hashHi;
      const hashLo = this.hashLo;
      let mask = this.mask;
      let i = lo & mask;
      let pH = hi >>> 0;
      let pL = lo >>> 0;
      restart: for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        for (;;) {
          const k = keys[j];
          if (k === undefined) return -1;
          if (hashLo[j] === lo && hashHi[j] === hi && k !== DUMMY) {
            if (k === key) return j;
            const cmp = this.eq(k, key);
            if (this.keys !== keys || keys[j] !== k) break restart;
            if (cmp) return j;
            mask = this.mask;
          }
          if (probes-- === 0) break;
          j++;
        }
        pL = ((pL >>> PERTURB_SHIFT) | (pH << (32 - PERTURB_SHIFT))) >>> 0;
        pH >>>= PERTURB_SHIFT;
        // Why plain arithmetic then `&`: i*5+1+pL < 2**36 is exact in a double, and `& mask`
        // keeps the low bits exactly as size_t arithmetic would.
        i = (i * 5 + 1 + pL) & mask;
      }
    }
  }

  has(key: K, hash: PyHash): boolean {
    return this.lookup(key, hash) >= 0;
  }

  /** set_add_entry: adds `key` unless an equal key is present. Returns true when added. */
  add(key: K, hash: PyHash): boolean {
    const hi = hash.hi | 0;
    const lo = hash.lo | 0;
    restartAll: for (;;) {
      // Why locals: the arrays and mask are reloaded only on a restart (after __eq__ mutated
      // the table), not on every probe.
      const keys = this.keys;
      const hashHi = this.hashHi;
      const hashLo = this.hashLo;
      let mask = this.mask;
      let i = lo & mask;
      let freeslot = -1;
      let pH = hi >>> 0;
      let pL = lo >>> 0;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        for (;;) {
          const k = keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              keys[freeslot] = key;
              hashHi[freeslot] = hi;
              hashLo[freeslot] = lo;
              this.used++;
              return true;
            }
            keys[j] = key;
            hashHi[j] = hi;
            hashLo[j] = lo;
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (hashLo[j] === lo && hashHi[j] === hi && k !== DUMMY) {
            if (k === key) return false;
            const cmp = this.eq(k, key);
            if (cmp) return false;
            if (this.keys !== keys || keys[j] !== k) continue restartAll;
            mask = this.mask;
          } else if (k === DUMMY) {
            freeslot = j;
          }
          if (probes-- === 0) break;
          j++;
        }
        pL = ((pL >>> PERTURB_SHIFT) | (pH << (32 - PERTURB_SHIFT))) >>> 0;
        pH >>>= PERTURB_SHIFT;
        i = (i * 5 + 1 + pL) & mask;
      }
    }
  }

  /** set_discard_entry: removes `key` if present, leaving a dummy. Returns true when removed. */
  discard(key: K, hash: PyHash): boolean {
    const j = this.lookup(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashHi[j] = -1;
    this.hashLo[j] = -1;
    this.used--;
    return true;
  }

  /**
   * set.pop(): the first active slot at or after the finger (wrapping), or undefined when empty
   * (CPython raises KeyError('pop from an empty set')).
   */
  pop(): K | undefined {
    if (this.used === 0) return undefined;
    const mask = this.mask;
    let j = this.finger & mask;
    for (;;) {
      const k = this.keys[j];
      if (k !== undefined && k !== DUMMY) {
        this.keys[j] = DUMMY;
        this.hashHi[j] = -1;
        this.hashLo[j] = -1;
        this.used--;
        this.finger = j + 1;
        return k;
      }
      j = j === mask ? 0 : j + 1;
    }
  }

  /** set.clear(): back to the empty 8-slot table. */
  clear(): void {
    this.keys = new Array<Slot<K>>(SET_MINSIZE).fill(undefined);
    this.hashHi = new Int32Array(SET_MINSIZE);
    this.hashLo = new Int32Array(SET_MINSIZE);
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** set_table_resize: rebuilds into the smallest power of two (≥ 8) above `minused`. */
  resize(minused: number): void {
    let newsize = SET_MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys;
    const oldHi = this.hashHi;
    const oldLo = this.hashLo;
    if (newsize === SET_MINSIZE && oldKeys.length === SET_MINSIZE && this.fill === this.used) {
      return; // the small table, no dummies: nothing to do
    }
    const keys = new Array<Slot<K>>(newsize).fill(undefined);
    const hashHi = new Int32Array(newsize);
    const hashLo = new Int32Array(newsize);
    const mask = newsize - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) insertClean(keys, hashHi, hashLo, mask, k, oldHi[j], oldLo[j]);
    }
    this.keys = keys;
    this.hashHi = hashHi;
    this.hashLo = hashLo;
    this.mask = mask;
    this.fill = this.used;
  }

  /** set_merge: `self.update(other)` / `set(other)` where other is a set or frozenset. */
  mergeSet(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const ok = other.keys;
    if (this.fill === 0) {
      // Empty target: copy slot for slot when the sizes agree and other has no dummies, else
      // clean inserts — both give the layout CPython produces.
      if (this.mask === other.mask && other.fill === other.used) {
        for (let j = 0; j <= other.mask; j++) {
          const k = ok[j];
          if (k !== undefined) {
            this.keys[j] = k;
            this.hashHi[j] = other.hashHi[j];
            this.hashLo[j] = other.hashLo[j];
          }
        }
      } else {
        for (let j = 0; j <= other.mask; j++) {
          const k = ok[j];
          if (k !== undefined && k !== DUMMY) insertClean(this.keys, this.hashHi, this.hashLo, this.mask, k, other.hashHi[j], other.hashLo[j]);
        }
      }
      this.fill = other.used;
      this.used = other.used;
      return;
    }
    const h: PyHash = { hi: 0, lo: 0 };
    for (let j = 0; j <= other.mask; j++) {
      const k = ok[j];
      if (k !== undefined && k !== DUMMY) {
        h.hi = other.hashHi[j];
        h.lo = other.hashLo[j];
        this.add(k, h);
      }
    }
  }

  /**
   * `self.update(d)` / `set(d)` for an exact dict of `count` keys (one up-front resize, then the
   * keys in the dict's order with their stored hashes).
   */
  beginDictMerge(count: number): void {
    if ((this.fill + count) * 5 >= this.mask * 3) this.resize((this.used + count) * 2);
  }

  /** A new empty table with the same key equality. */
  emptyLike(): SetTable<K> {
    return new SetTable<K>(this.eq);
  }

  /** set_swap_bodies for `&=`: this table takes `other`'s contents (other is discarded). */
  takeTable(other: SetTable<K>): void {
    this.keys = other.keys;
    this.hashHi = other.hashHi;
    this.hashLo = other.hashLo;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
  }

  /** A copy with CPython's `set(s)` / `s.copy()` layout. */
  copy(): SetTable<K> {
    const t = new SetTable<K>(this.eq);
    t.mergeSet(this);
    return t;
  }

  /** Index of the first active slot at or after `pos`, or -1 (set_next / the set iterator). */
  nextSlot(pos: number): number {
    const keys = this.keys;
    const mask = this.mask;
    for (let j = pos; j <= mask; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) return j;
    }
    return -1;
  }

  /** The key in an active slot (from nextSlot). */
  keyAt(slot: number): K {
    return this.keys[slot] as K;
  }

  /** Writes the stored hash of an active slot into `out`. */
  hashAt(slot: number, out: PyHash): void {
    out.hi = this.hashHi[slot];
    out.lo = this.hashLo[slot];
  }

  /** The keys in iteration order. */
  toArray(): K[] {
    const out: K[] = [];
    for (let j = this.nextSlot(0); j >= 0; j = this.nextSlot(j + 1)) out.push(this.keys[j] as K);
    return out;
  }
}

/** set_insert_clean: places a key known to be absent into a table with no dummies. */
function insertClean<K>(keys: Slot<K>[], hashHi: Int32Array, hashLo: Int32Array, mask: number, key: K, hi: number, lo: number): void {
  let i = lo & mask;
  let pH = hi >>> 0;
  let pL = lo >>> 0;
  for (;;) {
    if (keys[i] === undefined) {
      keys[i] = key;
      hashHi[i] = hi;
      hashLo[i] = lo;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === undefined) {
          keys[i + j] = key;
          hashHi[i + j] = hi;
          hashLo[i + j] = lo;
          return;
        }
      }
    }
    pL = ((pL >>> PERTURB_SHIFT) | (pH << (32 - PERTURB_SHIFT))) >>> 0;
    pH >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + pL) & mask;
  }
}
