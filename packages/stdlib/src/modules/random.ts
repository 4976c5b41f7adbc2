/**
 * `random` (CPython's Modules/_randommodule.c and Lib/random.py), native: the Mersenne Twister
 * MT19937 seeded exactly as CPython seeds it (int seeds as 32-bit words to init_by_array, str/bytes
 * seeds through sha512 for version 2 and the old hash for version 1, float seeds by their hash,
 * None from the OS), so every method gives python3.12's sequence for the same seed: random,
 * getrandbits, randrange/randint (through _randbelow's rejection sampling), choice, choices,
 * shuffle, sample (its pool and set strategies), uniform, triangular, gauss, normalvariate,
 * lognormvariate, expovariate, vonmisesvariate, gammavariate, betavariate, paretovariate,
 * weibullvariate, randbytes, getstate/setstate. The twister state is a Uint32Array (why: the
 * generator is 32-bit arithmetic; Math.imul keeps the products exact).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  PyObject, PyType, PyModule, PyFloat, PyInt, PyList, PyBytes, TypeErrorType, ValueErrorType, IndexErrorType,
  None, newInt, newBigInt, newFloat, newTuple, newList, raise, decref, newref, call, getIter, iterNext, repr, str, binaryOp, compareBool, isInt, isSubtype, len, getItem, setItem, toArray, hashInto, bigOf, PyHash, bytesType,
  tupleType, listType, strType, rangeType, dictType, setType, frozensetType, isStr, getAttr, correctlyRoundedPow,
  OverflowErrorType, ZeroDivisionErrorType, NotImplementedErrorType, callMethod, lookupType, type NativeFn,
} from '@pyglass/vm-core';
import { asBigIndex, asDouble, checkPositional, methO, parseArgs, pyArgs } from './number-args.js';
import { makeNativeType } from './native-type.js';
import { defineValue } from './module-def.js';
import * as libm from './libm.js';
import { lgamma } from './math.js';

const N = 624;
const M = 397;

class RandomObject extends PyObject {
  declare mt: Uint32Array;
  declare index: number;
  declare gaussNext: PyObject;
  /** SystemRandom: draws come from the OS (os.urandom), not from the twister. */
  declare system: boolean;
  constructor(type: PyType) {
    super(type, type.basicsize);
    this.mt = new Uint32Array(N);
    this.index = N + 1;
    this.gaussNext = None;
    this.system = false;
  }
}

function initGenrand(r: RandomObject, s: number): void {
  const mt = r.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
  }
  r.index = N;
}

