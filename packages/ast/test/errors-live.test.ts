/**
 * Syntax errors of short programs checked live against the oracle (skipped, with the reason,
 * when there is none): the oracle gives each snippet's `tokenize` stream and the SyntaxError
 * `ast.parse` raises; ours, from that stream, must equal it in type, message and full position.
 * Covers the checks the parser makes in place of the C tokenizer (brackets, line continuations),
 * and what `feature_version=(3, N)` rejects (CHECK_VERSION of python.gram) for N = 4…12.
 */
import type { Token } from '@pyglass/interfaces';
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';
import { isPySyntaxError, parse, parseWithWarnings, tokenErrorForParser, type SyntaxWarningRecord, type TokenizerErrorRecord } from '../src';

interface OracleCase {
  tokens: Token[];
  tokenError: TokenizerErrorRecord | null;
  error: { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number } | null;
}

const ORACLE_SCRIPT = `
import ast, io, json, sys, tokenize
out = []
args = json.load(sys.stdin)
fv = args["featureVersion"]
for src in args["snippets"]:
    toks, terr = [], None
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            toks.append({"type": t.type, "string": t.string, "start": list(t.start), "end": list(t.end), "line": t.line})
    except tokenize.TokenError as e:
        terr = {"type": "TokenError", "message": e.args[0], "line": e.args[1][0], "column": e.args[1][1]}
    except SyntaxError as e:
        terr = {"type": type(e).__name__, "message": e.msg, "line": e.lineno, "column": e.offset}
    try:
        ast.parse(src, feature_version=None if fv is None else (3, fv))
        err = None
    except SyntaxError as e:
        err = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    out.append({"tokens": toks, "tokenError": terr, "error": err})
json.dump(out, sys.stdout)
`;

/** Asks the oracle once for every snippet (`ast.parse(..., feature_version=(3, N))` when given). */
function oracleCases(snippets: string[], featureVersion: number | null = null): OracleCase[] {
  const r = runOracle(['-c', ORACLE_SCRIPT], { input: JSON.stringify({ snippets, featureVersion }) });
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as OracleCase[];
}

function ours(src: string, c: OracleCase, featureVersion?: number): OracleCase['error'] {
  try {
    parse(c.tokens, { tokenError: tokenErrorForParser(c.tokenError, src), featureVersion });
    return null;
  } catch (e) {
    if (!isPySyntaxError(e)) throw e;
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
  }
}

describeWithOracle('syntax errors against the live oracle', () => {
  const groups: Record<string, string[]> = {
    'brackets the tokenizer rejects': [
      '(]', ')', 'x = 1\n)', '1 2 (]', '(\n]', 'x = [1,\n2)', '}', '[}', 'x = (1 for\n]', 'a b\n(]',
      'foo(1 2 ]', '(1 2 ]', "f'{)}'", "f'{a)}'", "f'{a[)}'", "f'{x:{y)}}'", "f'{1 2 )}'", "f'{((}'",
      "f'{a(4]}'", "f'{3)+(4}'", "f'{x:{y}}' + (]", "f'{d[1:2]}' )",
    ],
    'line continuations': [
      'a = 3 \\ 4', '1,\\#\n2', '\nfgdfgf\n1,\\#\n2\n', 'A.\u018a\\ ', 'A.\u03bc\\\n', 'x = 1\\', "x = 'a\\\\' \\ 3",
      'x = 1 + \\\n', 'x = (1 + \\\n', 'if x:\n    y = 1 \\\n', '\\ ', 'x\\\n\\',
    ],
  };
  for (const [name, snippets] of Object.entries(groups)) {
    it(name, () => {
      const cases = oracleCases(snippets);
      const got = snippets.map((s, i) => ({ src: s, error: ours(s, cases[i]) }));
      expect(got).toEqual(snippets.map((s, i) => ({ src: s, error: cases[i].error })));
      // Every snippet here is invalid: a test that compares nulls would prove nothing.
      for (const c of cases) expect(c.error).not.toBeNull();
    });
  }

  const versioned = ["(x := 1)", "def f(a, /): pass", "match x:\n case 1: pass", "try: pass\nexcept* E: pass", "type X = int", "def f[T](): pass", "class C[T]: pass", "async def f(): [x async for x in y]", "async def f(): await x", "async def f():\n async for x in y: pass", "async def f():\n async with x: pass", "with (a as b, c as d): pass", "async def f(): pass", "lambda a, /: a", "with (a): pass", "a @ b", "a[b:=1]", "{y := 1, 2}", "1_000", "x @= 2", "match x:\n    case 1:\n        pass\nx = 1\n", "async def f():\n    async for x in y:\n        pass\n    z = 1\n", "try:\n    pass\nexcept* E:\n    pass\nfinally:\n    pass\n", "async def f():\n    pass\n", "def f(a, /, b): return a @ b\n", "print(f\"{(x := 3)}\")\n", "with (open(a) as f,\n      open(b) as g):\n    pass\n", "if (n := len(a)) > 10: pass\n", "x = 0x_ff\n", "type X[T] = list[T]\n", "with (a) as b: pass", "with (a)[0]: pass", "with (x for x in y): pass", "with (yield): pass", "with (a, b): pass", "with (): pass", "with (a) + (b): pass", "with (a as b): pass"];
  for (let minor = 4; minor <= 12; minor++) {
    it(`feature_version=(3, ${minor})`, () => {
      const cases = oracleCases(versioned, minor);
      const got = versioned.map((s, i) => ({ src: s, error: ours(s, cases[i], minor) }));
      expect(got).toEqual(versioned.map((s, i) => ({ src: s, error: cases[i].error })));
      if (minor < 12) expect(cases.some((c) => c.error !== null)).toBe(true);
    });
  }
  it('SyntaxWarnings of invalid escapes, as compile() emits them (message, line, order)', () => {
    const snippets = [
      'x = "\\d"\ny = """a\n\\q"""\nz = f"\\w{1}"\nb = b"\\y"\nw = "\\777"\nv = "\\d" "\\e"\n',
      'x = "\\d"\n1 +\n',
      'f"{x:\\z}" r"\\q" "\\N{EM DASH}\\,"\n',
    ];
    const script = `
import ast, json, sys, warnings, io, tokenize
out = []
for src in json.load(sys.stdin):
    toks = [{"type": t.type, "string": t.string, "start": list(t.start), "end": list(t.end), "line": t.line} for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            ast.parse(src)
        except SyntaxError:
            pass
    out.append({"tokens": toks, "warnings": [{"category": x.category.__name__, "message": str(x.message), "lineno": x.lineno} for x in w]})
json.dump(out, sys.stdout)
`;
    const r = runOracle(['-c', script], { input: JSON.stringify(snippets) });
    expect(r.exitCode).toBe(0);
    const cases = JSON.parse(r.stdout) as { tokens: Token[]; warnings: SyntaxWarningRecord[] }[];
    for (const c of cases) {
      const warnings: SyntaxWarningRecord[] = [];
      try {
        parse(c.tokens, { warnings });
      } catch (e) {
        if (!isPySyntaxError(e)) throw e;
      }
      expect(warnings).toEqual(c.warnings);
    }
    expect(cases[0].warnings.length).toBe(7);
    expect(cases[1].warnings.length).toBe(1);
    expect(parseWithWarnings(cases[2].tokens).warnings).toEqual(cases[2].warnings);
  });
});


