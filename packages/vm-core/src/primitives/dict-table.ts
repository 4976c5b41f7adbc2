/**
 * The compact, insertion-ordered hash table of CPython 3.12's dict (Objects/dictobject.c, combined
 * tables), so that iteration order, resize points and `sys.getsizeof` equal CPython's.
 *
 * An index table of 2**k slots (k ≥ 3) maps hashes to positions in an append-only entry array of
 * USABLE_FRACTION(2**k) = 2**(k+1) / 3 entries; probing is `i = (i*5 + perturb + 1) & mask` with
 * `perturb >>= 5` (no linear probes, unlike set). When no usable entry is left an insert resizes
 * to calculate_log2_keysize(used * 3) — CPython's bit formula, which gives 16 (not 8) for
 * minsize 1..7 and 32 for minsize 16. A table holding only exact-str keys is a "unicode" table (16-byte entries); the
 * first other key converts it to a general one (24-byte entries) through the same resize. An empty
 * dict shares the immutable empty keys object (size 64 for getsizeof) until its first insert.
 *
 * Keys and values are opaque (`undefined` marks a deleted entry, so it cannot be a key); `eq` is called only for equal hashes and non-identical keys. Hashes
 * are kept as int32 halves (see hash-value.ts). Index slots are an Int32Array whatever the table
 * size — why: one monomorphic array type; the 1/2/4/8-byte width CPython uses is only accounted
 * for in `sizeof()`.
 */
import type { PyHash } from './hash-value.js';
import type { KeyEquals } from './set-table.js';

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const PERTURB_SHIFT = 5;
const LOG_MINSIZE = 3;

/** sizeof(PyDictObject) + the GC header: getsizeof({}) on 64-bit CPython 3.12. */
export const DICT_BASE_SIZEOF = 64;
/** sizeof(PyDictKeysObject) without its variable parts. */
export const DICT_KEYS_HEADER_SIZEOF = 32;
export const DICT_UNICODE_ENTRY_SIZEOF = 16;
export const DICT_GENERAL_ENTRY_SIZEOF = 24;

/** USABLE_FRACTION(n) = (n << 1) / 3. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

/** calculate_log2_keysize: `bit_length(((minsize | 8) - 1) | 7)`, as 64-bit Linux CPython computes it. */
export function calculateLog2Keysize(minsize: number): number {
  const m = ((minsize | 8) - 1) | 7;
  // Why: 32 - clz32 is bit_length for values below 2**32; larger tables are out of reach anyway.
  return m < 4294967296 ? 32 - Math.clz32(m) : Math.floor(Math.log2(m)) + 1;
}

/** estimate_log2_keysize: the size that holds n entries without resizing. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

/** log2 of the index width in bytes times the size (dk_log2_index_bytes). */
function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size >= 32) return log2Size + 3;
  return log2Size + 2;
}

/** Bytes of a keys object of 2**log2Size slots (`_PyDict_KeysSize`). */
export function dictKeysSizeof(log2Size: number, unicode: boolean): number {
  return DICT_KEYS_HEADER_SIZEOF + 2 ** log2IndexBytes(log2Size) + usableFraction(2 ** log2Size) * (unicode ? DICT_UNICODE_ENTRY_SIZEOF : DICT_GENERAL_ENTRY_SIZEOF);
}

export class DictTable<K, V> {
  /** 0 while the dict shares the empty keys object; else log2 of the index table size. */
  log2Size = 0;
  /** True while every key is an exact str (DICT_KEYS_UNICODE). */
  unicode = true;
  /** Entries left before a resize (dk_usable). */
  usable = 0;
  /** Entries appended so far, deleted ones included (dk_nentries). */
  nentries = 0;
  /** Live entries (len(d), ma_used). */
  used = 0;
  indices: Int32Array = EMPTY_INDICES;
  entryKeys: (K | undefined)[] = [];
  entryValues: (V | undefined)[] = [];
  entryHi: Int32Array = EMPTY_HASHES;
  entryLo: Int32Array = EMPTY_HASHES;
  private readonly eq: KeyEquals<K>;

