/**
 * SipHash-1-3 as CPython 3.12 computes it for `str` and `bytes` (`sys.hash_info.algorithm ==
 * 'siphash13'`, `cutoff == 0`), and the hash secret that keys it.
 *
 * The 64-bit lanes are kept as pairs of int32 halves in local variables: BigInt would allocate on
 * every add/rotate.
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

const KIND_BYTES = 0;
const KIND_LATIN1 = 1;
const KIND_UCS2 = 2;
const KIND_UCS4 = 3;

/**
 * SipHash-1-3 over `units` code units of `src` (bytes, Latin-1 or UCS-2 string units, or UCS-4
 * code points), as CPython's siphash13() over the little-endian representation; writes the
 * `_Py_HashBytes` result (0 when empty, -1 → -2).
 *
 * Why one function with one copy of the round in a loop: all eight half-lanes stay in local
 * int32 variables for the whole hash — no calls, no state stored between rounds. Each loop trip
 * does one round; what surrounds it depends on the phase: message words, then the final word
 * (length byte + tail), then three finalization rounds.
 */
function sipCore(kind: number, bytes: Uint8Array | null, str: string, cps: Uint32Array | Int32Array | null, start: number, units: number, out: PyHash): void {
  const unitBytes = kind === KIND_BYTES || kind === KIND_LATIN1 ? 1 : kind === KIND_UCS2 ? 2 : 4;
  const byteLength = units * unitBytes;
  if (byteLength === 0) {
    out.hi = 0;
    out.lo = 0;
    return;
  }
  const perWord = 8 / unitBytes;
  const words = Math.floor(units / perWord);
  let v0h = K[0] ^ 0x736f6d65, v0l = K[1] ^ 0x70736575;
  let v1h = K[2] ^ 0x646f7261, v1l = K[3] ^ 0x6e646f6d;
  let v2h = K[0] ^ 0x6c796765, v2l = K[1] ^ 0x6e657261;
  let v3h = K[2] ^ 0x74656462, v3l = K[3] ^ 0x79746573;
  let mh = 0, ml = 0;
  let l: number, h: number, t: number;
  // step < words: message word; step === words: final word; then 3 finalization rounds.
  const steps = words + 4;
  for (let step = 0; step < steps; step++) {
    if (step <= words) {
      if (step < words) {
        const i = start + step * perWord;
        switch (kind) {
          case KIND_BYTES: {
            const b = bytes as Uint8Array;
            ml = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
            mh = b[i + 4] | (b[i + 5] << 8) | (b[i + 6] << 16) | (b[i + 7] << 24);
            break;
          }
          case KIND_LATIN1:
            ml = str.charCodeAt(i) | (str.charCodeAt(i + 1) << 8) | (str.charCodeAt(i + 2) << 16) | (str.charCodeAt(i + 3) << 24);
            mh = str.charCodeAt(i + 4) | (str.charCodeAt(i + 5) << 8) | (str.charCodeAt(i + 6) << 16) | (str.charCodeAt(i + 7) << 24);
            break;
          case KIND_UCS2:
            ml = str.charCodeAt(i) | (str.charCodeAt(i + 1) << 16);
            mh = str.charCodeAt(i + 2) | (str.charCodeAt(i + 3) << 16);
            break;
          default: {
            const c = cps as Uint32Array;
            ml = c[i] | 0;
            mh = c[i + 1] | 0;
          }
        }
      } else {
        // the final word: tail units below, the length's low byte in the top byte
        let th = 0, tl = 0;
        const i0 = start + words * perWord;
        const rest = units - words * perWord;
        for (let k = 0; k < rest; k++) {
          const i = i0 + k;
          const u = kind === KIND_BYTES ? (bytes as Uint8Array)[i] : kind === KIND_UCS4 ? (cps as Uint32Array)[i] | 0 : str.charCodeAt(i);
          const bit = k * unitBytes * 8;
          if (bit < 32) tl |= u << bit;
          else th |= u << (bit - 32);
        }
        mh = ((byteLength & 0xff) << 24) | th;
        ml = tl;
      }
      v3h ^= mh;
      v3l ^= ml;
    } else if (step === words + 1) {
      v2l ^= 0xff;
    }
    // SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    l = (v0l + v1l) | 0;
    v0h = (v0h + v1h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0;
    v0l = l;
    l = (v2l + v3l) | 0;
    v2h = (v2h + v3h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0;
    v2l = l;
    h = (v1h << 13) | (v1l >>> 19);
    l = (v1l << 13) | (v1h >>> 19);
    v1h = h ^ v0h;
    v1l = l ^ v0l;
    h = (v3h << 16) | (v3l >>> 16);
    l = (v3l << 16) | (v3h >>> 16);
    v3h = h ^ v2h;
    v3l = l ^ v2l;
    t = v0h;
    v0h = v0l;
    v0l = t;
    l = (v2l + v1l) | 0;
    v2h = (v2h + v1h + ((l >>> 0) < (v2l >>> 0) ? 1 : 0)) | 0;
    v2l = l;
    l = (v0l + v3l) | 0;
    v0h = (v0h + v3h + ((l >>> 0) < (v0l >>> 0) ? 1 : 0)) | 0;
    v0l = l;
    h = (v1h << 17) | (v1l >>> 15);
    l = (v1l << 17) | (v1h >>> 15);
    v1h = h ^ v2h;
    v1l = l ^ v2l;
    h = (v3h << 21) | (v3l >>> 11);
    l = (v3l << 21) | (v3h >>> 11);
    v3h = h ^ v0h;
    v3l = l ^ v0l;
    t = v2h;
    v2h = v2l;
    v2l = t;
    if (step <= words) {
      v0h ^= mh;
      v0l ^= ml;
    }
  }
  const rh = v0h ^ v1h ^ v2h ^ v3h;
  const rl = v0l ^ v1l ^ v2l ^ v3l;
  out.hi = rh;
  out.lo = rh === -1 && rl === -1 ? -2 : rl;
}

/** SipHash-1-3 of `len` bytes of `b` from `start`, as `hash(bytes)`; 0 for no bytes. */
export function sipHashBytes(b: Uint8Array, start: number, len: number, out: PyHash): void {
  sipCore(KIND_BYTES, b, '', null, start, len, out);
}

/** SipHash-1-3 over a 1-byte-per-character (Latin-1) string: `hash(str)` when max code point < 256. */
export function sipHashLatin1(s: string, out: PyHash): void {
  sipCore(KIND_LATIN1, null, s, null, 0, s.length, out);
}

/** SipHash-1-3 over UCS-2 (2 bytes per code unit, little-endian): max code point in 256..65535. */
export function sipHashUcs2(s: string, out: PyHash): void {
  sipCore(KIND_UCS2, null, s, null, 0, s.length, out);
}

/** SipHash-1-3 over UCS-4 code points (4 bytes each, little-endian): max code point ≥ 65536. */
export function sipHashUcs4(cps: Uint32Array | Int32Array, n: number, out: PyHash): void {
  sipCore(KIND_UCS4, null, '', cps, 0, n, out);
}

// Start as CPython does under PYTHONHASHSEED=0; the VM installs the configured secret at startup.
setHashSeed(0);