function initByArray(r: RandomObject, key: number[]): void {
  initGenrand(r, 19650218);
  const mt = r.mt;
  let i = 1;
  let j = 0;
  const klen = key.length;
  for (let k = N > klen ? N : klen; k > 0; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= klen) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

function genrand(r: RandomObject): number {
  const mt = r.mt;
  if (r.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    r.index = 0;
  }
  let y = mt[r.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random(): 53 random bits from two outputs (27 + 26), as genrand_res53. */
function rawRandom01(r: RandomObject): number {
  if (r.system) {
    // (int.from_bytes(urandom(7)) >> 3) * 2**-53
    const b = randomBytes(7);
    let v = 0;
    for (let i = 0; i < 7; i++) v = v * 256 + b[i];
    return Math.floor(v / 8) * (1.0 / 9007199254740992.0);
  }
  const a = genrand(r) >>> 5;
  const b = genrand(r) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/**
 * What a subclass overrides, per type: random.py's methods call self.random() / self.getrandbits(),
 * so a subclass's own random() or getrandbits() is used by every other method (and _randbelow
 * switches to its random()-only form when only random() is overridden, as __init_subclass__ does).
 */
const overrides = new WeakMap<PyType, { random: boolean; getrandbits: boolean }>();
function overridesOf(r: RandomObject): { random: boolean; getrandbits: boolean } | null {
  const t = r.type;
  if (t === randomType || t === systemRandomType) return null;
  let o = overrides.get(t);
  if (o === undefined) {
    const base = randomType!;
    o = {
      random: lookupType(t, 'random') !== lookupType(base, 'random'),
      getrandbits: lookupType(t, 'getrandbits') !== lookupType(base, 'getrandbits'),
    };
    overrides.set(t, o);
  }
  return o.random || o.getrandbits ? o : null;
}

/** self.random(): the subclass's method when it has one, else the twister. */
function random01(r: RandomObject): number {
  const o = overridesOf(r);
  if (o === null || !o.random) return rawRandom01(r);
  const v = callMethod(r, 'random', []);
  try {
    return asDouble(v);
  } finally {
    decref(v);
  }
}

/** _randbelow through the subclass's getrandbits() or random() (random.py's two forms). */
function randbelowOverridden(r: RandomObject, n: bigint, o: { random: boolean; getrandbits: boolean }): bigint {
  if (o.getrandbits || !o.random) {
    const k = newInt(bitLen(n));
    try {
      for (;;) {
        const v = callMethod(r, 'getrandbits', [k]);
        const b = bigOf(v as PyInt);
        decref(v);
        if (b < n) return b;
      }
    } finally {
      decref(k);
    }
  }
  // _randbelow_without_getrandbits: scale random() by 2**53, rejecting the biased top.
  const maxsize = 9007199254740992n;
  if (n >= maxsize) return BigInt(Math.floor(random01(r) * Number(n)));
  const rem = maxsize % n;
  const limit = Number(maxsize - rem) / Number(maxsize);
  let x = random01(r);
  while (x >= limit) x = random01(r);
  return BigInt(Math.floor(x * Number(maxsize))) % n;
}

/** getrandbits(k) as a bigint (words little-endian; the last one keeps its high bits). */
function getrandbitsBig(r: RandomObject, k: number): bigint {
  if (r.system) {
    if (k === 0) return 0n;
    const nbytes = (k + 7) >> 3;
    const x = BigInt('0x' + randomBytes(nbytes).toString('hex'));
    return x >> BigInt(nbytes * 8 - k);
  }
  if (k <= 32) return BigInt(k === 0 ? 0 : genrand(r) >>> (32 - k));
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let w = genrand(r);
    if (left < 32) w >>>= 32 - left;
    result |= BigInt(w) << shift;
    shift += 32n;
  }
  return result;
}

function bitLen(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** _randbelow_with_getrandbits(n) for n > 0. */
function randbelow(r: RandomObject, n: bigint): bigint {
  const o = overridesOf(r);
  if (o !== null) return randbelowOverridden(r, n, o);
  if (n <= 0xffffffffn && !r.system) {
    const nn = Number(n);
    const k = 32 - Math.clz32(nn);
    for (;;) {
      const v = k === 0 ? 0 : genrand(r) >>> (32 - k);
      if (v < nn) return BigInt(v);
    }
  }
  const k = bitLen(n);
  for (;;) {
    const v = getrandbitsBig(r, k);
    if (v < n) return v;
  }
}
/** randbelow for a JS count (< 2**32 in practice). */
function randbelowNum(r: RandomObject, n: number): number {
  const o = overridesOf(r);
  if (o !== null) return Number(randbelowOverridden(r, BigInt(n), o));
  if (n <= 0xffffffff && !r.system) {
    const k = 32 - Math.clz32(n);
    for (;;) {
      const v = k === 0 ? 0 : genrand(r) >>> (32 - k);
      if (v < n) return v;
    }
  }
  return Number(randbelow(r, BigInt(n)));
}

/** The C seed: |n| split into 32-bit words (little-endian), [0] for zero. */
function seedFromBig(r: RandomObject, n: bigint): void {
  if (n < 0n) n = -n;
  const key: number[] = [];
  if (n === 0n) key.push(0);
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  initByArray(r, key);
}

function bytesOf(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.b;
  const b = (o as unknown as { b?: unknown }).b;
  if (b instanceof Uint8Array && (o.type.name === 'bytearray')) return b;
  return null;
}

function seed(r: RandomObject, a: PyObject | undefined, version: number): void {
  r.gaussNext = None;
  if (a === undefined || a === None) {
    const buf = randomBytes(N * 4);
    const key: number[] = [];
    for (let i = 0; i < N; i++) key.push(buf.readUInt32LE(i * 4));
    initByArray(r, key);
    return;
  }
  if (version === 1 && (isStr(a) || bytesOf(a) !== null)) {
    const s = isStr(a) ? a.s : Array.from(bytesOf(a)!, (c) => String.fromCharCode(c)).join('');
    const cps = Array.from(s, (c) => BigInt(c.codePointAt(0)!));
    let x = cps.length > 0 ? cps[0] << 7n : 0n;
    for (const c of cps) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
    x ^= BigInt(cps.length);
    seedFromBig(r, x === -1n ? -2n : x);
    return;
  }
  if (version === 2 && (isStr(a) || bytesOf(a) !== null)) {
    const raw = isStr(a) ? Buffer.from(a.s, 'utf8') : Buffer.from(bytesOf(a)!);
    const digest = createHash('sha512').update(raw).digest();
    const all = Buffer.concat([raw, digest]);
    seedFromBig(r, all.length === 0 ? 0n : BigInt('0x' + all.toString('hex')));
    return;
  }
  if (isInt(a)) {
    seedFromBig(r, bigOf(a));
    return;
  }
  if (!(a instanceof PyFloat) && !isStr(a) && bytesOf(a) === null) {
    throw raise(TypeErrorType, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  // Other accepted seeds (floats) seed from their hash, taken as an unsigned 64-bit number.
  const h = new PyHash();
  hashInto(a, h);
  seedFromBig(r, (BigInt(h.hi >>> 0) << 32n) | BigInt(h.lo >>> 0));
}

// ---------------------------------------------------------------------------------------------
// The Python-level methods of random.Random

const NB_ADD = 0;
const NB_SUBTRACT = 10;
const NB_MULTIPLY = 5;
const TWOPI = 2.0 * Math.PI;
// random.py's constants, as python3.12 computes them (literals: why — no libm work at load time).
const LOG4 = 1.3862943611198906; // log(4.0)
const SG_MAGICCONST = 2.504077396776274; // 1.0 + log(4.5)
const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)

function fpow(x: number, y: number): number {
  // float ** float for the positive bases these formulas use (CPython's float_pow → libm pow).
  if (y === 0 || x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
  if (x < 0) return Math.pow(x, y);
  return correctlyRoundedPow(x, y);
}

function isSequence(o: PyObject): boolean {
  const t = o.type;
  for (const s of [listType, tupleType, strType, rangeType, bytesType]) if (t === s || isSubtype(t, s)) return true;
  if (t.name === 'bytearray' || t.name === 'deque' || t.name === 'memoryview') return true;
  if (t === dictType || isSubtype(t, dictType) || t === setType || t === frozensetType) return false;
  // Classes deriving from collections.abc.Sequence are registered by the ABC machinery in CPython.
  for (const c of t.mro) if (c.name === 'Sequence' && c.module === 'collections.abc') return true;
  return false;
}

function intArg(o: PyObject): bigint {
  return asBigIndex(o);
}

function randrange(r: RandomObject, start: PyObject, stop: PyObject | undefined, step: PyObject | undefined): PyObject {
  const istart = intArg(start);
  if (stop === undefined || stop === None) {
    if (step !== undefined && !(isInt(step) && bigOf(step) === 1n && step.type.name === 'int')) {
      throw raise(TypeErrorType, 'Missing a non-None stop argument');
    }
    if (istart > 0n) return newBigInt(randbelow(r, istart));
    throw raise(ValueErrorType, 'empty range for randrange()');
  }
  const istop = intArg(stop);
  const width = istop - istart;
  const istep = step === undefined ? 1n : intArg(step);
  if (istep === 1n) {
    if (width > 0n) return newBigInt(istart + randbelow(r, width));
    throw raise(ValueErrorType, `empty range in randrange(${str(start)}, ${str(stop)})`);
  }
  let n: bigint;
  const floorDiv = (a: bigint, b: bigint): bigint => {
    const q = a / b;
    return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
  };
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else throw raise(ValueErrorType, 'zero step for randrange()');
  if (n <= 0n) throw raise(ValueErrorType, `empty range in randrange(${str(start)}, ${str(stop)}, ${str(step!)})`);
  return newBigInt(istart + istep * randbelow(r, n));
}

function sample(r: RandomObject, population: PyObject, k: number, counts: PyObject | undefined): PyObject {
  if (!isSequence(population)) throw raise(TypeErrorType, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = len(population);
  if (counts !== undefined && counts !== None) {
    const cum: PyObject[] = [];
    const it = getIter(counts);
    try {
      let acc: PyObject | null = null;
      for (let v = iterNext(it); v !== null; v = iterNext(it)) {
        if (acc === null) acc = v;
        else {
          const s = binaryOp(acc, v, NB_ADD);
          decref(v);
          acc = s;
        }
        cum.push(newref(acc));
      }
      if (acc !== null) decref(acc);
    } finally {
      decref(it);
    }
    try {
      if (cum.length !== n) throw raise(ValueErrorType, 'The number of counts does not match the population');
      const total = cum.pop()!;
      if (!isInt(total)) throw raise(TypeErrorType, 'Counts must be integers');
      const t = bigOf(total);
      decref(total);
      if (t <= 0n) throw raise(ValueErrorType, 'Total of counts must be greater than zero');
      const rng = call(rangeType, [newBigInt(t)], null);
      const sel = sample(r, rng, k, undefined) as PyList;
      decref(rng);
      const out: PyObject[] = [];
      for (const s of sel.items) {
        // bisect_right(cum_counts, s)
        let lo = 0;
        let hi = cum.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (compareBool(s, cum[mid], 0)) hi = mid;
          else lo = mid + 1;
        }
        const idx = newInt(lo);
        out.push(getItem(population, idx));
        decref(idx);
      }
      decref(sel);
      return newList(out);
    } finally {
      for (const c of cum) decref(c);
    }
  }
  if (!(k >= 0 && k <= n)) throw raise(ValueErrorType, 'Sample larger than population or is negative');
  const result: PyObject[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4));
  if (n <= setsize) {
    const orig = toArray(population);
    const pool = orig.slice();
    for (let i = 0; i < k; i++) {
      const j = randbelowNum(r, n - i);
      result[i] = newref(pool[j]);
      const moved = pool[n - i - 1];
      pool[j] = moved;
    }
    for (const x of orig) decref(x);
    return newList(result);
  }
  const selected = new Set<number>();
  for (let i = 0; i < k; i++) {
    let j = randbelowNum(r, n);
    while (selected.has(j)) j = randbelowNum(r, n);
    selected.add(j);
    const idx = newInt(j);
    result[i] = getItem(population, idx);
    decref(idx);
  }
  return newList(result);
}

function choices(r: RandomObject, population: PyObject, weights: PyObject | undefined, cumWeights: PyObject | undefined, kO: PyObject | undefined): PyObject {
  const n = len(population);
  const k = kO === undefined ? 1 : Number(asBigIndex(kO));
  const out: PyObject[] = [];
  if (cumWeights === undefined || cumWeights === None) {
    if (weights === undefined || weights === None) {
      const nf = n + 0.0;
      for (let i = 0; i < k; i++) {
        const idx = newInt(Math.floor(random01(r) * nf));
        try {
          out.push(getItem(population, idx));
        } catch (e) {
          for (const x of out) decref(x);
          throw e;
        } finally {
          decref(idx);
        }
      }
      return newList(out);
    }
    let cum: PyObject[];
    try {
      cum = accumulate(weights);
    } catch (e) {
      if (e instanceof PyObject && isSubtype(e.type, TypeErrorType) && isInt(weights)) {
        decref(e);
        throw raise(TypeErrorType, `The number of choices must be a keyword argument: k=${repr(weights)}`);
      }
      throw e;
    }
    return choicesCum(r, population, n, cum, k);
  }
  if (weights !== undefined && weights !== None) throw raise(TypeErrorType, 'Cannot specify both weights and cumulative weights');
  return choicesCum(r, population, n, toArray(cumWeights), k);
}

function accumulate(o: PyObject): PyObject[] {
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    let acc: PyObject | null = null;
    for (let v = iterNext(it); v !== null; v = iterNext(it)) {
      if (acc === null) acc = v;
      else {
        const s = binaryOp(acc, v, NB_ADD);
        decref(v);
        decref(acc);
        acc = s;
      }
      out.push(newref(acc));
    }
    if (acc !== null) decref(acc);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

function choicesCum(r: RandomObject, population: PyObject, n: number, cum: PyObject[], k: number): PyObject {
  try {
    if (cum.length !== n) throw raise(ValueErrorType, 'The number of weights does not match the population');
    const zero = newFloat(0.0);
    const totalO = binaryOp(cum[cum.length - 1], zero, NB_ADD);
    decref(zero);
    const total = asDouble(totalO);
    decref(totalO);
    if (total <= 0.0) throw raise(ValueErrorType, 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw raise(ValueErrorType, 'Total of weights must be finite');
    const hi0 = n - 1;
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) {
      const x = newFloat(random01(r) * total);
      let lo = 0;
      let hi = hi0;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareBool(x, cum[mid], 0)) hi = mid;
        else lo = mid + 1;
      }
      decref(x);
      const idx = newInt(lo);
      out.push(getItem(population, idx));
      decref(idx);
    }
    return newList(out);
  } finally {
    for (const c of cum) decref(c);
  }
}

function gammavariate(r: RandomObject, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw raise(ValueErrorType, 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = random01(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - random01(r);
      const v = libm.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * libm.exp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= safeLog(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -safeLog(1.0 - random01(r)) * beta;
  let x: number;
  for (;;) {
    const u = random01(r);
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    if (p <= 1.0) x = fpow(p, 1.0 / alpha);
    else x = -safeLog((b - p) / alpha);
    const u1 = random01(r);
    if (p > 1.0) {
      if (u1 <= fpow(x, alpha - 1.0)) break;
    } else if (u1 <= libm.exp(-x)) break;
  }
  return x * beta;
}

/** math.log's behaviour for the logs of random.py (ValueError at 0 and below). */
function safeLog(x: number): number {
  if (!(x > 0)) throw raise(ValueErrorType, 'math domain error');
  return x === Infinity ? x : libm.log(x);
}

function floatArgs(name: string, args: PyObject[], kw: string[] | null, names: string[], defaults: (number | null)[]): number[] {
  const vals = pyArgs(`Random.${name}`, args, kw, names, defaults.filter((d) => d === null).length, [], 1);
  return names.map((_, i) => (vals[i] === undefined ? defaults[i]! : asDouble(vals[i]!)));
}

let randomType: PyType | null = null;

function buildType(): PyType {
  const methods: Record<string, NativeFn> = {
    seed: (self, a, kw) => {
      const [aO, vO] = pyArgs('Random.seed', a, kw, ['a', 'version'], 0, [], 1);
      seed(self as RandomObject, aO, vO === undefined ? 2 : Number(asBigIndex(vO)));
      return None;
    },
    random: (self, a, kw) => {
      if (kw !== null && kw.length > 0) throw raise(TypeErrorType, 'Random.random() takes no keyword arguments');
      if (a.length > 0) throw raise(TypeErrorType, `Random.random() takes no arguments (${a.length} given)`);
      return newFloat(rawRandom01(self as RandomObject));
    },
    getrandbits: (self, a, kw) => {
      const k = Number(asBigIndex(methO('Random.getrandbits', a, kw)));
      if (k < 0) throw raise(ValueErrorType, 'number of bits must be non-negative');
      return newBigInt(getrandbitsBig(self as RandomObject, k));
    },
    getstate: (self, a, kw) => {
      pyArgs('Random.getstate', a, kw, [], 0, [], 1);
      const rr = self as RandomObject;
      const items: PyObject[] = [];
      for (let i = 0; i < N; i++) items.push(newInt(rr.mt[i]));
      items.push(newInt(rr.index));
      return newTuple([newInt(3), newTuple(items), newref(rr.gaussNext)]);
    },
    setstate: (self, a, kw) => {
      pyArgs('Random.setstate', a, kw, ['state'], 1, [], 1);
      const rr = self as RandomObject;
      const st = toArray(a[0]);
      try {
        const version = isInt(st[0]) ? Number(bigOf(st[0])) : -1;
        if (version !== 3 && version !== 2) {
          throw raise(ValueErrorType, `state with version ${repr(st[0])} passed to Random.setstate() of version 3`);
        }
        const inner = toArray(st[1]);
        if (inner.length !== N + 1) {
          for (const x of inner) decref(x);
          throw raise(ValueErrorType, 'state vector is the wrong size');
        }
        for (let i = 0; i < N; i++) rr.mt[i] = Number(bigOf(inner[i] as PyInt) & 0xffffffffn);
        const idx = Number(bigOf(inner[N] as PyInt));
        if (idx < 0 || idx > N) throw raise(ValueErrorType, 'invalid state');
        rr.index = idx;
        for (const x of inner) decref(x);
        const old = rr.gaussNext;
        rr.gaussNext = newref(st[2]);
        decref(old);
      } finally {
        for (const x of st) decref(x);
      }
      return None;
    },
    randrange: (self, a, kw) => {
      const [start, stop, step] = pyArgs('Random.randrange', a, kw, ['start', 'stop', 'step'], 1, [], 1);
      return randrange(self as RandomObject, start!, stop, step);
    },
    randint: (self, a, kw) => {
      const [lo, hi] = pyArgs('Random.randint', a, kw, ['a', 'b'], 2, [], 1);
      const one = newInt(1);
      const b1 = binaryOp(hi!, one, NB_ADD);
      try {
        return randrange(self as RandomObject, lo!, b1, undefined);
      } finally {
        decref(b1);
      }
    },
    choice: (self, a, kw) => {
      const [seq] = pyArgs('Random.choice', a, kw, ['seq'], 1, [], 1);
      const n = len(seq!);
      if (n === 0) throw raise(IndexErrorType, 'Cannot choose from an empty sequence');
      const idx = newInt(randbelowNum(self as RandomObject, n));
      try {
        return getItem(seq!, idx);
      } finally {
        decref(idx);
      }
    },
    shuffle: (self, a, kw) => {
      const [x] = pyArgs('Random.shuffle', a, kw, ['x'], 1, [], 1);
      const rr = self as RandomObject;
      const n = len(x!);
      if (x!.type === listType) {
        const items = (x as PyList).items;
        for (let i = n - 1; i >= 1; i--) {
          const j = randbelowNum(rr, i + 1);
          const t = items[i];
          items[i] = items[j];
          items[j] = t;
        }
        return None;
      }
      for (let i = n - 1; i >= 1; i--) {
        const j = randbelowNum(rr, i + 1);
        const ii = newInt(i);
        const jj = newInt(j);
        const xi = getItem(x!, ii);
        const xj = getItem(x!, jj);
        try {
          setItem(x!, ii, xj);
          setItem(x!, jj, xi);
        } finally {
          decref(xi);
          decref(xj);
          decref(ii);
          decref(jj);
        }
      }
      return None;
    },
    sample: (self, a, kw) => {
      const [pop, kO, counts] = pyArgs('Random.sample', a, kw, ['population', 'k'], 2, ['counts'], 1);
      return sample(self as RandomObject, pop!, Number(asBigIndex(kO!)), counts);
    },
    choices: (self, a, kw) => {
      const [pop, weights, cum, k] = pyArgs('Random.choices', a, kw, ['population', 'weights'], 1, ['cum_weights', 'k'], 1);
      return choices(self as RandomObject, pop!, weights, cum, k);
    },
    uniform: (self, a, kw) => {
      const [lo, hi] = pyArgs('Random.uniform', a, kw, ['a', 'b'], 2, [], 1);
      // a + (b - a) * random(), in Python arithmetic (ints, floats, and their errors).
      const d = binaryOp(hi!, lo!, NB_SUBTRACT);
      const u = newFloat(random01(self as RandomObject));
      const p = binaryOp(d, u, NB_MULTIPLY);
      decref(d);
      decref(u);
      try {
        return binaryOp(lo!, p, NB_ADD);
      } finally {
        decref(p);
      }
    },
    triangular: (self, a, kw) => {
      const [lowO, highO, modeO] = pyArgs('Random.triangular', a, kw, ['low', 'high', 'mode'], 0, [], 1);
      let low = lowO === undefined ? 0.0 : asDouble(lowO);
      let high = highO === undefined ? 1.0 : asDouble(highO);
      let u = random01(self as RandomObject);
      let c: number;
      if (modeO === undefined || modeO === None) c = 0.5;
      else {
        if (high - low === 0) return newFloat(low);
        c = (asDouble(modeO) - low) / (high - low);
      }
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        const t = low;
        low = high;
        high = t;
      }
      return newFloat(low + (high - low) * Math.sqrt(u * c));
    },
    gauss: (self, a, kw) => {
      const [mu, sigma] = floatArgs('gauss', a, kw, ['mu', 'sigma'], [0.0, 1.0]);
      const rr = self as RandomObject;
      let z: number;
      if (rr.gaussNext === None) {
        const x2pi = random01(rr) * TWOPI;
        const g2rad = Math.sqrt(-2.0 * safeLog(1.0 - random01(rr)));
        z = libm.cos(x2pi) * g2rad;
        rr.gaussNext = newFloat(libm.sin(x2pi) * g2rad);
      } else {
        z = asDouble(rr.gaussNext);
        decref(rr.gaussNext);
        rr.gaussNext = None;
      }
      return newFloat(mu + z * sigma);
    },
    normalvariate: (self, a, kw) => {
      const [mu, sigma] = floatArgs('normalvariate', a, kw, ['mu', 'sigma'], [0.0, 1.0]);
      return newFloat(normalvariate(self as RandomObject, mu, sigma));
    },
    lognormvariate: (self, a, kw) => {
      const [mu, sigma] = floatArgs('lognormvariate', a, kw, ['mu', 'sigma'], [null, null]);
      const v = normalvariate(self as RandomObject, mu, sigma);
      const r = libm.exp(v);
      if (r === Infinity) throw raise(OverflowErrorType, 'math range error');
      return newFloat(r);
    },
    expovariate: (self, a, kw) => {
      const [lambd] = floatArgs('expovariate', a, kw, ['lambd'], [1.0]);
      const num = -safeLog(1.0 - random01(self as RandomObject));
      if (lambd === 0) throw raise(ZeroDivisionErrorType, 'float division by zero');
      return newFloat(num / lambd);
    },
    vonmisesvariate: (self, a, kw) => {
      const [mu, kappa] = floatArgs('vonmisesvariate', a, kw, ['mu', 'kappa'], [null, null]);
      const rr = self as RandomObject;
      if (kappa <= 1e-6) return newFloat(TWOPI * random01(rr));
      const s = 0.5 / kappa;
      const rv = s + Math.sqrt(1.0 + s * s);
      let z: number;
      for (;;) {
        const u1 = random01(rr);
        z = libm.cos(Math.PI * u1);
        const d = z / (rv + z);
        const u2 = random01(rr);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * libm.exp(d)) break;
      }
      const q = 1.0 / rv;
      const f = (q + z) / (1.0 + q * z);
      const u3 = random01(rr);
      const theta = u3 > 0.5 ? pyMod(mu + libm.acos(f), TWOPI) : pyMod(mu - libm.acos(f), TWOPI);
      return newFloat(theta);
    },
    gammavariate: (self, a, kw) => {
      const [alpha, beta] = floatArgs('gammavariate', a, kw, ['alpha', 'beta'], [null, null]);
      return newFloat(gammavariate(self as RandomObject, alpha, beta));
    },
    betavariate: (self, a, kw) => {
      const [alpha, beta] = floatArgs('betavariate', a, kw, ['alpha', 'beta'], [null, null]);
      const rr = self as RandomObject;
      const y = gammavariate(rr, alpha, 1.0);
      if (y !== 0) return newFloat(y / (y + gammavariate(rr, beta, 1.0)));
      return newFloat(0.0);
    },
    paretovariate: (self, a, kw) => {
      const [alpha] = floatArgs('paretovariate', a, kw, ['alpha'], [null]);
      const u = 1.0 - random01(self as RandomObject);
      return newFloat(fpow(u, -1.0 / alpha));
    },
    weibullvariate: (self, a, kw) => {
      const [alpha, beta] = floatArgs('weibullvariate', a, kw, ['alpha', 'beta'], [null, null]);
      const u = 1.0 - random01(self as RandomObject);
      return newFloat(alpha * fpow(-safeLog(u), 1.0 / beta));
    },
    randbytes: (self, a, kw) => {
      const [nO] = pyArgs('Random.randbytes', a, kw, ['n'], 1, [], 1);
      const n = Number(asBigIndex(nO!));
      if (n < 0) throw raise(ValueErrorType, 'number of bits must be non-negative');
      let v = getrandbitsBig(self as RandomObject, n * 8);
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        b[i] = Number(v & 0xffn);
        v >>= 8n;
      }
      return new PyBytes(bytesType, b);
    },
    binomialvariate: (self, a, kw) => {
      const [nO, pO] = pyArgs('Random.binomialvariate', a, kw, ['n', 'p'], 0, [], 1);
      const n = nO === undefined ? 1 : Number(asBigIndex(nO));
      const p = pO === undefined ? 0.5 : asDouble(pO);
      return newInt(binomialvariate(self as RandomObject, n, p));
    },
    _randbelow: (self, a) => {
      checkPositional('_randbelow', a.length, 1, 1);
      return newBigInt(randbelow(self as RandomObject, asBigIndex(a[0])));
    },
  };
  const t = makeNativeType({
    name: 'Random', module: 'random', size: 2512, slots: (tt) => {
      tt.tp_new = (type) => new RandomObject(type);
      tt.tp_init = (self, args, kw) => {
        const [x] = parseArgs('Random', args, kw, ['x'], 0, [], /* posOnly */ false);
        seed(self as RandomObject, x, 2);
      };
      tt.dealloc = (o) => decref((o as RandomObject).gaussNext);
    },
    methods,
  });
  t.hasInstanceDict = true;
  return t;
}

/** random.py's binomialvariate: Devroye's geometric method for n·p < 10, else Hörmann's BTRS. */
function binomialvariate(r: RandomObject, n: number, p: number): number {
  if (n < 0) throw raise(ValueErrorType, 'n must be non-negative');
  if (p <= 0.0 || p >= 1.0) {
    if (p === 0.0) return 0;
    if (p === 1.0) return n;
    throw raise(ValueErrorType, 'p must be in the range 0.0 <= p <= 1.0');
  }
  if (n === 1) return random01(r) < p ? 1 : 0;
  if (p > 0.5) return n - binomialvariate(r, n, 1.0 - p);
  if (n * p < 10.0) {
    let x = 0;
    let y = 0;
    const c = libm.log2(1.0 - p);
    if (c === 0) return x;
    for (;;) {
      const u = random01(r);
      y += Math.floor((u === 0 ? -Infinity : libm.log2(u)) / c) + 1;
      if (y > n) return x;
      x += 1;
    }
  }
  const spq = Math.sqrt(n * p * (1.0 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let setup = false;
  let alpha = 0;
  let lpq = 0;
  let m = 0;
  let h = 0;
  for (;;) {
    let u = random01(r);
    u -= 0.5;
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2.0 * a / us + b) * u + c);
    if (k < 0 || k > n) continue;
    let v = random01(r);
    if (us >= 0.07 && v <= vr) return k;
    if (!setup) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = safeLog(p / (1.0 - p));
      m = Math.floor((n + 1) * p);
      h = lgamma(m + 1)[0] + lgamma(n - m + 1)[0];
      setup = true;
    }
    v *= alpha / (a / (us * us) + b);
    if (safeLog(v) <= h - lgamma(k + 1)[0] - lgamma(n - k + 1)[0] + (k - m) * lpq) return k;
  }
}

function normalvariate(r: RandomObject, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = random01(r);
    const u2 = 1.0 - random01(r);
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -safeLog(u2)) break;
  }
  return mu + z * sigma;
}

/** Python's float % (the result takes the divisor's sign). */
function pyMod(x: number, y: number): number {
  const m = x % y;
  if (m !== 0 && (m < 0) !== (y < 0)) return m + y;
  return m === 0 ? (y < 0 ? -0 : 0) : m;
}


const MODULE_FUNCTIONS = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices',
  'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
  'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes', 'binomialvariate',
];