  constructor(eq: KeyEquals<K>) {
    this.eq = eq;
  }

  get size(): number {
    return this.used;
  }

  /** A dict presized for `n` items (dict_new_presized, as BUILD_MAP / BUILD_CONST_KEY_MAP use). */
  static presized<K, V>(eq: KeyEquals<K>, n: number, unicode: boolean): DictTable<K, V> {
    const d = new DictTable<K, V>(eq);
    if (n <= usableFraction(8)) return d;
    const log2 = n > usableFraction(1 << 17) ? 17 : estimateLog2Keysize(n);
    d.allocate(log2, unicode);
    return d;
  }

  /**
   * `dict.fromkeys(src)` when src is an exact dict or a set: the new dict is resized up front for
   * `n` keys — unicode when src is a dict with a unicode table, general for a set — even when n
   * is 0, then filled in src's order.
   */
  static forFromkeys<K, V>(eq: KeyEquals<K>, n: number, unicode: boolean): DictTable<K, V> {
    const d = new DictTable<K, V>(eq);
    d.resize(estimateLog2Keysize(n), unicode);
    return d;
  }

  /** `sys.getsizeof(d)`. */
  sizeof(): number {
    return DICT_BASE_SIZEOF + (this.log2Size === 0 ? 0 : dictKeysSizeof(this.log2Size, this.unicode));
  }

  private allocate(log2: number, unicode: boolean): void {
    const n = 1 << log2;
    const u = usableFraction(n);
    this.log2Size = log2;
    this.unicode = unicode;
    this.indices = new Int32Array(n).fill(DKIX_EMPTY);
    this.entryKeys = new Array<K | undefined>(u).fill(undefined);
    this.entryValues = new Array<V | undefined>(u).fill(undefined);
    this.entryHi = new Int32Array(u);
    this.entryLo = new Int32Array(u);
    this.usable = u;
    this.nentries = 0;
  }

  /** Entry index of `key`, or -1 (lookdict / _Py_dict_lookup). */
  lookup(key: K, hash: PyHash): number {
    if (this.log2Size === 0) return -1;
    const hi = hash.hi | 0;
    const lo = hash.lo | 0;
    for (;;) {
      const indices = this.indices;
      const mask = indices.length - 1;
      let i = lo & mask;
      let pH = hi >>> 0;
      let pL = lo >>> 0;
      let changed = false;
      for (;;) {
        const ix = indices[i];
        if (ix === DKIX_EMPTY) return -1;
        if (ix >= 0 && this.entryLo[ix] === lo && this.entryHi[ix] === hi) {
          const k = this.entryKeys[ix] as K;
          if (k === key) return ix;
          const cmp = this.eq(k, key);
          if (this.indices !== indices || this.entryKeys[ix] !== k) {
            changed = true; // the dict was mutated by __eq__: restart (DKIX_KEY_CHANGED)
            break;
          }
          if (cmp) return ix;
        }
        pL = ((pL >>> PERTURB_SHIFT) | (pH << (32 - PERTURB_SHIFT))) >>> 0;
        pH >>>= PERTURB_SHIFT;
        // Why plain arithmetic then `&`: exact below 2**53, and `& mask` keeps size_t's low bits.
        i = (i * 5 + pL + 1) & mask;
      }
      if (!changed) return -1;
    }
  }

  get(key: K, hash: PyHash): V | undefined {
    const ix = this.lookup(key, hash);
    return ix < 0 ? undefined : this.entryValues[ix];
  }

  has(key: K, hash: PyHash): boolean {
    return this.lookup(key, hash) >= 0;
  }

