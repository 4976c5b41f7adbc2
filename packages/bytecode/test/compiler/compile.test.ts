/**
 * The compiler against CPython 3.12's compile(), live (skipped without an oracle): for each
 * snippet the oracle gives its AST (as JSON) and its code object; compiling that AST with pyglass
 * must give the same code object in every field, nested code objects included. Compile-time
 * errors must match CPython's type, message and position.
 */
import type { CodeObject } from '@pyglass/interfaces';
import { compile, CompileError, formatDis } from '../../src/index';
import { describeWithOracle } from '../../../../tools/oracle/index';
import { oracleCases } from './oracle-cases';

const PROGRAMS: Record<string, string> = {
  'module statements': 'import os, sys as s\nfrom a.b import c as d, e\nx = 1\ny: int = 2\nz = x + y * 3 - -x\ndel x\nassert y, "msg"\n',
  'functions': 'def f(a, b=1, *args, c, d=2, **kw) -> int:\n    """doc"""\n    return a + b\nasync def g(x, /, y):\n    await x\n    return [i async for i in y]\n',
  'closures': 'def outer(a):\n    b = 1\n    def inner(c):\n        nonlocal b\n        b += c\n        return a + b\n    return inner\n',
  'classes and super': 'class C(B, metaclass=M):\n    x = 1\n    def m(self):\n        return super().m() + __class__.x\n    @property\n    def p(self): return self.__private\n',
  'control flow': 'for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\n    while i:\n        i -= 1\n    else:\n        pass\nelse:\n    print("done")\n',
  'boolean jumps': 'def f(a, b, c):\n    if a and (b or not c):\n        return 1\n    if a < b < c:\n        return 2\n    return 3 if a is None else 4\n',
  'try and with': 'def f(p):\n    try:\n        with open(p) as fh, lock:\n            return fh.read()\n    except (OSError, ValueError) as e:\n        raise RuntimeError(e) from e\n    except:\n        pass\n    else:\n        return 1\n    finally:\n        print("x")\n',
  'except star': 'try:\n    f()\nexcept* A as e:\n    g(e)\nexcept* B:\n    h()\n',
  'comprehensions': 'def f(xs):\n    a = [x * 2 for x in xs if x]\n    b = {x: y for x, y in xs}\n    c = {x for x in xs for y in x}\n    d = (x for x in xs)\n    return [lambda: x for x in xs]\n',
  'module comprehension': 'g = [a for a in range(3)]\nclass K:\n    v = [w for w in range(3)]\n',
  'generators': 'def g():\n    x = yield 1\n    yield from range(x)\n    return 2\nasync def h():\n    async with a as b:\n        async for c in b:\n            yield c\n',
  'calls': 'f(1, *a, k=2, **kw)\nf(x=1, y=2)\no.m(1, 2, k=3)\nf(*a)\nprint(*[1, 2, 3])\n',
  'constants folding': 'a = 2 ** 10 + (1, 2)[0] - ~5\nb = "x" * 3 + "y"\nc = x in [1, 2, 3]\nfor q in [1, 2]: pass\nd = -1.5 // 0.5, 7 % -3, 1 / 4, 1j * 2, not (a is b)\n',
  'f-strings': 'def f(x, y):\n    return f"{x!r:>{y}} and {y=}" + "%s-%r" % (x, y)\n',
  'slices and unpacking': 'a, *b, c = x\nx[1:2] = y\ndel x[::2]\nx[i] += 1\no.a += 1\nx[1:2] += y\n(p, q), r = 1, (2, 3)\np, q = q, p\n',
  'dicts and sets': 'a = {1: 2, "k": v, **d}\nb = {1, 2, *s}\nc = {}\nd = {"a": 1, "b": 2, "c": 3}\ne = [1, 2, 3, *t]\n',
  'globals': 'x = 0\ndef f():\n    global x\n    x += 1\n    return x\n',
  'type params': 'def f[T: int, *Ts, **P](a: T) -> T:\n    return a\nclass K[T](Base[T]):\n    def m(self) -> T: ...\ntype Alias[T] = list[T]\n',
  'annotations': 'x: int\nclass A:\n    y: "str" = 1\n    z.w: int\ndef f(a: int, *b: str) -> None:\n    v: int = 1\n',
  'uninitialized locals': 'def f(c):\n    if c:\n        x = 1\n    return x\ndef g():\n    del y\n    y = 1\n    return y\n',
};

const ERRORS: Record<string, string> = {
  "'return' outside function": 'return 1\n',
  "'yield' outside function": 'yield 1\n',
  "'await' outside function": 'await x\n',
  "'break' outside loop": 'break\n',
  "'continue' not properly in loop": 'if x:\n    continue\n',
  'nonlocal at module level': 'nonlocal x\n',
  'no binding for nonlocal': 'def f():\n    nonlocal x\n',
  'parameter and global': 'def f(a):\n    global a\n',
  'keyword repeated': 'f(a=1, a=2)\n',
  'default except must be last': 'try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n',
  'async with outside async': 'def f():\n    async with x:\n        pass\n',
  'import * in function': 'def f():\n    from m import *\n',
  'return with value in async generator': 'async def f():\n    yield 1\n    return 2\n',
  'late future import': 'import os\nfrom __future__ import division\n',
  'assign to __debug__': 'def f(__debug__): pass\n',
};

function firstDifference(a: CodeObject, b: CodeObject): string | null {
  const ta = formatDis(a), tb = formatDis(b);
  if (ta !== tb) return `dis differs:\n--- CPython\n${ta}\n--- pyglass\n${tb}`;
  return JSON.stringify(a) === JSON.stringify(b) ? null : 'a field outside dis differs';
}

describeWithOracle('compiler against CPython 3.12 compile()', () => {
  const names = Object.keys(PROGRAMS);
  const errorNames = Object.keys(ERRORS);
  const results = oracleCases([...names.map((n) => ({ source: PROGRAMS[n]!, filename: 'case.py' })), ...errorNames.map((n) => ({ source: ERRORS[n]!, filename: 'case.py' }))]);

  it.each(names.map((n, i) => [n, i] as const))('%s', (_name, i) => {
    const r = results[i]!;
    expect(r.code).toBeDefined();
    const ours = compile(r.ast!, { filename: 'case.py' });
    expect(firstDifference(r.code!, ours)).toBeNull();
    expect(ours).toEqual(r.code);
  });

  it.each(errorNames.map((n, i) => [n, names.length + i] as const))('error: %s', (_name, i) => {
    const r = results[i]!;
    expect(r.ast).not.toBeNull();
    expect(r.error).toBeDefined();
    let got: CompileError | null = null;
    try {
      compile(r.ast!, { filename: 'case.py' });
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      got = e;
    }
    expect(got && { type: got.type, msg: got.msg, lineno: got.lineno, offset: got.offset, end_lineno: got.end_lineno, end_offset: got.end_offset })
      .toEqual({ type: r.error!.type, msg: r.error!.msg, lineno: r.error!.lineno, offset: r.error!.offset, end_lineno: r.error!.end_lineno, end_offset: r.error!.end_offset });
  });
});
