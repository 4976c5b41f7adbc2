/**
 * Benchmark of the vm-core primitives side by side with python3.12, in one run: the same kernels
 * (hashing fresh strings, building sets of ints and strs, dict inserts, float repr and format,
 * %-formatting, int/float parsing, str(int)) timed in CPython and in pyglass's functions on the
 * same inputs, printed as time ratios pyglass/CPython with their geometric mean. Not a test.
 * Run: `tsx --conditions=@pyglass/source packages/vm-core/test/primitives/bench/primitives-bench.ts`.
 *
 * CPython caches a str's hash in the object, so its string kernels are given fresh string objects
 * (decoded from bytes outside the timed region) to hash, as pyglass gets fresh JS strings.
 */
import { spawnSync } from 'node:child_process';
import { requireOracle } from '../../../../../tools/oracle/index';
import {
  DictTable, PyHash, SetTable, floatArg, floatFromString, floatRepr, formatFloatSpec, hashInt, hashStr,
  intFromString, intToString, percentFormat, setHashSeed,
} from '../../../src/primitives/index';

const N = 200_000;
const ROUNDS = 5;

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

const r = lcg(42);
const words = Array.from({ length: N }, (_, i) => `w${i}_${Math.floor(r() * 1e6).toString(36)}`);
const ints = Array.from({ length: N }, () => Math.floor(r() * 2 ** 40) - 2 ** 39);
const floats = Array.from({ length: N }, () => (r() - 0.5) * 10 ** Math.floor(r() * 20 - 10));
const intTexts = ints.map(String);
const floatTexts = floats.map((x) => floatRepr(x));

const PY = String.raw`
import json, sys, time
d = json.load(sys.stdin)
words, ints, floats, int_texts, float_texts = d['words'], d['ints'], d['floats'], d['int_texts'], d['float_texts']
ROUNDS = d['rounds']
def best(fn, prep=None):
    times = []
    for _ in range(ROUNDS):
        arg = prep() if prep else None
        t = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t)
    return min(times)
enc = [w.encode() for w in words]
fresh = lambda: [b.decode() for b in enc]
out = {}
out['hash fresh str'] = best(lambda a: [hash(s) for s in a], fresh)
out['set(int list)'] = best(lambda a: set(ints))
out['set(fresh str list)'] = best(lambda a: set(a), fresh)
def dict_build(a):
    dd = {}
    for s in a:
        dd[s] = 1
out['dict[str] = v inserts'] = best(dict_build, fresh)
out['repr(float)'] = best(lambda a: [repr(x) for x in floats])
out["format(float, '.3f')"] = best(lambda a: [format(x, '.3f') for x in floats])
out["format(float, ',.2e')"] = best(lambda a: [format(x, ',.2e') for x in floats])
out["'%.4g' % float"] = best(lambda a: ['%.4g' % x for x in floats])
out['int(str)'] = best(lambda a: [int(s) for s in int_texts])
out['str(int)'] = best(lambda a: [str(i) for i in ints])
out['float(str)'] = best(lambda a: [float(s) for s in float_texts])
print(json.dumps(out))
`;

function best(fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.hrtime.bigint();
    fn();
    const dt = Number(process.hrtime.bigint() - t) / 1e9;
    if (dt < min) min = dt;
  }
  return min;
}

function main(): void {
  setHashSeed(0);
  const py = spawnSync(requireOracle().executable, ['-c', PY], {
    input: JSON.stringify({ words, ints, floats, int_texts: intTexts, float_texts: floatTexts, rounds: ROUNDS }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: '0' },
  });
  if (py.status !== 0) throw new Error(py.stderr);
  const cpy = JSON.parse(py.stdout) as Record<string, number>;

  const h = new PyHash();
  const eq = (a: unknown, b: unknown): boolean => a === b;
  let sink = 0;
  const ours: Record<string, number> = {
    'hash fresh str': best(() => {
      for (let i = 0; i < N; i++) {
        hashStr(words[i], h);
        sink ^= h.lo;
      }
    }),
    'set(int list)': best(() => {
      const t = new SetTable<number>(eq);
      for (let i = 0; i < N; i++) {
        hashInt(ints[i], h);
        t.add(ints[i], h);
      }
      sink ^= t.size;
    }),
    'set(fresh str list)': best(() => {
      const t = new SetTable<string>(eq);
      for (let i = 0; i < N; i++) {
        hashStr(words[i], h);
        t.add(words[i], h);
      }
      sink ^= t.size;
    }),
    'dict[str] = v inserts': best(() => {
      const d = new DictTable<string, number>(eq);
      for (let i = 0; i < N; i++) {
        hashStr(words[i], h);
        d.set(words[i], h, 1, /* keyIsStr */ true);
      }
      sink ^= d.size;
    }),
    'repr(float)': best(() => {
      for (let i = 0; i < N; i++) sink ^= floatRepr(floats[i]).length;
    }),
    "format(float, '.3f')": best(() => {
      for (let i = 0; i < N; i++) sink ^= (formatFloatSpec(floats[i], '.3f') as string).length;
    }),
    "format(float, ',.2e')": best(() => {
      for (let i = 0; i < N; i++) sink ^= (formatFloatSpec(floats[i], ',.2e') as string).length;
    }),
    "'%.4g' % float": best(() => {
      for (let i = 0; i < N; i++) sink ^= (percentFormat('%.4g', { single: floatArg(floats[i]) }) as string).length;
    }),
    'int(str)': best(() => {
      for (let i = 0; i < N; i++) sink ^= intFromString(intTexts[i]) as number;
    }),
    'str(int)': best(() => {
      for (let i = 0; i < N; i++) sink ^= (intToString(ints[i]) as string).length;
    }),
    'float(str)': best(() => {
      for (let i = 0; i < N; i++) sink ^= (floatFromString(floatTexts[i]) as number) > 0 ? 1 : 0;
    }),
  };

  let logSum = 0;
  const rows: string[] = [];
  for (const name of Object.keys(ours)) {
    const ratio = ours[name] / cpy[name];
    logSum += Math.log(ratio);
    rows.push(`${name.padEnd(26)} ${(cpy[name] * 1e3).toFixed(1).padStart(9)} ms ${(ours[name] * 1e3).toFixed(1).padStart(9)} ms ${ratio.toFixed(2).padStart(7)}×`);
  }
  console.log(`vm-core primitives, ${N} items per kernel, best of ${ROUNDS} (CPython ${requireOracle().version} vs pyglass on Node ${process.version})`);
  console.log(`${'kernel'.padEnd(26)} ${'CPython'.padStart(12)} ${'pyglass'.padStart(12)} ${'ratio'.padStart(8)}`);
  for (const row of rows) console.log(row);
  console.log(`geometric mean ratio pyglass/CPython: ${Math.exp(logSum / rows.length).toFixed(2)}× (below 1 = faster)   [${sink & 1}]`);
}

main();
