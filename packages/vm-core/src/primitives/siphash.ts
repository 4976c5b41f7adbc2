/**
 * SipHash-1-3 as CPython 3.12 computes it for `str` and `bytes` (`sys.hash_info.algorithm ==
 * 'siphash13'`, `cutoff == 0`), and the hash secret that keys it.
 *
 * The 64-bit lanes are kept as pairs of int32 halves (in an Int32Array between rounds, in locals
 * within one): BigInt would allocate on every add/rotate.
 * The key is process-wide, as CPython's `_Py_HashSecret`: `setHashSeed(0)` (PYTHONHASHSEED=0)
 * gives the all-zero key, `setHashSeed(N)` fills the secret from CPython's linear congruential
 * generator seeded with N, and `setHashSecret(bytes)` installs 16+ random bytes (PYTHONHASHSEED
 * unset). Results are written into a `PyHash` (see hash.ts for the representation).
 */
import type { PyHash } from './hash-value.js';

// The key as int32 halves: K = [k0 high, k0 low, k1 high, k1 low] (k0 = secret bytes 0..7,
// k1 = bytes 8..15, little-endian).
const K = new Int32Array(4);

/** Largest PYTHONHASHSEED value CPython accepts. */
export const MAX_HASH_SEED = 4294967295;

/**
 * Installs the secret CPython derives from PYTHONHASHSEED=seed: 0 disables randomization (all-zero
 * key); 1..4294967295 runs the LCG x = x * 214013 + 2531011 (mod 2**32), one byte `(x >> 16) & 0xff`
 * per step, over the 24-byte secret.
 */
export function setHashSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_HASH_SEED) {
    throw new RangeError(`hash seed must be an integer in 0..${MAX_HASH_SEED}`);
  }
  const secret = new Uint8Array(24);
  if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < secret.length; i++) {
      // Why Math.imul: the product must wrap modulo 2**32 as the C unsigned int does.
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      secret[i] = (x >>> 16) & 0xff;
    }
  }
  setHashSecret(secret);
}

/** Installs a raw secret (at least 16 bytes; SipHash uses the first 16 as k0, k1). */
export function setHashSecret(secret: Uint8Array): void {
  if (secret.length < 16) throw new RangeError('hash secret needs at least 16 bytes');
  K[1] = le32(secret, 0);
  K[0] = le32(secret, 4);
  K[3] = le32(secret, 8);
  K[2] = le32(secret, 12);
}

function le32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

// The SipHash state v0..v3 as (high, low) int32 halves: S[0]=v0h S[1]=v0l … S[7]=v3l. Why a typed
// array: module-level `let` variables holding values beyond the small-integer range are boxed,
// and every write would allocate; Int32Array elements are stored unboxed.
const S = new Int32Array(8);

