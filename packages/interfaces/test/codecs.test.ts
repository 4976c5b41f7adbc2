import {
  DecodeError,
  decodeAst,
  decodeCodeObject,
  decodeConstant,
  decodeHeapEvent,
  decodeHeapTrace,
  decodeJson,
  decodeModule,
  decodeNode,
  decodeSchedTrace,
  decodeTokens,
  encodeJsonLines,
  type CodeObject,
  type HeapEvent,
  type SchedEvent,
} from '@pyglass/interfaces';

const pos = (line: number, col: number, endCol: number) => ({ lineno: line, col_offset: col, end_lineno: line, end_col_offset: endCol });
const name = (id: string, ctx = 'Load') => ({ _type: 'Name', id, ctx: { _type: ctx }, ...pos(1, 0, id.length) });

/** `x = 1` then `print(x, None)` as the oracle's JSON form. */
function module(): any {
  return {
    _type: 'Module',
    body: [
      { _type: 'Assign', targets: [name('x', 'Store')], value: { _type: 'Constant', value: { $int: '1' }, kind: null, ...pos(1, 4, 5) }, type_comment: null, ...pos(1, 0, 5) },
      {
        _type: 'Expr',
        value: { _type: 'Call', func: name('print'), args: [name('x'), { _type: 'Constant', value: null, kind: null, ...pos(2, 9, 13) }], keywords: [], ...pos(2, 0, 14) },
        ...pos(2, 0, 14),
      },
    ],
    type_ignores: [],
  };
}

function code(): CodeObject {
  return {
    co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_stacksize: 1, co_flags: 0,
    co_code: '\u0097\u0000', co_consts: [null, { $tuple: [{ $bytes: '\u00ff' }] }], co_names: [],
    co_localsplusnames: ['a'], co_localspluskinds: [0x20], co_filename: 'f.py', co_name: '<module>',
    co_qualname: '<module>', co_firstlineno: 1, co_linetable: '', co_exceptiontable: '',
  };
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e.message;
    throw e;
  }
  throw new Error('no error');
}

describe('AST decoding', () => {
  it('accepts a valid tree and returns it unchanged', () => {
    const tree = module();
    expect(decodeModule(tree)).toBe(tree);
    expect(decodeJson(JSON.stringify(tree), decodeModule)).toEqual(tree);
  });

  const cases: [string, (t: any) => void, string][] = [
    ['a string lineno', (t) => (t.body[1].value.lineno = '3'), '$.body[1].value.lineno: expected an int, got "3"'],
    ['a float col_offset', (t) => (t.body[0].col_offset = 1.5), '$.body[0].col_offset: expected an int, got 1.5'],
    ['an absent optional end', (t) => (t.body[0].end_lineno = null), ''],
    ['a missing field', (t) => delete t.body[0].value, '$.body[0].value: missing field of Assign'],
    ['an unexpected field', (t) => (t.body[0].extra = 1), '$.body[0].extra: unexpected field of Assign'],
    ['an odd-keyed field', (t) => (t.body[0]['a b'] = 1), '$.body[0]["a b"]: unexpected field of Assign'],
    ['an unknown _type', (t) => (t.body[1].value.func._type = 'Nope'), '$.body[1].value.func._type: unknown node type "Nope"'],
    ['a _type of the wrong sum', (t) => (t.body[1] = name('x')), '$.body[1]: expected a stmt node, got a Name node'],
    ['an inherited-name _type', (t) => (t.body[0]._type = 'toString'), '$.body[0]._type: unknown node type "toString"'],
    ['a missing _type', (t) => delete t.body[1].value.args[0]._type, '$.body[1].value.args[0]._type: missing field of an expr node'],
    ['null where a node is required', (t) => (t.body[0].value = null), '$.body[0].value: expected an expr node, got null'],
    ['null in a list', (t) => (t.body[1].value.args[1] = null), '$.body[1].value.args[1]: expected an expr node, got null'],
    ['an object for a list', (t) => (t.body[1].value.keywords = {}), '$.body[1].value.keywords: expected a list of keyword, got an object'],
    ['a number identifier', (t) => (t.body[0].targets[0].id = 7), '$.body[0].targets[0].id: expected a string, got 7'],
    ['a bad constant tag', (t) => (t.body[0].value.value = { $big: '1' }), '$.body[0].value.value.$big: unknown constant tag (expected $str, $int, $float, $complex, $bytes, $ellipsis, $tuple, $frozenset or $code)'],
    ['a bad $int', (t) => (t.body[0].value.value = { $int: '01' }), '$.body[0].value.value.$int: expected a decimal int such as "-12", got "01"'],
    ['a bad $float', (t) => (t.body[0].value.value = { $float: '1' }), '$.body[0].value.value.$float: expected a float repr such as "1.0", "1e+16", "inf", got "1"'],
    ['two constant tags', (t) => (t.body[0].value.value = { $int: '1', $float: '1.0' }), '$.body[0].value.value: expected one tag key in a constant, got "$int" and "$float"'],
    ['an array constant', (t) => (t.body[0].value.value = [1]), '$.body[0].value.value: expected a constant (null, bool, str or a tagged object), got an array of 1'],
    ['a wrong ctx', (t) => (t.body[0].targets[0].ctx = { _type: 'Add' }), '$.body[0].targets[0].ctx: expected an expr_context node, got an Add node'],
    ['a non-object root', (t) => t, ''],
  ];
  it.each(cases)('names the path of %s', (_, mutate, message) => {
    const tree = module();
    mutate(tree);
    if (message) expect(errorOf(() => decodeModule(tree))).toBe(message);
    else expect(decodeModule(tree)).toBe(tree);
  });

  it('rejects a non-node root and bad JSON text', () => {
    expect(errorOf(() => decodeModule([]))).toBe('$: expected a mod node, got an array of 0');
    expect(errorOf(() => decodeJson('{"_type": ', decodeModule))).toMatch(/^\$: invalid JSON: /);
  });

  it('allows null only where CPython does: Dict keys and kw_defaults', () => {
    const dict = { _type: 'Dict', keys: [null], values: [name('m')], ...pos(1, 0, 5) };
    expect(decodeAst(dict, 'expr')).toBe(dict);
    const set = { _type: 'Set', elts: [null], ...pos(1, 0, 5) };
    expect(errorOf(() => decodeAst(set, 'expr'))).toBe('$.elts[0]: expected an expr node, got null');
  });

  it('decodes a node of a given _type', () => {
    expect(decodeNode(name('x'), 'Name').id).toBe('x');
    expect(errorOf(() => decodeNode(name('x'), 'Attribute'))).toBe('$: expected an Attribute node, got a Name node');
  });

  it('walks a 100,000-deep tree without overflowing the stack, and names a bad leaf in it', () => {
    let expr: any = { _type: 'Constant', value: { $int: '1' }, kind: null, ...pos(1, 0, 1) };
    for (let i = 0; i < 100_000; i++) expr = { _type: 'BinOp', left: expr, op: { _type: 'Add' }, right: name('y'), ...pos(1, 0, 1) };
    const tree = { _type: 'Expression', body: expr };
    expect(decodeModule(tree)).toBe(tree);
    let leaf = expr;
    while (leaf._type === 'BinOp') leaf = leaf.left;
    leaf.kind = 5;
    const message = errorOf(() => decodeModule(tree));
    expect(message.startsWith('$.body.left.left.')).toBe(true);
    expect(message.endsWith('.left.kind: expected a string, got 5')).toBe(true);
    expect(message.split('.left').length - 1).toBe(100_000);
  });
});