  /** `d[key] = value` (insertdict). `keyIsStr`: the key is an exact str. Returns true if new. */
  set(key: K, hash: PyHash, value: V, keyIsStr: boolean): boolean {
    if (this.log2Size === 0) {
      // insert_to_emptydict: a fresh 8-slot table of the key's kind.
      this.allocate(LOG_MINSIZE, keyIsStr);
      this.appendEntry(key, hash.hi | 0, hash.lo | 0, value);
      return true;
    }
    if (this.unicode && !keyIsStr) this.resize(calculateLog2Keysize(this.used * 3), /* unicode */ false);
    const ix = this.lookup(key, hash);
    if (ix >= 0) {
      this.entryValues[ix] = value;
      return false;
    }
    if (this.usable <= 0) this.resize(calculateLog2Keysize(this.used * 3), /* unicode */ true);
    this.appendEntry(key, hash.hi | 0, hash.lo | 0, value);
    return true;
  }

  private appendEntry(key: K, hi: number, lo: number, value: V): void {
    const n = this.nentries;
    this.indices[findEmptySlot(this.indices, hi, lo)] = n;
    this.entryKeys[n] = key;
    this.entryValues[n] = value;
    this.entryHi[n] = hi;
    this.entryLo[n] = lo;
    this.used++;
    this.usable--;
    this.nentries = n + 1;
  }

  /** `del d[key]` / `d.pop(key)`: returns false when absent (CPython raises KeyError). */
  delete(key: K, hash: PyHash): boolean {
    const ix = this.lookup(key, hash);
    if (ix < 0) return false;
    this.removeEntry(ix);
    return true;
  }

  private removeEntry(ix: number): void {
    const slot = lookdictIndex(this.indices, this.entryHi[ix], this.entryLo[ix], ix);
    this.indices[slot] = DKIX_DUMMY;
    this.entryKeys[ix] = undefined;
    this.entryValues[ix] = undefined;
    this.used--;
  }

  /** `d.popitem()`: the last entry, or undefined when empty (KeyError 'popitem(): dictionary is empty'). */
  popitem(): [K, V] | undefined {
    if (this.used === 0) return undefined;
    let i = this.nentries - 1;
    while (i >= 0 && this.entryKeys[i] === undefined) i--;
    const k = this.entryKeys[i] as K;
    const v = this.entryValues[i] as V;
    this.removeEntry(i);
    this.nentries = i;
    return [k, v];
  }

  /** `d.clear()`: back to the shared empty keys. */
  clear(): void {
    this.log2Size = 0;
    this.unicode = true;
    this.usable = 0;
    this.nentries = 0;
    this.used = 0;
    this.indices = EMPTY_INDICES;
    this.entryKeys = [];
    this.entryValues = [];
    this.entryHi = EMPTY_HASHES;
    this.entryLo = EMPTY_HASHES;
  }

  /** dictresize: a new table of 2**log2 slots holding the live entries in order. */
  resize(log2: number, unicode: boolean): void {
    const oldKeys = this.entryKeys;
    const oldValues = this.entryValues;
    const oldHi = this.entryHi;
    const oldLo = this.entryLo;
    const oldN = this.nentries;
    const used = this.used;
    this.allocate(log2, this.unicode && unicode);
    let j = 0;
    for (let i = 0; i < oldN; i++) {
      const k = oldKeys[i];
      if (k === undefined) continue;
      this.entryKeys[j] = k;
      this.entryValues[j] = oldValues[i];
      this.entryHi[j] = oldHi[i];
      this.entryLo[j] = oldLo[i];
      this.indices[findEmptySlot(this.indices, oldHi[i], oldLo[i])] = j;
      j++;
    }
    this.nentries = used;
    this.used = used;
    this.usable -= used;
  }

  /** An exact copy of the table (clone_combined_dict_keys). */
  private cloneFrom(other: DictTable<K, V>): void {
    this.log2Size = other.log2Size;
    this.unicode = other.unicode;
    this.usable = other.usable;
    this.nentries = other.nentries;
    this.used = other.used;
    this.indices = other.indices.slice();
    this.entryKeys = other.entryKeys.slice();
    this.entryValues = other.entryValues.slice();
    this.entryHi = other.entryHi.slice();
    this.entryLo = other.entryLo.slice();
  }

