/**
 * Live, randomized checks of @pyglass/vm-core's primitives against the CPython 3.12 oracle: each
 * run draws fresh inputs (seed printed; set PYGLASS_PRIMITIVES_SEED to replay one), sends them to
 * the oracle in one batch per area, and compares — hash() under PYTHONHASHSEED=0 and a random
 * seed, set iteration order after random operations, repr/format/%-formatting of floats and ints,
 * int() and float() parsing, and int/float arithmetic. The committed fixtures in
 * packages/vm-core/test/primitives cover the same areas without an oracle.
 */
import { spawnSync } from 'node:child_process';
import {
  PyError, PyHash, SetTable, floatFromHex, floatFromString, floatHex, floatRepr, formatFloatSpec, formatIntSpec,
  hashFloat, hashInt, hashBigInt, hashStr, hashToString, intFromString, intToString, setHashSeed, floatPow,
  floatFloorDivide, floatModulo, intTrueDivide, intFloorDivide, intModulo, floatRound, percentFormat, floatArg, intArg,
  getIntMaxStrDigits, setIntMaxStrDigits,
} from '@pyglass/vm-core';
import { describeWithOracle, requireOracle } from '../oracle';
import { rng } from '../lib/rng';

const SEED = Number(process.env.PYGLASS_PRIMITIVES_SEED ?? Math.floor(Math.random() * 2 ** 31));


const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const bits = (x: number): string => {
  f64[0] = x;
  return u64[0].toString(16).padStart(16, '0');
};
const fromBits = (h: string): number => {
  u64[0] = BigInt('0x' + h);
  return f64[0];
};