describe('token decoding', () => {
  const tokens = () => [
    { type: 67, string: 'utf-8', start: [0, 0], end: [0, 0], line: '' },
    { type: 1, string: 'x', start: [1, 0], end: [1, 1], line: 'x\n' },
  ];
  it('accepts a stream', () => {
    const t = tokens();
    expect(decodeTokens(t)).toBe(t);
  });
  it.each([
    [(t: any) => (t[1].type = 68), '$[1].type: expected a 3.12 token type (0-67), got 68'],
    [(t: any) => (t[1].start = [1]), '$[1].start: expected a [line, column] pair, got an array of 1'],
    [(t: any) => (t[1].end[1] = -1), '$[1].end[1]: expected a non-negative int, got -1'],
    [(t: any) => delete t[0].line, '$[0].line: missing field of a token'],
    [(t: any) => (t[0].exact_type = 1), '$[0].exact_type: unexpected field of a token'],
  ])('rejects a malformed token (%#)', (mutate, message) => {
    const t = tokens();
    mutate(t);
    expect(errorOf(() => decodeTokens(t))).toBe(message);
  });
});

describe('str constants holding surrogates ($str)', () => {
  it('accepts lone surrogates, escaped pairs and surrogates beside astral characters', () => {
    for (const v of [{ $str: [0xd800] }, { $str: [0xd800, 0xdc00] }, { $str: [0x1f600, 0xdfff, 0x41] }, { $tuple: [{ $str: [0xdc80] }, 'x'] }]) {
      expect(decodeConstant(v)).toBe(v);
      expect(decodeConstant(JSON.parse(JSON.stringify(v)))).toEqual(v);
    }
  });
  it.each([
    [{ $str: [0x41, 0x1f600] }, '$.$str: a $str without a surrogate code point (such a str is a plain JSON string)'],
    [{ $str: [] }, '$.$str: a $str without a surrogate code point (such a str is a plain JSON string)'],
    [{ $str: [0xd800, 0x110000] }, '$.$str[1]: expected a code point (0-0x10FFFF), got 1114112'],
    [{ $str: [0xd800, -1] }, '$.$str[1]: expected a code point (0-0x10FFFF), got -1'],
    [{ $str: [0xd800, 'a'] }, '$.$str[1]: expected a code point (0-0x10FFFF), got "a"'],
    [{ $str: 'a' }, '$.$str: expected an array, got "a"'],
  ])('rejects a malformed $str (%#)', (value, message) => {
    expect(errorOf(() => decodeConstant(value))).toBe(message);
  });
});

