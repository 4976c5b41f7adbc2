import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  AST_NODE_INFO,
  DecodeError,
  decodeAst,
  decodeCodeObject,
  decodeConstant,
  decodeJson,
  decodeModule,
  decodeTokens,
  encodeJson,
} from '@pyglass/interfaces';
import { corpus, corpusPath, describeWithOracle, oracleAst, oracleTokens, runOracle } from '../oracle';
import { rng as mulberry32 } from '../lib/rng';

/** A program that exercises every statement and expression form of 3.12. */
const SAMPLE = `
import os, sys as system
from .. import a as b, c
from x.y import *
global g
@decorator
async def f[T: int, *Ts, **P](a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    def inner():
        nonlocal a
    async for i in aiter(): pass
    async with lock as l, other: pass
    await x
    return [i async for i in y]
class C[T](Base, metaclass=M):
    x: int = 1
    y: list[int]
    (z): int
def gen():
    yield 1
    yield from g()
    x = yield
type Alias[K] = dict[K, int]
del a, b[0], c.d
x = y = 1
x += 1
while True:
    for a, *b in c:
        continue
    else:
        break
while x:
    pass
else:
    pass
if a: pass
elif b: pass
else: pass
with open(f) as (a, b): pass
match cmd:
    case [1, 2, *rest] if rest: pass
    case {"k": v, **others}: pass
    case Point(x=0, y=_) | None | True: pass
    case str() as s: pass
    case -1 | 1.5 | 2j | "s" | b"b": pass
    case [*_]: pass
try:
    raise E from None
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
assert x, "msg"
lambda a, *, b=1, **c: a if b else c
x = a and b or not c
x = -a + ~b * c @ d / e // f % g ** h << i >> j | k ^ l & m - +n
x = a < b <= c > d >= e == f != g is h is not i in j not in k
x = {1: 2, **d}, {1, 2}, [1, 2], (1,), ()
x = [i for i in r if i], {i for i in r}, {k: v for k, v in r}, (i for i in r)
x = f(a, *b, c=d, **e)
x = f"{a!r:>{w}} {b=} {c!s} {d!a}" u"u", b"\\xff", r"raw"
x = a[1:2:3, ::], a[...], a.b.c
x = (y := 10)
x = 10**100, 1.5e300, 3j, 0.0, -0.0, 1_000, 0xff, float("inf")
`;

function writeTemp(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-codecs-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Dumps code objects in the CodeObject JSON form. localsplusnames/kinds are derived from
 * co_varnames/co_cellvars/co_freevars (3.12 does not expose them; hidden PEP 709 locals show as
 * plain locals): inputs for the codec, not reference data for the compiler. */
const DUMP_CODE = `
import json, sys, types
def const(v):
    if v is None or isinstance(v, (bool, str)): return v
    if isinstance(v, int): return {"$int": str(v)}
    if isinstance(v, float): return {"$float": repr(v)}
    if isinstance(v, complex): return {"$complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes): return {"$bytes": v.decode("latin-1")}
    if v is Ellipsis: return {"$ellipsis": None}
    if isinstance(v, tuple): return {"$tuple": [const(x) for x in v]}
    if isinstance(v, frozenset): return {"$frozenset": [const(x) for x in v]}
    if isinstance(v, types.CodeType): return {"$code": code(v)}
    raise TypeError(repr(v))
def code(c):
    names, kinds = [], []
    for n in c.co_varnames:
        names.append(n); kinds.append(0x20 | (0x40 if n in c.co_cellvars else 0))
    for n in c.co_cellvars:
        if n not in c.co_varnames: names.append(n); kinds.append(0x40)
    for n in c.co_freevars:
        names.append(n); kinds.append(0x80)
    b = lambda x: x.decode("latin-1")
    return {"co_argcount": c.co_argcount, "co_posonlyargcount": c.co_posonlyargcount,
            "co_kwonlyargcount": c.co_kwonlyargcount, "co_stacksize": c.co_stacksize,
            "co_flags": c.co_flags, "co_code": b(c.co_code), "co_consts": [const(x) for x in c.co_consts],
            "co_names": list(c.co_names), "co_localsplusnames": names, "co_localspluskinds": kinds,
            "co_filename": c.co_filename, "co_name": c.co_name, "co_qualname": c.co_qualname,
            "co_firstlineno": c.co_firstlineno, "co_linetable": b(c.co_linetable),
            "co_exceptiontable": b(c.co_exceptiontable)}
src = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps(code(compile(src, sys.argv[1], "exec"))))
`;

/** Every value of a JSON document with its path, for mutation. */
function* walk(value: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
  yield at;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* walk(value[i], [...at, i]);
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) yield* walk((value as Record<string, unknown>)[k], [...at, k]);
}


const REPLACEMENTS: unknown[] = [
  null, 0, -1, 1.5, 2 ** 60, '3', '', 'Ā', true, [], {}, [null], { _type: 'Name' }, { _type: 'Nope' },
  { _type: 'Load' }, { $int: 'x' }, { $float: '1' }, { $bytes: 'Ā' }, { $tuple: [{ $code: {} }] }, { __proto__: null },
];

