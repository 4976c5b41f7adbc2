/**
 * Benchmark (not a test): kernels run by our VM and by python3.12 side by side in one run, the
 * time ratio per kernel (pyglass / CPython) and the geometric mean. Both sides time only the
 * execution of the module code (CPython: `exec` of the compiled code inside one process; ours:
 * `runCode` of the same code object compiled by CPython, in this process), best of N rounds.
 *
 * usage: tsx tools/bench/vm.ts [--rounds N] [--vm PATH] [NAME…]
 *
 * Which VM build runs: without flags, @pyglass/vm-core resolves to its tsc build (dist/, build it
 * first: `nx run @pyglass/vm-core:build`), which is what cli runs. With
 * `--conditions=@pyglass/source` tsx runs src/ through esbuild's CommonJS transform instead, where
 * every imported binding is a getter call; that costs about 3× in the loop, so figures from the two
 * are not comparable. `--vm PATH` loads runCode from another build's index.js (e.g. an older
 * commit's dist) for before/after figures under the same conditions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vmCore from '@pyglass/vm-core';
import { runOracle, WORKSPACE_ROOT } from '../oracle/index';
import { oracleCodeOf } from '../conformance/programs';

const KERNELS: Record<string, string> = {
  fib_recursion: `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(25))
`,
  float_loop: `
def integrate(n):
    total = 0.0
    dx = 1.0 / n
    x = 0.0
    for i in range(n):
        total += (x * x + 0.5 * x + 1.0) * dx
        x += dx
    return total
print(round(integrate(300000), 6))
`,
  method_calls: `
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self
    def get(self):
        return self.n
c = Counter()
for i in range(200000):
    c.inc(1).inc(2)
print(c.get())
`,
  dict_str: `
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
counts = {}
for r in range(200):
    for w in words:
        key = w + str(r % 7)
        counts[key] = counts.get(key, 0) + 1
print(len(counts), sum(counts.values()))
`,
  generators: `
def gen(n):
    for i in range(n):
        yield i * 2
total = 0
for v in gen(200000):
    total += v
print(total)
`,
  list_comprehension: `
total = 0
for r in range(50):
    xs = [i * i for i in range(5000) if i % 3]
    total += len(xs) + xs[-1]
print(total)
`,
  exceptions: `
class Missing(Exception):
    pass
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise Missing(k) from None
d = {i: i for i in range(0, 1000, 2)}
hits = misses = 0
for r in range(60):
    for k in range(1000):
        try:
            hits += lookup(d, k)
        except Missing:
            misses += 1
        finally:
            pass
print(hits, misses)
`,
  closures: `
def make_adder(n):
    def add(x):
        return x + n
    return add
def compose(f, g):
    return lambda x: f(g(x))
adders = [make_adder(i) for i in range(10)]
f = adders[0]
for a in adders[1:]:
    f = compose(a, f)
total = 0
for i in range(20000):
    total += f(i)
print(total)
`,
  sorting: `
import_free_seed = 12345
def lcg(n):
    x = import_free_seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out
data = lcg(60000)
a = sorted(data)
b = sorted(data, key=lambda v: (v % 1000, v))
words = [str(v) for v in data[:20000]]
c = sorted(words, reverse=True)
print(a[0], a[-1], b[0], b[-1], c[0], c[-1])
`,
  big_ints: `
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
x = fib(20000)
y = fact(2000)
print(x % 1000000007, y % 1000000007, x.bit_length(), y.bit_length())
`,
  nqueens: `
def solve(n):
    count = 0
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                place(r + 1)
                cols[c] = d1[r + c] = d2[r - c + n] = False
    place(0)
    return count
print([solve(n) for n in range(4, 10)])
`,
  string_ops: `
text = " ".join("The quick brown fox jumps over the lazy dog number %d" % i for i in range(3000))
words = text.split()
upper = [w.upper() for w in words if w.isalpha()]
joined = "-".join(upper)
counts = {}
for ch in joined:
    counts[ch] = counts.get(ch, 0) + 1
print(len(words), len(joined), sorted(counts.items())[:3], text.count("fox"), text.replace("dog", "cat")[:40])
`,
  spectral_norm: `
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
def mul_av(v):
    n = len(v)
    return [sum(eval_a(i, j) * v[j] for j in range(n)) for i in range(n)]
def mul_atv(v):
    n = len(v)
    return [sum(eval_a(j, i) * v[j] for j in range(n)) for i in range(n)]
u = [1.0] * 80
for _ in range(5):
    v = mul_atv(mul_av(u))
    u = mul_atv(mul_av(v))
vbv = sum(a * b for a, b in zip(u, v))
vv = sum(b * b for b in v)
print(round((vbv / vv) ** 0.5, 9))
`,
  unpack_sets: `
pairs = [(i, i * 7 % 101) for i in range(3000)]
seen = set()
total = 0
for r in range(20):
    for a, b in pairs:
        a, b = b, a
        if (a ^ r) % 3 == 0:
            seen.add((a + r) % 997)
        total += a - b
evens = {x for x in seen if x % 2 == 0}
odds = seen - evens
print(total, len(seen), len(evens), len(odds), len(evens | odds), sorted(evens & {0, 2, 4, 996})[:3])
`,
  oop_shapes: `
class Shape:
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    __slots__ = ("w", "h")
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r
shapes = []
for i in range(20000):
    k = i % 3
    shapes.append(Rect(i % 7 + 1, i % 5 + 1) if k == 0 else Square(i % 9 + 1) if k == 1 else Circle(i % 4 + 1))
total = sum(s.area() for s in shapes)
print(round(total, 2), min(shapes).area(), max(shapes).area(), isinstance(shapes[1], Rect))
`,
};

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const CPYTHON_TIMER = String.raw`
import sys, time, io, contextlib
path, rounds = sys.argv[1], int(sys.argv[2])
src = open(path).read()
code = compile(src, path, "exec")
best = float("inf")
for _ in range(rounds):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        t = time.perf_counter()
        exec(code, {"__name__": "__main__"})
        best = min(best, time.perf_counter() - t)
print(best)
`;

function vmPath(): string | null {
  const i = process.argv.indexOf('--vm');
  return i >= 0 ? path.resolve(process.argv[i + 1]) : null;
}

function main(): void {
  const rounds = arg('--rounds', 3);
  const other = vmPath();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const runCode: typeof vmCore.runCode = other === null ? vmCore.runCode : (require(other) as typeof vmCore).runCode;
  process.stdout.write(`vm: ${other ?? require.resolve('@pyglass/vm-core')}\n`);
  const names = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--rounds' && all[i - 1] !== '--vm');
  const selected = names.length ? names : Object.keys(KERNELS);
  const dir = path.join(WORKSPACE_ROOT, '.cache', 'bench-vm');
  fs.mkdirSync(dir, { recursive: true });
  const ratios: number[] = [];
  process.stdout.write(`${'kernel'.padEnd(20)} ${'pyglass s'.padStart(10)} ${'cpython s'.padStart(10)} ${'ratio'.padStart(7)}\n`);
  for (const name of selected) {
    const file = path.join(dir, `${name}.py`);
    fs.writeFileSync(file, KERNELS[name].trimStart());
    const code = oracleCodeOf(file);
    let ours = Infinity;
    let out = '';
    for (let r = 0; r < rounds; r++) {
      out = '';
      const t = performance.now();
      const res = runCode(code, { stdout: (s) => { out += s; }, stderr: (s) => { out += s; }, argv: [file] });
      ours = Math.min(ours, (performance.now() - t) / 1000);
      if (res.exitCode !== 0) throw new Error(`${name} failed on our VM:\n${out}`);
    }
    const expected = runOracle([file]).stdout;
    if (out !== expected) throw new Error(`${name}: output differs: ${JSON.stringify(out)} vs ${JSON.stringify(expected)}`);
    const cp = runOracle(['-c', CPYTHON_TIMER, file, String(rounds)]);
    const theirs = Number(cp.stdout.trim());
    const ratio = ours / theirs;
    ratios.push(ratio);
    process.stdout.write(`${name.padEnd(20)} ${ours.toFixed(4).padStart(10)} ${theirs.toFixed(4).padStart(10)} ${ratio.toFixed(2).padStart(7)}\n`);
  }
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  process.stdout.write(`geometric mean ratio pyglass/CPython: ${geo.toFixed(2)} over ${ratios.length} kernels (best of ${rounds})\n`);
}

main();