describe('code object decoding', () => {
  it('accepts a code object with nested code constants', () => {
    const outer = code();
    outer.co_consts.push({ $code: code() });
    expect(decodeCodeObject(outer)).toBe(outer);
  });
  it.each([
    [(c: any) => (c.co_localspluskinds = []), '$.co_localspluskinds: expected 1 kinds (one per co_localsplusnames entry), got 0'],
    [(c: any) => (c.co_code = '\u0100\u0000'), '$.co_code: expected a byte string (latin-1 text), got character U+0100 at index 0'],
    [(c: any) => (c.co_code = '\u0097'), '$.co_code: expected whole 2-byte code units, got 1 bytes'],
    [(c: any) => (c.co_consts[1].$tuple[0].$bytes = 'Ā'), '$.co_consts[1].$tuple[0].$bytes: expected a byte string (latin-1 text), got character U+0100 at index 0'],
    [(c: any) => c.co_consts.push({ $code: { ...code(), co_flags: -1 } }), '$.co_consts[2].$code.co_flags: expected a non-negative int, got -1'],
    [(c: any) => delete c.co_qualname, '$.co_qualname: missing field of a code object'],
    [(c: any) => (c.co_localspluskinds = [256]), '$.co_localspluskinds[0]: expected a byte (0-255) of CO_FAST_* bits, got 256'],
    [(c: any) => (c.co_names = ['a', 1]), '$.co_names[1]: expected a string, got 1'],
  ])('rejects a malformed code object (%#)', (mutate, message) => {
    const c = code();
    mutate(c);
    expect(errorOf(() => decodeCodeObject(c))).toBe(message);
  });
  it('bounds constant nesting instead of overflowing the stack', () => {
    let v: any = null;
    for (let i = 0; i < 5000; i++) v = { $tuple: [v] };
    const c = code();
    c.co_consts = [v];
    expect(errorOf(() => decodeCodeObject(c))).toMatch(/constants nested more than 2000 deep$/);
  });
});

describe('trace records', () => {
  const heap: HeapEvent[] = [
    { kind: 'meta', format: 'pyglass-heap-trace', version: 1, allocator: 'pymalloc', collector: 'cpython312' },
    { kind: 'alloc', t: 10, tid: 1, address: 140000, size: 56, type: 'list' },
    { kind: 'write', t: 11, tid: 1, owner: 140000, old: 0, new: 140064 },
    { kind: 'gc-start', t: 20, tid: 1, generation: 0, counts: [701, 0, 0] },
    { kind: 'gc-end', t: 30, tid: 1, generation: 0, collected: 2, uncollectable: 0, traversed: 40, pauseNs: 10 },
    { kind: 'free', t: 31, tid: 1, address: 140000, size: 56 },
  ];
  const sched: SchedEvent[] = [
    { kind: 'meta', format: 'pyglass-sched-trace', version: 1, scheduler: 'gil' },
    { kind: 'thread-start', t: 0, tid: 1, name: 'MainThread', daemon: false, parent: null },
    { kind: 'switch', t: 5_000_000, from: 1, to: 2, reason: 'drop-request' },
    { kind: 'block', t: 6_000_000, tid: 2, reason: 'sleep' },
    { kind: 'thread-exit', t: 7_000_000, tid: 2, exception: null },
  ];

  it('round-trip through JSON lines', () => {
    expect(decodeHeapTrace(encodeJsonLines(heap))).toEqual(heap);
    expect(decodeSchedTrace(encodeJsonLines(sched))).toEqual(sched);
    expect(encodeJsonLines(heap).split('\n').length).toBe(heap.length + 1);
  });

  it('name the line and field of a bad record', () => {
    const lines = encodeJsonLines(heap).split('\n');
    lines[2] = '{"kind":"write","t":11,"tid":1,"owner":"140000","old":0,"new":1}';
    expect(errorOf(() => decodeHeapTrace(lines.join('\n')))).toBe('line 3: $.owner: expected a non-negative int, got "140000"');
    expect(errorOf(() => decodeHeapEvent({ kind: 'explode' }))).toMatch(/^\$\.kind: expected one of meta, alloc, free, /);
    expect(errorOf(() => decodeSchedTrace('{"kind":"switch","t":1,"from":1,"to":2,"reason":"bored"}\n'))).toBe(
      'line 1: $.reason: expected one of "interval", "drop-request", "block", "exit", "quantum", "yield", got "bored"',
    );
    expect(errorOf(() => decodeSchedTrace('\n{"kind":"wake","t":1,"tid":2}'))).toBe('line 2: $.waitedNs: missing field of a wake record');
    expect(errorOf(() => decodeSchedTrace('{"kind":'))).toMatch(/^line 1: \$: invalid JSON/);
  });
});