  /** `d.copy()` / `dict(d)` for an exact dict (PyDict_Copy). */
  copy(isStr: (k: K) => boolean): DictTable<K, V> {
    const d = new DictTable<K, V>(this.eq);
    if (this.used === 0) return d;
    if (this.used >= Math.floor((this.nentries * 2) / 3)) {
      d.cloneFrom(this);
      return d;
    }
    d.update(this, isStr);
    return d;
  }

  /** `self.update(other)` for an exact dict `other` (dict_merge with override). */
  update(other: DictTable<K, V>, isStr: (k: K) => boolean): void {
    if (other === this || other.used === 0) return;
    if (this.used === 0) {
      const small = other.log2Size === LOG_MINSIZE || usableFraction((1 << other.log2Size) / 2) < other.used;
      if (other.used === other.nentries && small) {
        this.cloneFrom(other);
        return;
      }
    }
    const ownSize = this.log2Size === 0 ? 1 : 1 << this.log2Size;
    if (usableFraction(ownSize) < other.used) {
      const log2 = estimateLog2Keysize(this.used + other.used);
      if (this.log2Size === 0) {
        this.allocate(log2, other.unicode);
      } else {
        this.resize(log2, other.unicode);
      }
    }
    const h: PyHash = { hi: 0, lo: 0 };
    for (let i = 0; i < other.nentries; i++) {
      const k = other.entryKeys[i];
      if (k === undefined) continue;
      h.hi = other.entryHi[i];
      h.lo = other.entryLo[i];
      this.set(k, h, other.entryValues[i] as V, isStr(k));
    }
  }

  /** Index of the first live entry at or after `pos`, or -1 (dict iteration). */
  nextEntry(pos: number): number {
    for (let i = pos; i < this.nentries; i++) if (this.entryKeys[i] !== undefined) return i;
    return -1;
  }

  keyAt(ix: number): K {
    return this.entryKeys[ix] as K;
  }

  valueAt(ix: number): V {
    return this.entryValues[ix] as V;
  }

  hashAt(ix: number, out: PyHash): void {
    out.hi = this.entryHi[ix];
    out.lo = this.entryLo[ix];
  }

  /** Keys in iteration (insertion) order. */
  keys(): K[] {
    const out: K[] = [];
    for (let i = this.nextEntry(0); i >= 0; i = this.nextEntry(i + 1)) out.push(this.entryKeys[i] as K);
    return out;
  }
}

const EMPTY_INDICES = new Int32Array(0);
const EMPTY_HASHES = new Int32Array(0);

/** find_empty_slot: first EMPTY or DUMMY index slot on the probe path of a hash. */
function findEmptySlot(indices: Int32Array, hi: number, lo: number): number {
  const mask = indices.length - 1;
  let i = lo & mask;
  let pH = hi >>> 0;
  let pL = lo >>> 0;
  while (indices[i] >= 0) {
    pL = ((pL >>> PERTURB_SHIFT) | (pH << (32 - PERTURB_SHIFT))) >>> 0;
    pH >>>= PERTURB_SHIFT;
    i = (i * 5 + pL + 1) & mask;
  }
  return i;
}

/** lookdict_index: the index slot that holds entry `ix`. */
function lookdictIndex(indices: Int32Array, hi: number, lo: number, ix: number): number {
  const mask = indices.length - 1;
  let i = lo & mask;
  let pH = hi >>> 0;
  let pL = lo >>> 0;
  for (;;) {
    const v = indices[i];
    if (v === ix) return i;
    if (v === DKIX_EMPTY) throw new Error('dict table: entry not found in its index (corrupted table)');
    pL = ((pL >>> PERTURB_SHIFT) | (pH << (32 - PERTURB_SHIFT))) >>> 0;
    pH >>>= PERTURB_SHIFT;
    i = (i * 5 + pL + 1) & mask;
  }
}