/** One SipRound (CPython's SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)). */
function sipRound(): void {
  let v0h = S[0], v0l = S[1], v1h = S[2], v1l = S[3], v2h = S[4], v2l = S[5], v3h = S[6], v3l = S[7];
  let l: number, h: number, t: number;
  // v0 += v1 (carry from the unsigned comparison of the low halves)
  l = (v0l + v1l) | 0;
  v0h = (v0h + v1h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0;
  v0l = l;
  // v2 += v3
  l = (v2l + v3l) | 0;
  v2h = (v2h + v3h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0;
  v2l = l;
  // v1 = rotl(v1, 13) ^ v0
  h = (v1h << 13) | (v1l >>> 19);
  l = (v1l << 13) | (v1h >>> 19);
  v1h = h ^ v0h;
  v1l = l ^ v0l;
  // v3 = rotl(v3, 16) ^ v2
  h = (v3h << 16) | (v3l >>> 16);
  l = (v3l << 16) | (v3h >>> 16);
  v3h = h ^ v2h;
  v3l = l ^ v2l;
  // v0 = rotl(v0, 32)
  t = v0h;
  v0h = v0l;
  v0l = t;
  // second half: a=v2, b=v1, c=v0, d=v3
  l = (v2l + v1l) | 0;
  v2h = (v2h + v1h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0;
  v2l = l;
  l = (v0l + v3l) | 0;
  v0h = (v0h + v3h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0;
  v0l = l;
  // v1 = rotl(v1, 17) ^ v2
  h = (v1h << 17) | (v1l >>> 15);
  l = (v1l << 17) | (v1h >>> 15);
  v1h = h ^ v2h;
  v1l = l ^ v2l;
  // v3 = rotl(v3, 21) ^ v0
  h = (v3h << 21) | (v3l >>> 11);
  l = (v3l << 21) | (v3h >>> 11);
  v3h = h ^ v0h;
  v3l = l ^ v0l;
  // v2 = rotl(v2, 32)
  t = v2h;
  v2h = v2l;
  v2l = t;
  S[0] = v0h; S[1] = v0l; S[2] = v1h; S[3] = v1l; S[4] = v2h; S[5] = v2l; S[6] = v3h; S[7] = v3l;
}

function sipInit(): void {
  S[0] = K[0] ^ 0x736f6d65;
  S[1] = K[1] ^ 0x70736575;
  S[2] = K[2] ^ 0x646f7261;
  S[3] = K[3] ^ 0x6e646f6d;
  S[4] = K[0] ^ 0x6c796765;
  S[5] = K[1] ^ 0x6e657261;
  S[6] = K[2] ^ 0x74656462;
  S[7] = K[3] ^ 0x79746573;
}

/** Absorbs one 64-bit message word (mh:ml). */
function sipWord(mh: number, ml: number): void {
  S[6] ^= mh;
  S[7] ^= ml;
  sipRound();
  S[0] ^= mh;
  S[1] ^= ml;
}

/**
 * Absorbs the final word (length byte in the top 8 bits, tail bytes below), runs the
 * finalization, and writes CPython's `_Py_HashBytes` result: 0 for an empty input, -1 mapped to -2.
 */
function sipFinish(byteLength: number, tailh: number, taill: number, out: PyHash): void {
  sipWord(((byteLength & 0xff) << 24) | tailh, taill | 0);
  S[5] ^= 0xff;
  sipRound();
  sipRound();
  sipRound();
  const h = S[0] ^ S[2] ^ S[4] ^ S[6];
  const l = S[1] ^ S[3] ^ S[5] ^ S[7];
  out.hi = h;
  out.lo = h === -1 && l === -1 ? -2 : l;
}

/** SipHash-1-3 of `len` bytes of `b` from `start`, as `hash(bytes)`; 0 for no bytes. */
export function sipHashBytes(b: Uint8Array, start: number, len: number, out: PyHash): void {
  if (len === 0) {
    out.hi = 0;
    out.lo = 0;
    return;
  }
  sipInit();
  let i = start;
  const end = start + len;
  const wordsEnd = start + (len & ~7);
  while (i < wordsEnd) {
    sipWord(le32(b, i + 4) | 0, le32(b, i) | 0);
    i += 8;
  }
  let th = 0, tl = 0;
  for (let k = 0; i < end; i++, k++) {
    if (k < 4) tl |= b[i] << (8 * k);
    else th |= b[i] << (8 * (k - 4));
  }
  sipFinish(len, th, tl, out);
}

/** SipHash-1-3 over a 1-byte-per-character (Latin-1) string: `hash(str)` when max code point < 256. */
export function sipHashLatin1(s: string, out: PyHash): void {
  const n = s.length;
  sipInit();
  let i = 0;
  const wordsEnd = n & ~7;
  while (i < wordsEnd) {
    const lo = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 8) | (s.charCodeAt(i + 2) << 16) | (s.charCodeAt(i + 3) << 24);
    const hi = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 8) | (s.charCodeAt(i + 6) << 16) | (s.charCodeAt(i + 7) << 24);
    sipWord(hi, lo);
    i += 8;
  }
  let th = 0, tl = 0;
  for (let k = 0; i < n; i++, k++) {
    if (k < 4) tl |= s.charCodeAt(i) << (8 * k);
    else th |= s.charCodeAt(i) << (8 * (k - 4));
  }
  sipFinish(n, th, tl, out);
}

/** SipHash-1-3 over UCS-2 (2 bytes per code unit, little-endian): max code point in 256..65535. */
export function sipHashUcs2(s: string, out: PyHash): void {
  const n = s.length;
  sipInit();
  let i = 0;
  const wordsEnd = n & ~3;
  while (i < wordsEnd) {
    const lo = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    const hi = s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16);
    sipWord(hi, lo);
    i += 4;
  }
  let th = 0, tl = 0;
  for (let k = 0; i < n; i++, k++) {
    if (k < 2) tl |= s.charCodeAt(i) << (16 * k);
    else th |= s.charCodeAt(i) << (16 * (k - 2));
  }
  sipFinish(n * 2, th, tl, out);
}

/** SipHash-1-3 over UCS-4 code points (4 bytes each, little-endian): max code point ≥ 65536. */
export function sipHashUcs4(cps: Uint32Array | Int32Array, n: number, out: PyHash): void {
  sipInit();
  let i = 0;
  const wordsEnd = n & ~1;
  while (i < wordsEnd) {
    sipWord(cps[i + 1] | 0, cps[i] | 0);
    i += 2;
  }
  const tl = i < n ? cps[i] | 0 : 0;
  sipFinish(n * 4, 0, tl, out);
}

// Start as CPython does under PYTHONHASHSEED=0; the VM installs the configured secret at startup.
setHashSeed(0);