let systemRandomType: PyType | null = null;

function buildSystemRandom(base: PyType): PyType {
  const notImpl = (): PyObject => {
    throw raise(NotImplementedErrorType, 'System entropy source does not have state.');
  };
  return makeNativeType({
    name: 'SystemRandom', module: 'random', base, size: 2512, slots: (t) => {
      t.tp_new = (type) => {
        const r = new RandomObject(type);
        r.system = true;
        return r;
      };
      t.tp_init = () => undefined;
    },
    methods: {
      seed: () => None,
      getstate: notImpl,
      setstate: notImpl,
      _notimplemented: notImpl,
    },
  });
}

export function initRandom(m: PyModule): void {
  if (randomType === null) randomType = buildType();
  if (systemRandomType === null) systemRandomType = buildSystemRandom(randomType);
  defineValue(m, 'Random', newref(randomType));
  defineValue(m, 'SystemRandom', newref(systemRandomType));
  const inst = call(randomType, [], null);
  for (const name of MODULE_FUNCTIONS) defineValue(m, name, getAttr(inst, name));
  defineValue(m, 'NV_MAGICCONST', newFloat(NV_MAGICCONST));
  defineValue(m, 'TWOPI', newFloat(TWOPI));
  defineValue(m, 'LOG4', newFloat(LOG4));
  defineValue(m, 'SG_MAGICCONST', newFloat(SG_MAGICCONST));
  defineValue(m, 'BPF', newInt(53));
  defineValue(m, 'RECIP_BPF', newFloat(2 ** -53));
  defineValue(m, '_inst', inst);
}
