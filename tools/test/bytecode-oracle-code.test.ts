/**
 * tools/oracle/py/code_json.py: the oracle's code objects as CodeObject JSON. The localsplus
 * fields come from marshal bytes (3.12 has no attribute for them), so they are checked on the
 * cases where they differ from co_varnames + co_cellvars + co_freevars: arguments that are cells,
 * free variables, the `__class__` cell, and PEP 709's hidden locals of inlined comprehensions.
 * Every other field is checked against the oracle's attributes in a second oracle process.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeCodeObject, type CodeObject, type PyConstant } from '@pyglass/interfaces';
import { describeWithOracle, oracleCode, oracleCodeBatch, runOracle } from '../oracle';

function nested(code: CodeObject): CodeObject[] {
  const out: CodeObject[] = [code];
  const visit = (c: PyConstant): void => {
    if (c !== null && typeof c === 'object') {
      if ('$code' in c) out.push(...nested(c.$code));
      else if ('$tuple' in c) c.$tuple.forEach(visit);
    }
  };
  code.co_consts.forEach(visit);
  return out;
}

const LOCAL = 0x20, CELL = 0x40, FREE = 0x80, HIDDEN = 0x10;

describeWithOracle('oracle code objects (code_json.py)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyglass-code-'));
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const cells = write('cells.py', [
    'def outer(a, b):',
    '    c = 1',
    '    def inner(x):',
    '        nonlocal c',
    '        return a + c + x',
    '    return inner',
    '',
    'def comp(xs):',
    '    y = [x * 2 for x in xs if x]',
    '    return [lambda: x for x in xs], y',
    '',
    'class K:',
    '    def m(self):',
    '        return __class__, super().m()',
    '',
    'ys = [q for q in range(3)]',
    'class C:',
    '    z = [w for w in ys]',
    '',
  ].join('\n'));

  it('gives localsplus names and kinds with cells, free vars, cell arguments and hidden locals', () => {
    const result = oracleCode(cells);
    expect(result.error).toBeUndefined();
    const byName = new Map(nested(decodeCodeObject(result.ok)).map((c) => [c.co_qualname, c]));
    const kinds = (q: string) => {
      const c = byName.get(q)!;
      return c.co_localsplusnames.map((n, i) => [n, c.co_localspluskinds[i]]);
    };
    // An argument captured by an inner function is one slot, LOCAL|CELL.
    expect(kinds('outer')).toEqual([['a', LOCAL | CELL], ['b', LOCAL], ['inner', LOCAL], ['c', CELL]]);
    expect(kinds('outer.<locals>.inner')).toEqual([['x', LOCAL], ['a', FREE], ['c', FREE]]);
    expect(kinds('comp')).toEqual([['xs', LOCAL], ['x', LOCAL | CELL], ['y', LOCAL]]);
    expect(kinds('comp.<locals>.<lambda>')).toEqual([['x', FREE]]);
    expect(kinds('K')).toEqual([['__class__', CELL]]);
    expect(kinds('K.m')).toEqual([['self', LOCAL], ['__class__', FREE]]);
    // PEP 709: an inlined comprehension's iteration variable at module and class level is hidden.
    expect(kinds('<module>')).toEqual([['q', LOCAL | HIDDEN]]);
    expect(kinds('C')).toEqual([['.0', LOCAL | HIDDEN], ['w', LOCAL | HIDDEN]]);
  });

  it('matches the oracle\'s own attributes field by field', () => {
    const code = decodeCodeObject(oracleCode(cells).ok);
    const check = [
      'import json, sys',
      'src = open(sys.argv[1], "rb").read()',
      'top = compile(src, sys.argv[1], "exec", dont_inherit=True)',
      'out = {}',
      'def walk(c):',
      '    out[c.co_qualname] = dict(argcount=c.co_argcount, flags=c.co_flags, stacksize=c.co_stacksize,',
      '        code=c.co_code.decode("latin-1"), names=list(c.co_names), varnames=list(c.co_varnames),',
      '        cellvars=list(c.co_cellvars), freevars=list(c.co_freevars), firstlineno=c.co_firstlineno,',
      '        linetable=c.co_linetable.decode("latin-1"), exceptiontable=c.co_exceptiontable.decode("latin-1"))',
      '    for k in c.co_consts:',
      '        if hasattr(k, "co_code"): walk(k)',
      'walk(top)',
      'print(json.dumps(out))',
    ].join('\n');
    const r = runOracle(['-c', check, cells]);
    expect(r.stderr).toBe('');
    const attrs = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    const ours = nested(code);
    expect(ours.map((c) => c.co_qualname).sort()).toEqual(Object.keys(attrs).sort());
    for (const c of ours) {
      const pick = (bit: number) => c.co_localsplusnames.filter((_, i) => c.co_localspluskinds[i]! & bit);
      expect({
        argcount: c.co_argcount, flags: c.co_flags, stacksize: c.co_stacksize, code: c.co_code, names: c.co_names,
        varnames: pick(LOCAL), cellvars: pick(CELL), freevars: pick(FREE), firstlineno: c.co_firstlineno,
        linetable: c.co_linetable, exceptiontable: c.co_exceptiontable,
      }).toEqual(attrs[c.co_qualname]);
    }
  });

  it('reports compile errors, reads .pyc files and batches', () => {
    const bad = write('bad.py', 'return 1\n');
    expect(oracleCode(bad).error).toMatchObject({ type: 'SyntaxError', msg: "'return' outside function", lineno: 1, offset: 1 });
    const pyc = path.join(dir, 'cells.pyc');
    const r = runOracle(['-c', `import py_compile; py_compile.compile(${JSON.stringify(cells)}, ${JSON.stringify(pyc)}, dfile=${JSON.stringify(cells)})`]);
    expect(r.exitCode).toBe(0);
    expect(oracleCode(pyc).ok).toEqual(oracleCode(cells).ok);
    const [first, second] = oracleCodeBatch([cells, bad], { marshal: true });
    expect(first!.ok).toEqual(oracleCode(cells).ok);
    expect(typeof first!.marshal).toBe('string');
    expect(second!.error?.type).toBe('SyntaxError');
  });
});
