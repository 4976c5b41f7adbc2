/**
 * The representation of a CPython hash (`Py_hash_t`, a signed 64-bit integer) in pyglass.
 *
 * A hash is a pair of signed 32-bit halves, `hi` and `lo`, held in a small mutable `PyHash` record
 * that hash functions write into. Why not a JS number: string hashes use all 64 bits, which a
 * double cannot hold; why not a BigInt: every BigInt operation allocates, and hashing sits under
 * every dict insert. Tables keep the two halves in Int32Arrays (see set-table.ts); callers that
 * need the Python-visible value (`hash(x)`) convert with `hashToBigInt` / `hashToNumber`.
 */

/** A Py_hash_t as two int32 halves: value = hi * 2**32 + (lo >>> 0). */
export class PyHash {
  hi = 0;
  lo = 0;
}

const TWO32 = 4294967296;

/** The hash as a BigInt (signed 64-bit). */
export function hashToBigInt(h: PyHash): bigint {
  return (BigInt(h.hi) << 32n) | BigInt(h.lo >>> 0);
}

/** The hash as a JS number when it is a safe integer, otherwise null. */
export function hashToNumber(h: PyHash): number | null {
  const v = h.hi * TWO32 + (h.lo >>> 0);
  return Number.isSafeInteger(v) ? v : null;
}

/** Writes a signed 64-bit BigInt (wrapped to 64 bits) into `out`. */
export function hashFromBigInt(v: bigint, out: PyHash): void {
  const u = BigInt.asUintN(64, v);
  out.hi = Number(u >> 32n) | 0;
  out.lo = Number(u & 0xffffffffn) | 0;
}

/** Writes a safe-integer JS number into `out` (no -1 → -2 rule; see hashInt for that). */
export function hashFromNumber(v: number, out: PyHash): void {
  // Why `>>> 0`/floor: ToUint32 takes the value modulo 2**32 exactly for any safe integer.
  out.lo = v | 0;
  out.hi = Math.floor(v / TWO32) | 0;
}

/** Python-visible decimal text of a hash, as `str(hash(x))`. */
export function hashToString(h: PyHash): string {
  const n = hashToNumber(h);
  return n === null ? hashToBigInt(h).toString() : String(n);
}
