/**
 * The symbol table against CPython 3.12's `_symtable`, live (skipped without an oracle): the same
 * AST (CPython's, as JSON) gives the same blocks, symbols with their flags and scopes, parameters
 * and children, and the same SyntaxErrors at the same positions.
 */
import { buildSymbolTable, CompileError, type SymbolTableEntry } from '../../src/index';
import { describeWithOracle } from '../../../../tools/oracle/index';
import { oracleCases, type OracleSte } from '../compiler/oracle-cases';

function render(list: [string, number][]): string {
  // Free names propagated from children are added in CPython's set order; nothing compiled depends on it.
  const fixed = list.filter(([, v]) => v !== 16384).map(([k, v]) => `${k}=${v}`);
  const free = list.filter(([, v]) => v === 16384).map(([k]) => `${k}=16384`).sort();
  return [...fixed, ...free].join(' ');
}

function tree(ste: SymbolTableEntry): OracleSte {
  return { type: ste.type, name: ste.name, lineno: ste.lineno, symbols: [...ste.symbols], varnames: [...ste.varnames], children: ste.children.map(tree) };
}

function normal(t: OracleSte): unknown {
  return { block: `${t.type} ${t.name}@${t.lineno}`, symbols: render(t.symbols), varnames: t.varnames, children: t.children.map(normal) };
}

const SCOPES = [
  'x = 1\ndef f(a, b=2, *c, d, e=3, **g):\n    global x\n    y = a\n    return y + x\n',
  'def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return w\n    w = 2\n    return inner\n',
  'class C:\n    x = 1\n    def m(self):\n        return super().m() + x + __class__.y\n    def __p(self): return self.__q\n',
  'def f(xs):\n    return [x * y for x in xs for y in range(x) if x]\n',
  'def f(xs):\n    a = 1\n    return [lambda: x + a for x in xs]\n',
  'class C:\n    y = [z for z in range(3)]\n    g = (z for z in y)\n',
  'def f():\n    if (n := 10) > 5:\n        return [m := i for i in range(n)], m\n',
  '[(y := x) for x in range(3)]\nprint(y)\n',
  'def g():\n    yield 1\n    yield from g()\nasync def h():\n    await g()\n    return [x async for x in g()]\n',
  'def f[T: int, *Ts, **P](a: T) -> T:\n    return a\nclass K[T](Base[T]):\n    def m(self) -> T: ...\ntype Alias[T] = list[T]\n',
  'class C:\n    type A = int\n    def f[T](self, x: T = None): pass\n',
  'from __future__ import annotations\ndef f(a: int) -> str: pass\nx: int = 3\n',
  'import os.path, sys as s\nfrom a.b import c as d\ntry:\n    pass\nexcept E as e:\n    pass\n',
  'match p:\n    case [a, *rest]: pass\n    case {"k": v, **kw}: pass\n    case Point(x=px, y=py) | (px as py): pass\n',
  'def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n',
  'def f():\n    class C:\n        def g(self): return __class__\n        h = [__class__ for _ in range(1)]\n',
];

const ERRORS = [
  'def f(a, a): pass\n',
  'def f():\n    x = 1\n    global x\n',
  'def f():\n    print(x)\n    global x\n',
  'def f(a):\n    global a\n',
  'def f():\n    x: int\n    global x\n',
  'nonlocal x\n',
  'def f():\n    nonlocal x\n',
  'def f():\n    global x\n    nonlocal x\n',
  'def f():\n    from os import *\n',
  '[(x := 1) for x in range(3)]\n',
  '[i for i in range((j := 1))]\n',
  'class C:\n    [(y := 1) for x in range(3)]\n',
  '[(yield 1) for x in range(3)]\n',
  'def f[T, T](): pass\n',
  'def f[T]():\n    def g():\n        nonlocal T\n',
  'from __future__ import annotations\ndef f(x: (yield)): pass\n',
  'from __future__ import annotations\nx: (y := 1)\n',
  'type X = (yield)\n',
  'class A[T]((yield)): pass\n',
  'class A[T: (yield)]: pass\n',
  '[i for i in range(3) for j in range(2) if (i := 0)]\n',
];

describeWithOracle('symbol table against _symtable', () => {
  const cases = [...SCOPES, ...ERRORS];
  const results = oracleCases(cases.map((source) => ({ source })));

  it.each(SCOPES.map((s, i) => [s, i] as const))('scopes of %j', (_source, i) => {
    const r = results[i]!;
    expect(r.symtable).toBeDefined();
    const st = buildSymbolTable(r.ast!, { futureAnnotations: _source.startsWith('from __future__ import annotations') });
    expect(normal(tree(st.top))).toEqual(normal(r.symtable!));
  });

  it.each(ERRORS.map((s, i) => [s, SCOPES.length + i] as const))('error of %j', (_source, i) => {
    const r = results[i]!;
    if (!r.ast) throw new Error(`the oracle's parser rejects this case: ${JSON.stringify(r.error)}`);
    const expected = r.symtable_error;
    expect(expected).toBeDefined();
    let got: CompileError | null = null;
    try {
      buildSymbolTable(r.ast, { futureAnnotations: _source.startsWith('from __future__ import annotations') });
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      got = e;
    }
    expect(got && { type: got.type, msg: got.msg, lineno: got.lineno, offset: got.offset, end_lineno: got.end_lineno, end_offset: got.end_offset }).toEqual(expected);
  });
});