/** Applies one random mutation to a deep copy of `doc`. */
function mutate(doc: unknown, paths: (string | number)[][], rand: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  const at = paths[Math.floor(rand() * paths.length)]!;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  if (at.length === 0) return pick(REPLACEMENTS);
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = at[at.length - 1]!;
  switch (Math.floor(rand() * 5)) {
    case 0:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 1:
      if (Array.isArray(parent)) parent.push(parent[key as number]);
      else parent[`extra${Math.floor(rand() * 3)}`] = parent[key];
      break;
    case 2:
      if (key === '_type') parent[key] = pick([...AST_NODE_INFO.keys()]);
      else parent[key] = pick(REPLACEMENTS);
      break;
    case 3:
      parent[key] = JSON.parse(JSON.stringify(pick(REPLACEMENTS)));
      break;
    default:
      if (typeof parent[key] === 'string') parent[key] = `${parent[key] as string}\u0100`;
      else if (typeof parent[key] === 'number') parent[key] = (parent[key] as number) + 0.5;
      else parent[key] = String(parent[key]);
  }
  return copy;
}

describeWithOracle('codecs on the oracle\'s output', () => {
  const sampleFile = writeTemp('sample.py', SAMPLE);
  const sampleAst = oracleAst(sampleFile).ok;
  const c = corpus();
  const corpusFiles = c.files.filter((f) => !f.compileError && !f.tokenizeError && f.size < 60_000).filter((_, i) => i % 97 === 0);
  const code = JSON.parse(runOracle(['-c', DUMP_CODE, sampleFile]).stdout) as unknown;

  it('decodes and round-trips the AST of a sample using every statement and expression form', () => {
    expect(sampleAst).toBeDefined();
    const tree = decodeModule(sampleAst);
    expect(JSON.parse(encodeJson(tree))).toEqual(sampleAst);
    const seen = new Set<string>();
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        if (typeof (v as { _type?: unknown })._type === 'string') seen.add((v as { _type: string })._type);
        Object.values(v).forEach(visit);
      }
    };
    visit(sampleAst);
    const others = [
      oracleAst(writeTemp('e.py', 'a + 1\n'), { mode: 'eval' }).ok,
      oracleAst(writeTemp('s.py', 'x = 1\n'), { mode: 'single' }).ok,
      oracleAst(writeTemp('t.py', '(int, str) -> bool\n'), { mode: 'func_type' }).ok,
      oracleAst(writeTemp('i.py', 'x = 1  # type: ignore\n'), { typeComments: true }).ok,
    ];
    for (const tree of others) {
      expect(JSON.parse(encodeJson(decodeModule(tree)))).toEqual(tree);
      visit(tree);
    }
    // Every node class of the description appears in some tree, so every shape was decoded.
    expect([...AST_NODE_INFO.keys()].filter((n) => !seen.has(n))).toEqual([]);
  });

  it(`decodes and round-trips the AST and tokens of ${corpusFiles.length} standard-library files`, () => {
    expect(corpusFiles.length).toBeGreaterThan(10);
    for (const file of corpusFiles) {
      const full = corpusPath(c, file);
      const { ok } = oracleAst(full);
      const text = JSON.stringify(ok);
      expect(encodeJson(decodeJson(text, decodeModule))).toBe(text);
      const { tokens, error } = oracleTokens(full);
      expect(error).toBeNull();
      expect(JSON.stringify(decodeTokens(tokens))).toBe(JSON.stringify(tokens));
    }
  });

  it('decodes and round-trips a code object with nested code constants', () => {
    const decoded = decodeCodeObject(code);
    expect(JSON.parse(encodeJson(decoded))).toEqual(code);
    expect(JSON.stringify(code)).toContain('"$code"');
  });

  it('survives 3000 random mutations with nothing but DecodeError', () => {
    const rand = mulberry32(20240312);
    const tokens = oracleTokens(sampleFile).tokens;
    const docs: [unknown, (v: unknown) => unknown, (string | number)[][]][] = [
      [sampleAst, (v) => decodeAst(v), [...walk(sampleAst)]],
      [code, (v) => decodeCodeObject(v), [...walk(code)]],
      [tokens, (v) => decodeTokens(v), [...walk(tokens)]],
    ];
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const [doc, decode, paths] = docs[i % docs.length]!;
      const bad = mutate(doc, paths, rand);
      try {
        decode(bad);
      } catch (e) {
        if (!(e instanceof DecodeError)) throw new Error(`mutation ${i} escaped as ${String(e)}: ${JSON.stringify(bad).slice(0, 300)}`);
        expect(e.message.startsWith('$')).toBe(true);
        rejected++;
      }
    }
    // Most mutations break the document; a few (a duplicated list element) keep it valid.
    expect(rejected).toBeGreaterThan(2400);
  });

  it('checks constants recursively', () => {
    expect(decodeConstant({ $tuple: [1 === 1, { $frozenset: [{ $int: '-7' }] }, { $complex: ['0.0', '-inf'] }] })).toBeTruthy();
  });
});
