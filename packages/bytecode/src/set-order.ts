/**
 * The iteration order CPython 3.12 gives a frozenset constant, so `repr()` in dis lists elements
 * as `python -m dis` does. Marshal stores a frozenset's elements sorted by their bytes; the
 * compiler's frozenset was built by inserting elements into a set table (setobject.c: 8 slots to
 * start, linear probes of 9 then perturbed probing, growth to 4×used when 3/5 full) and then
 * rebuilt once more from its own iteration order (compile.c's constant merging). We replay both
 * insertions from the stored order with CPython's hashes under PYTHONHASHSEED=0 (str: SipHash-1-3
 * with a zero key over the string's 1/2/4-byte representation; int: modulo 2**61-1). That is
 * exact whenever colliding elements do not depend on source order; elements of other types keep
 * the stored order.
 */
import type { PyConstant } from '@pyglass/interfaces';
import { siphash13 } from './pyc';
import { codePointsOf, isSurrogateStr } from './text-bytes';

const MODULUS = (1n << 61n) - 1n;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MASK64 = (1n << 64n) - 1n;

/** hash(x) of a str or int as CPython 3.12 computes it with PYTHONHASHSEED=0, as uint64; null for other types. */
export function constantHash(c: PyConstant): bigint | null {
  let h: bigint;
  if (typeof c === 'string' || isSurrogateStr(c)) {
    const cps = codePointsOf(c);
    if (cps.length === 0) return 0n;
    const max = Math.max(...cps);
    const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    const bytes = new Uint8Array(cps.length * kind);
    cps.forEach((cp, i) => {
      for (let b = 0; b < kind; b++) bytes[i * kind + b] = (cp >>> (8 * b)) & 0xff;
    });
    h = siphash13(0n, 0n, bytes);
  } else if (c !== null && typeof c === 'object' && '$int' in c) {
    const v = BigInt(c.$int);
    const m = (v < 0n ? -v : v) % MODULUS;
    h = (v < 0n ? -m : m) & MASK64;
  } else if (c === true || c === false) {
    h = c ? 1n : 0n;
  } else {
    return null;
  }
  // -1 is reserved for errors in C.
  return h === MASK64 ? MASK64 - 1n : h;
}

interface Slot { item: PyConstant; hash: bigint }

function insertAll(items: { item: PyConstant; hash: bigint }[]): Slot[] {
  let mask = 7;
  let table: (Slot | null)[] = new Array(8).fill(null);
  let used = 0;
  const place = (t: (Slot | null)[], m: number, s: Slot): void => {
    let perturb = s.hash;
    let i = Number(s.hash & BigInt(m));
    for (;;) {
      const probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (t[i + j] === null) {
          t[i + j] = s;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (const s of items) {
    place(table, mask, s);
    used++;
    if (used * 5 >= mask * 3) {
      let size = 8;
      while (size <= used * 4) size <<= 1;
      const old = table;
      table = new Array(size).fill(null);
      mask = size - 1;
      for (const e of old) if (e) place(table, mask, e);
    }
  }
  return table.filter((s): s is Slot => s !== null);
}

/** The frozenset's elements in CPython's iteration order (or as stored, for unhashable-here types). */
export function frozensetOrder(items: readonly PyConstant[]): PyConstant[] {
  const hashed: Slot[] = [];
  for (const item of items) {
    const hash = constantHash(item);
    if (hash === null) return [...items];
    hashed.push({ item, hash });
  }
  return insertAll(insertAll(hashed)).map((s) => s.item);
}
