/**
 * `hash()` of the built-in values as CPython 3.12 computes it (Python/pyhash.c and the type slots
 * in Objects/*object.c): str and bytes through SipHash-1-3 over their internal representation,
 * int and float through reduction modulo 2**61 - 1 (`sys.hash_info.modulus`), complex as
 * `hash(real) + 1000003 * hash(imag)`, tuple with 3.12's xxHash-style lanes, frozenset with its
 * shuffle-bits combination, and pointer-based hashes (`object`, None, NaN) from an address.
 *
 * Every function writes a `PyHash` (two int32 halves, see hash-value.ts); the -1 → -2 rule of
 * each CPython slot is applied where that slot applies it. 64-bit products are done on 16-bit
 * limbs in module-level scratch variables: why — no BigInt allocation on the hot path.
 */
import { PyHash } from './hash-value.js';
import { sipHashBytes, sipHashLatin1, sipHashUcs2, sipHashUcs4 } from './siphash.js';

/** `sys.hash_info` of CPython 3.12 on a 64-bit build. */
export const HASH_INFO = {
  width: 64,
  modulus: 2305843009213693951n,
  inf: 314159,
  nan: 0,
  imag: 1000003,
  algorithm: 'siphash13',
  hash_bits: 64,
  seed_bits: 128,
  cutoff: 0,
} as const;

const MODULUS = 2305843009213693951n;
const TWO32 = 4294967296;

// ---------------------------------------------------------------------------------------------
// 64-bit helpers on (hi, lo) uint32 halves; results land in rH/rL.

let rH = 0;
let rL = 0;

/** rH:rL = (ah:al * bh:bl) mod 2**64. */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  // Middle column: the carries into the high word of al*bl.
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const hiFull = p11 + (p01 >>> 16) + (p10 >>> 16) + Math.floor(mid / 65536);
  rL = Math.imul(al, bl) >>> 0;
  rH = (hiFull + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** rH:rL = a + b mod 2**64. */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const l = ((al >>> 0) + (bl >>> 0)) >>> 0;
  rH = ((ah >>> 0) + (bh >>> 0) + (l < al >>> 0 ? 1 : 0)) >>> 0;
  rL = l;
}

function setOut(out: PyHash, h: number, l: number, minusOneTo: number): void {
  h |= 0;
  l |= 0;
  if (h === -1 && l === -1) {
    // The slot's "-1 is reserved for errors" rule; minusOneTo is the slot's replacement (a small
    // non-negative constant, or -2).
    out.hi = minusOneTo < 0 ? -1 : 0;
    out.lo = minusOneTo;
    return;
  }
  out.hi = h;
  out.lo = l;
}

// ---------------------------------------------------------------------------------------------
// str and bytes

// Reused code-point buffer for UCS-4 strings (why: no allocation per hash; grown on demand).
let ucs4 = new Uint32Array(64);

/**
 * `hash(s)` for a str whose JS string holds it as UTF-16 (a surrogate pair stands for one code
 * point above U+FFFF; a lone surrogate is itself a code point). CPython hashes the canonical
 * representation: 1 byte per character if every code point < 256, 2 if < 65536, else 4.
 */
export function hashStr(s: string, out: PyHash): void {
  const n = s.length;
  if (n === 0) {
    out.hi = 0;
    out.lo = 0;
    return;
  }
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    // A high surrogate followed by a low one forms one astral code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  if (pairs === 0) {
    if (max < 256) sipHashLatin1(s, out);
    else sipHashUcs2(s, out);
    return;
  }
  const len = n - pairs;
  if (ucs4.length < len) ucs4 = new Uint32Array(Math.max(len, ucs4.length * 2));
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        ucs4[j++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    ucs4[j++] = c;
  }
  sipHashUcs4(ucs4, len, out);
}

/** `hash(s)` for a str given as code points (any object-model representation of str). */
export function hashCodePoints(cps: Uint32Array | Int32Array, length: number, out: PyHash): void {
  if (length === 0) {
    out.hi = 0;
    out.lo = 0;
    return;
  }
  let max = 0;
  for (let i = 0; i < length; i++) if (cps[i] > max) max = cps[i];
  if (max >= 0x10000) {
    sipHashUcs4(cps, length, out);
    return;
  }
  let s = '';
  // Why a chunked fromCharCode: code points ≤ U+FFFF are single UTF-16 units, and the Latin-1 /
  // UCS-2 hashers read UTF-16 units directly.
  for (let i = 0; i < length; i += 4096) {
    s += String.fromCharCode.apply(null, Array.from(cps.subarray(i, Math.min(length, i + 4096))));
  }
  if (max < 256) sipHashLatin1(s, out);
  else sipHashUcs2(s, out);
}

