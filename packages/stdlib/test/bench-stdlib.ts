/**
 * Benchmark (not a test): programs that lean on the native stdlib modules, run by our VM and by
 * python3.12 side by side in one run; prints the time ratio per kernel (pyglass / CPython) and the
 * geometric mean. Both sides time only the execution of the module code (CPython: `exec` of the
 * compiled code in one process, best of N; ours: `runCode` of the same code object compiled by
 * CPython, best of N), as tools/bench/vm.ts does for the core VM.
 *
 * usage: tsx tools/... (from the repo root, on the tsc builds, which cli runs):
 *   nx run @pyglass/stdlib:build && nx run @pyglass/vm-core:build
 *   tsx packages/stdlib/test/bench-stdlib.ts [--rounds N] [NAME…]
 * Under `tsx --conditions=@pyglass/source` the sources run through esbuild's CommonJS transform
 * (every imported binding a getter call, about 3× slower in the VM loop): not comparable.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCode } from '@pyglass/vm-core';
import { stdlibModules } from '@pyglass/stdlib';
import { runOracle } from '../../../tools/oracle/index';
import { oracleCodeOf } from '../../../tools/conformance/programs';

const KERNELS: Record<string, string> = {
  math_calls: `
import math
t = 0.0
for i in range(1, 100001):
    x = i * 0.001
    t += math.sin(x) + math.sqrt(x) + math.log(x) + math.exp(-x)
print(round(t, 6))
`,
  math_integers: `
import math
t = 0
for i in range(1, 30001):
    t += math.gcd(i, 360) + math.isqrt(i * 1000) + math.comb(20, i % 20)
print(t, math.factorial(2000) % 1000003)
`,
  random_draws: `
import random
random.seed(12345)
t = 0.0
for i in range(100000):
    t += random.random() + random.randrange(100) + random.choice((1, 2, 3))
xs = list(range(2000))
for i in range(20):
    random.shuffle(xs)
print(round(t, 3), xs[:3], random.sample(range(10000), 5))
`,
  deque_queue: `
from collections import deque
d = deque()
t = 0
for i in range(200000):
    d.append(i)
    if len(d) > 100:
        t += d.popleft()
d.rotate(37)
print(t, len(d), d[0])
`,
  heap_sort: `
import heapq
h = []
for i in range(60000):
    heapq.heappush(h, (i * 7919) % 60013)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out[:3], out[-1], heapq.nlargest(3, range(100000)))
`,
  itertools_pipeline: `
import itertools as it
t = sum(x * y for x, y in it.product(range(300), repeat=2))
c = sum(1 for _ in it.combinations(range(24), 4))
a = list(it.accumulate(range(100000)))[-1]
g = [(k, len(list(v))) for k, v in it.groupby(sorted('abracadabra' * 2000))]
print(t, c, a, g[:2], sum(it.islice(it.count(), 0, 300000, 3)))
`,
  counter_words: `
from collections import Counter, defaultdict
words = [str(i % 997) for i in range(150000)]
c = Counter(words)
d = defaultdict(list)
for w in words[:50000]:
    d[len(w)].append(w)
print(c.most_common(3), len(d), sum(len(v) for v in d.values()))
`,
  functools_cache: `
import functools, operator
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
t = 0
for i in range(3000):
    fib.cache_clear()
    t += fib(60)
rows = [(i % 100, -i) for i in range(50000)]
rows.sort(key=operator.itemgetter(0, 1))
print(t, rows[0], functools.reduce(operator.add, range(200000)))
`,
};

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function main(): void {
  const rounds = arg('--rounds', 3);
  const names = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--rounds');
  const selected = names.length ? names : Object.keys(KERNELS);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-bench-stdlib-'));
  const ratios: number[] = [];
  console.log('kernel'.padEnd(22), 'cpython ms'.padStart(11), 'pyglass ms'.padStart(11), 'ratio'.padStart(7));
  for (const name of selected) {
    const file = path.join(dir, `${name}.py`);
    fs.writeFileSync(file, KERNELS[name].trimStart());
    const code = oracleCodeOf(file);
    // CPython: best of N exec()s of the compiled code in one process.
    const py = runOracle(['-c', `
import time, sys
src = open(sys.argv[1]).read()
code = compile(src, sys.argv[1], 'exec')
best = None
for _ in range(${rounds}):
    t0 = time.perf_counter(); exec(code, {'__name__': '__main__'}); t = time.perf_counter() - t0
    best = t if best is None else min(best, t)
print('BEST', best * 1000)
`, file]);
    const cpy = Number(/BEST (\S+)/.exec(py.stdout)![1]);
    const expected = py.stdout.replace(/BEST .*\n?/, '').split('\n').filter((l) => l !== '')[0];
    let best = Infinity;
    let out = '';
    for (let r = 0; r < rounds; r++) {
      out = '';
      const t0 = performance.now();
      runCode(code, { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, argv: [file], modules: stdlibModules });
      best = Math.min(best, performance.now() - t0);
    }
    const same = out.split('\n')[0] === expected;
    const ratio = best / cpy;
    ratios.push(ratio);
    console.log(name.padEnd(22), cpy.toFixed(1).padStart(11), best.toFixed(1).padStart(11), ratio.toFixed(2).padStart(7), same ? '' : `OUTPUT DIFFERS: ${out.slice(0, 80)}`);
  }
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  console.log('geometric mean'.padEnd(46), geo.toFixed(2).padStart(7));
}

main();