/** Runs `script` under the oracle with `input` as JSON on stdin; returns its JSON stdout. */
function oracleJson(script: string, input: unknown, env: Record<string, string> = {}): any {
  const r = spawnSync(requireOracle().executable, ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', ...env },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const PY_PRELUDE = `
import sys, json, struct
def fb(h): return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]
def tb(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def err(e): return ['e', type(e).__name__, str(e)]
d = json.load(sys.stdin)
`;

function randomDouble(r: () => number): number {
  const k = Math.floor(r() * 5);
  if (k === 0) {
    u64[0] = (BigInt(Math.floor(r() * 2 ** 32)) << 32n) | BigInt(Math.floor(r() * 2 ** 32));
    return f64[0];
  }
  if (k === 1) return (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
  if (k === 2) return Math.floor((r() - 0.5) * 2e6) / [1, 2, 4, 8, 10, 100][Math.floor(r() * 6)];
  if (k === 3) return [0, -0, 0.5, 2.5, 1e16, 1e-5, Infinity, -Infinity, 5e-324, 0.1][Math.floor(r() * 10)];
  return (r() - 0.5) * 2 ** Math.floor(r() * 200 - 100);
}

function randomString(r: () => number): string {
  const n = Math.floor(r() * 12);
  const kind = Math.floor(r() * 4);
  let s = '';
  for (let i = 0; i < n; i++) {
    const cp =
      kind === 0 ? 32 + Math.floor(r() * 95) : kind === 1 ? Math.floor(r() * 256) : kind === 2 ? 0x100 + Math.floor(r() * 0xd000) : r() < 0.5 ? 97 + Math.floor(r() * 26) : 0x10000 + Math.floor(r() * 0x1000);
    s += String.fromCodePoint(cp);
  }
  return s;
}

describeWithOracle(`vm-core primitives against the live oracle (seed ${SEED})`, () => {
  // eslint-disable-next-line no-console
  console.log(`vm-primitives: seed ${SEED} (PYGLASS_PRIMITIVES_SEED=${SEED} replays this run)`);
  afterAll(() => setHashSeed(0));

  for (const hashSeed of [0, 1 + (SEED % 4294967294)]) {
    it(`hash() of random str, int and float under PYTHONHASHSEED=${hashSeed}`, () => {
      const r = rng(SEED + hashSeed);
      const strs = Array.from({ length: 300 }, () => randomString(r));
      const ints = Array.from({ length: 200 }, () => (BigInt(Math.floor((r() - 0.5) * 2 ** 52)) * BigInt(Math.floor(r() * 2 ** 40) + 1)).toString());
      const floats = Array.from({ length: 200 }, () => randomDouble(r)).filter((x) => x === x).map(bits);
      const want = oracleJson(PY_PRELUDE + `print(json.dumps([[str(hash(s)) for s in d['s']], [str(hash(int(i))) for i in d['i']], [str(hash(fb(f))) for f in d['f']]]))`, { s: strs, i: ints, f: floats }, { PYTHONHASHSEED: String(hashSeed) });
      setHashSeed(hashSeed);
      const h = new PyHash();
      const got = [
        strs.map((s) => (hashStr(s, h), hashToString(h))),
        ints.map((i) => (hashBigInt(BigInt(i), h), hashToString(h))),
        floats.map((f) => (hashFloat(fromBits(f), h), hashToString(h))),
      ];
      expect(got).toEqual(want);
    });
  }

  it('set iteration order after random add/discard sequences (PYTHONHASHSEED=0)', () => {
    const r = rng(SEED ^ 0x5e7);
    const seqs = Array.from({ length: 200 }, () => {
      const pool: (number | string)[] = [];
      return Array.from({ length: 5 + Math.floor(r() * 120) }, () => {
        let k: number | string;
        if (pool.length && r() < 0.3) k = pool[Math.floor(r() * pool.length)];
        else if (r() < 0.5) k = Math.floor((r() - 0.3) * [50, 5000, 2 ** 40][Math.floor(r() * 3)]) * [1, 8, 64][Math.floor(r() * 3)];
        else k = randomString(r);
        pool.push(k);
        return [r() < 0.75 ? 'add' : 'discard', k] as const;
      });
    });
    const want = oracleJson(PY_PRELUDE + `
out = []
for seq in d:
    s = set()
    for op, k in seq:
        getattr(s, op)(k)
    out.append(list(s))
print(json.dumps(out))`, seqs);
    setHashSeed(0);
    const h = new PyHash();
    const got = seqs.map((seq) => {
      const t = new SetTable<number | string>((a, b) => a === b);
      for (const [op, k] of seq) {
        if (typeof k === 'number') hashInt(k, h);
        else hashStr(k, h);
        if (op === 'add') t.add(k, h);
        else t.discard(k, h);
      }
      return t.toArray();
    });
    expect(got).toEqual(want);
  });

  it('repr, format() and %-formatting of random floats and ints', () => {
    const r = rng(SEED ^ 0xf0f);
    const specs = ['', '.3', 'e', '.10e', 'f', '.2f', '.0f', 'g', '.15g', '#g', '%', ',', '_.3f', '+012,.4f', '^20.6e', 'z.1f', '=+15', 'n', '.17g', '.30f'];
    const floats = Array.from({ length: 400 }, () => randomDouble(r));
    const cases = floats.map((x) => [bits(x), specs[Math.floor(r() * specs.length)]]);
    const intSpecs = ['', 'd', ',', '_x', '#b', '#o', '+08X', '^12,', 'e', '.3f', 'c', '_'];
    const ints = Array.from({ length: 200 }, () => [String(Math.floor((r() - 0.5) * 2 ** Math.floor(r() * 52))), intSpecs[Math.floor(r() * intSpecs.length)]]);
    const pct = floats.slice(0, 200).map((x) => [bits(x), ['%.3f', '%10.2e', '%-+8.3g', '%#x', '%05d', '%r', '%.0f', '% .12G'][Math.floor(r() * 8)]]);
    const want = oracleJson(PY_PRELUDE + `
def f(fn):
    try: return fn()
    except Exception as e: return err(e)
print(json.dumps([[repr(fb(x)) for x, _ in d['f']], [f(lambda: format(fb(x), s)) for x, s in d['f']],
                  [f(lambda: format(int(n), s)) for n, s in d['i']], [f(lambda: t % fb(x)) for x, t in d['p']]]))`, { f: cases, i: ints, p: pct });
    const show = (v: string | PyError): unknown => (v instanceof PyError ? ['e', v.type, v.message] : v);
    const got = [
      cases.map(([x]) => floatRepr(fromBits(x))),
      cases.map(([x, s]) => show(formatFloatSpec(fromBits(x), s))),
      ints.map(([n, s]) => show(formatIntSpec(Number(n), s))),
      pct.map(([x, t]) => show(percentFormat(t, { single: floatArg(fromBits(x)) }))),
    ];
    expect(got).toEqual(want);
    expect(percentFormat('%d', { single: intArg(5) })).toBe('5');
  });

  it('int() and float() parsing of random text, float.hex round trips', () => {
    const r = rng(SEED ^ 0x1a7);
    const alphabet = '0123456789_ +-.eEabcfxXoOinfty\u0663\u0967\u3000';
    const texts = Array.from({ length: 600 }, () => Array.from({ length: Math.floor(r() * 8) }, () => alphabet[Math.floor(r() * alphabet.length)]).join(''));
    const bases = texts.map(() => [0, 10, 16, 2, 36][Math.floor(r() * 5)]);
    const floats = Array.from({ length: 300 }, () => randomDouble(r));
    const want = oracleJson(PY_PRELUDE + `
def f(fn):
    try: return fn()
    except Exception as e: return err(e)
print(json.dumps([[f(lambda: str(int(t, b))) for t, b in zip(d['t'], d['b'])], [f(lambda: tb(float(t))) for t in d['t']],
                  [float.hex(fb(x)) for x in d['x']]]))`, { t: texts, b: bases, x: floats.map(bits) });
    const show = <T>(v: T | PyError, f: (x: T) => string): unknown => (v instanceof PyError ? ['e', v.type, v.message] : f(v));
    const canon = (x: number): string => (x !== x ? '7ff8000000000000' : bits(x));
    const got = [
      texts.map((t, i) => show(intFromString(t, bases[i]), (v) => intToString(v) as string)),
      texts.map((t) => show(floatFromString(t), canon)),
      floats.map(floatHex),
    ];
    want[1] = want[1].map((v: unknown) => (typeof v === 'string' && /^[7f]ff[8-9a-f]/.test(v) && v.slice(3) !== '0000000000000' ? '7ff8000000000000' : v));
    expect(got).toEqual(want);
    for (const x of floats) expect(Object.is(floatFromHex(floatHex(x)), x)).toBe(true);
  });

  it('sys.set_int_max_str_digits: the setter rule and both limit messages', () => {
    const want = oracleJson(PY_PRELUDE + `
out = []
def f(fn):
    try: return fn()
    except Exception as e: return err(e)
for n in d['limits']:
    out.append(f(lambda: sys.set_int_max_str_digits(n)))
    out.append(sys.get_int_max_str_digits())
    out.append(f(lambda: len(str(int('7' * d['digits'])))))
    out.append(f(lambda: len(str(7 * 10 ** (d['digits'] - 1)))))
print(json.dumps(out))`, { limits: [5, 639, 640, 700, 0, 4300], digits: 650 });
    const show = (v: unknown): unknown => (v instanceof PyError ? ['e', v.type, v.message] : v);
    const got: unknown[] = [];
    try {
      for (const n of [5, 639, 640, 700, 0, 4300]) {
        got.push(show(setIntMaxStrDigits(n)));
        got.push(getIntMaxStrDigits());
        const parsed = intFromString('7'.repeat(650));
        got.push(parsed instanceof PyError ? show(parsed) : (intToString(parsed) as string).length);
        const s = intToString(7n * 10n ** 649n);
        got.push(s instanceof PyError ? show(s) : s.length);
      }
    } finally {
      setIntMaxStrDigits(4300);
    }
    expect(got).toEqual(want);
  });

  it('arithmetic on random int and float pairs: / // % ** round', () => {
    const r = rng(SEED ^ 0xa12);
    const pairs = Array.from({ length: 400 }, () => [randomDouble(r), randomDouble(r)]);
    const ipairs = Array.from({ length: 300 }, () => [String(BigInt(Math.floor((r() - 0.5) * 2 ** 53)) ** BigInt(1 + Math.floor(r() * 3))), String(Math.floor((r() - 0.5) * 2 ** Math.floor(r() * 40)))]);
    const want = oracleJson(PY_PRELUDE + `
def f(fn):
    try:
        v = fn()
        return tb(v) if isinstance(v, float) else str(v) if isinstance(v, int) else 'complex'
    except OverflowError as e:
        # floatPow hands negative bases with fractional exponents to complex power (null)
        return 'complex' if str(e) == 'complex exponentiation' else err(e)
    except Exception as e: return err(e)
out = []
for a, b in d['f']:
    x, y = fb(a), fb(b)
    out.append([f(lambda: x // y), f(lambda: x % y), f(lambda: x ** y), f(lambda: round(x, 3))])
iout = []
for a, b in d['i']:
    x, y = int(a), int(b)
    iout.append([f(lambda: x / y), f(lambda: x // y), f(lambda: x % y)])
print(json.dumps([out, iout]))`, { f: pairs.map(([a, b]) => [bits(a), bits(b)]), i: ipairs });
    const canon = (s: unknown): unknown => (typeof s === 'string' && /^[7f]ff/.test(s) && s.slice(3) !== '0000000000000' ? 'nan' : s);
    const show = (v: number | bigint | PyError | null, isFloat = true): unknown =>
      v === null ? 'complex' : v instanceof PyError ? ['e', v.type, v.message] : isFloat && typeof v === 'number' ? canon(bits(v)) : String(v);
    const got = [
      pairs.map(([x, y]) => [show(floatFloorDivide(x, y)), show(floatModulo(x, y)), show(floatPow(x, y)), show(floatRound(x, 3))]),
      ipairs.map(([a, b]) => {
        const x = BigInt(a);
        const y = BigInt(b);
        return [show(intTrueDivide(x, y)), show(intFloorDivide(x, y), false), show(intModulo(x, y), false)];
      }),
    ];
    const wantCanon = [want[0].map((row: unknown[]) => row.map(canon)), want[1].map((row: unknown[]) => row.map(canon))];
    // float pow: glibc is not correctly rounded in about 1 case in 1,200 (see float-pow.ts); those
    // may differ by exactly 1 ulp, and there may be no more than 2 of them in 400 pairs.
    let tolerated = 0;
    for (let i = 0; i < pairs.length; i++) {
      const g = got[0][i][2];
      const w = wantCanon[0][i][2];
      if (typeof g === 'string' && typeof w === 'string' && g !== w && /^[0-9a-f]{16}$/.test(g) && /^[0-9a-f]{16}$/.test(w)) {
        const d = BigInt('0x' + g) - BigInt('0x' + w);
        if (d === 1n || d === -1n) {
          got[0][i][2] = w;
          tolerated++;
        }
      }
    }
    expect(got).toEqual(wantCanon);
    expect(tolerated).toBeLessThanOrEqual(2);
  });
});