/** `hash(b)` for bytes (and a read-only memoryview of bytes). */
export function hashBytes(b: Uint8Array, out: PyHash): void {
  sipHashBytes(b, 0, b.length, out);
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** `hash(n)` for an int held as a safe-integer JS number: n itself, except -1 → -2. */
export function hashInt(n: number, out: PyHash): void {
  if (n === -1) {
    out.hi = -1;
    out.lo = -2;
    return;
  }
  out.lo = n | 0;
  out.hi = Math.floor(n / TWO32) | 0;
}

/** `hash(n)` for an int held as a BigInt: sign(n) * (|n| mod (2**61 - 1)), -1 → -2. */
export function hashBigInt(n: bigint, out: PyHash): void {
  if (n >= -9007199254740991n && n <= 9007199254740991n) {
    hashInt(Number(n), out);
    return;
  }
  const neg = n < 0n;
  let r = (neg ? -n : n) % MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  const u = BigInt.asUintN(64, r);
  out.hi = Number(u >> 32n) | 0;
  out.lo = Number(u & 0xffffffffn) | 0;
}

/** `hash(True)` / `hash(False)`. */
export function hashBool(b: boolean, out: PyHash): void {
  out.hi = 0;
  out.lo = b ? 1 : 0;
}

/**
 * `_Py_HashPointer`: the address rotated right by 4 bits (the low bits of aligned addresses carry
 * no information), -1 → -2. This is `object.__hash__`, `hash(None)` (None's address) and the hash
 * of a NaN (the float object's address) in 3.12.
 */
export function hashPointer(address: number, out: PyHash): void {
  const hi = Math.floor(address / TWO32) >>> 0;
  const lo = address >>> 0;
  // (p >> 4) | (p << 60) on 64 bits
  const h = ((hi >>> 4) | (lo << 28)) >>> 0;
  const l = ((lo >>> 4) | (hi << 28)) >>> 0;
  setOut(out, h, l, -2);
}

/**
 * The address `hash(None)` reflects in CPython 3.12.1 on this platform (None is a static object, so
 * its hash is the same in every run of one binary: 4238894112). The VM may pass its own None's
 * address to hashPointer instead; this constant lets it reproduce the reference's value.
 */
export const CPYTHON_NONE_HASH = 4238894112;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Why: the Float64Array/Uint32Array view pair reads a double's bits without DataView overhead;
// little-endian hosts put the low word first.
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/**
 * `hash(x)` for a float. `nanAddress` is the float object's address, used only for NaN (3.12
 * hashes NaN by identity). Finite values hash as the exact rational they are, modulo 2**61 - 1, so
 * `hash(2.0) == hash(2)` and `hash(0.5) == 2**60`.
 */
export function hashFloat(v: number, out: PyHash, nanAddress = 0): void {
  if (Number.isInteger(v) && v >= -9007199254740992 && v <= 9007199254740992) {
    hashInt(v, out);
    return;
  }
  if (v !== v) {
    hashPointer(nanAddress, out);
    return;
  }
  if (v === Infinity || v === -Infinity) {
    hashInt(v > 0 ? 314159 : -314159, out);
    return;
  }
  // v = mant * 2**exp with mant a 53-bit integer; mant < 2**61 - 1, and multiplying by 2**k
  // modulo 2**61 - 1 is a 61-bit rotation by k mod 61.
  f64[0] = v;
  const hiWord = u32[HI];
  const loWord = u32[LO];
  const bexp = (hiWord >>> 20) & 0x7ff;
  let mh = hiWord & 0xfffff;
  let ml = loWord;
  let exp: number;
  if (bexp === 0) {
    exp = -1074; // subnormal
  } else {
    mh |= 0x100000;
    exp = bexp - 1075;
  }
  let e = exp % 61;
  if (e < 0) e += 61;
  rotl61(mh, ml, e);
  if (v < 0) {
    // two's complement negation of rH:rL
    const nl = (~rL + 1) >>> 0;
    const nh = (~rH + (nl === 0 ? 1 : 0)) >>> 0;
    setOut(out, nh, nl, -2);
  } else {
    setOut(out, rH, rL, -2);
  }
}

/** rH:rL = rotate the 61-bit value h:l left by e (0 ≤ e < 61) within 61 bits. */
function rotl61(h: number, l: number, e: number): void {
  while (e > 0) {
    const s = e > 28 ? 28 : e;
    e -= s;
    // left part: (x << s) & (2**61 - 1)
    const lh = ((h << s) | (l >>> (32 - s))) & 0x1fffffff;
    const ll = (l << s) >>> 0;
    // right part: x >> (61 - s), k = 61 - s in 33..60, so only h contributes
    const k = 61 - s;
    const rl = h >>> (k - 32);
    h = lh >>> 0;
    l = (ll | rl) >>> 0;
  }
  rH = h >>> 0;
  rL = l >>> 0;
}

/** `hash(complex(real, imag))` from the two parts' hashes: real + 1000003 * imag (mod 2**64). */
export function hashComplexParts(real: PyHash, imag: PyHash, out: PyHash): void {
  mul64(imag.hi >>> 0, imag.lo >>> 0, 0, 1000003);
  add64(real.hi, real.lo, rH, rL);
  setOut(out, rH, rL, -2);
}

const scratchA = new PyHash();
const scratchB = new PyHash();

/** `hash(complex(real, imag))`. NaN parts use `nanAddress` (the complex object's parts hash by it). */
export function hashComplex(real: number, imag: number, out: PyHash, nanAddress = 0): void {
  hashFloat(real, scratchA, nanAddress);
  hashFloat(imag, scratchB, nanAddress);
  hashComplexParts(scratchA, scratchB, out);
}

// ---------------------------------------------------------------------------------------------
// tuple: acc = P5; for each lane: acc += lane * P2; acc = rotl(acc, 31); acc *= P1;
// then acc += len ^ (P5 ^ 3527539); -1 → 1546275796.

/** Incremental tuple hash: `start`, `add` each element's hash in order, `finish` with the length. */
export class TupleHasher {
  private h = 0x27d4eb2f;
  private l = 0x165667c5;

  start(): this {
    this.h = 0x27d4eb2f;
    this.l = 0x165667c5;
    return this;
  }

  add(lane: PyHash): this {
    mul64(lane.hi >>> 0, lane.lo >>> 0, 0xc2b2ae3d, 0x27d4eb4f);
    add64(this.h, this.l, rH, rL);
    // rotate left 31
    const h = ((rH << 31) | (rL >>> 1)) >>> 0;
    const l = ((rL << 31) | (rH >>> 1)) >>> 0;
    mul64(h, l, 0x9e3779b1, 0x85ebca87);
    this.h = rH;
    this.l = rL;
    return this;
  }

  finish(length: number, out: PyHash): void {
    // len ^ (P5 ^ 3527539) with P5 ^ 3527539 = 0x27d4eb2f1663b4b6
    const lh = (Math.floor(length / TWO32) ^ 0x27d4eb2f) >>> 0;
    const ll = ((length >>> 0) ^ 0x1663b4b6) >>> 0;
    add64(this.h, this.l, lh, ll);
    setOut(out, rH, rL, 1546275796);
  }
}

/** `hash(tuple)` from its elements' hashes. */
export function hashTuple(items: readonly PyHash[], out: PyHash): void {
  const t = tupleHasher.start();
  for (let i = 0; i < items.length; i++) t.add(items[i]);
  t.finish(items.length, out);
}
const tupleHasher = new TupleHasher();

// ---------------------------------------------------------------------------------------------
// frozenset: xor of _shuffle_bits(h) over the elements (order-free), then mixing with the size.

/** Incremental frozenset hash: `add` each element's (stored) hash, any order; `finish` with the size. */
export class FrozensetHasher {
  private h = 0;
  private l = 0;

  start(): this {
    this.h = 0;
    this.l = 0;
    return this;
  }

  add(entry: PyHash): this {
    // ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const eh = entry.hi >>> 0, el = entry.lo >>> 0;
    const xh = (eh ^ ((eh << 16) | (el >>> 16))) >>> 0;
    const xl = (el ^ 89869747 ^ (el << 16)) >>> 0;
    mul64(xh, xl, 0, 3644798167);
    this.h = (this.h ^ rH) >>> 0;
    this.l = (this.l ^ rL) >>> 0;
    return this;
  }

  finish(size: number, out: PyHash): void {
    mul64(Math.floor((size + 1) / TWO32) >>> 0, (size + 1) >>> 0, 0, 1927868237);
    let h = (this.h ^ rH) >>> 0;
    let l = (this.l ^ rL) >>> 0;
    // hash ^= (hash >> 11) ^ (hash >> 25)
    const s11h = h >>> 11, s11l = ((l >>> 11) | (h << 21)) >>> 0;
    const s25h = h >>> 25, s25l = ((l >>> 25) | (h << 7)) >>> 0;
    h = (h ^ s11h ^ s25h) >>> 0;
    l = (l ^ s11l ^ s25l) >>> 0;
    mul64(h, l, 0, 69069);
    add64(rH, rL, 0, 907133923);
    setOut(out, rH, rL, 590923713);
  }
}

/** `hash(frozenset)` from its elements' hashes. */
export function hashFrozenset(items: readonly PyHash[], out: PyHash): void {
  const f = new FrozensetHasher();
  for (let i = 0; i < items.length; i++) f.add(items[i]);
  f.finish(items.length, out);
}
