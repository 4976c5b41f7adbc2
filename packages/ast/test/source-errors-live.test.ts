/**
 * compile()'s errors for the source bytes (encoding declarations, bytes that are not UTF-8),
 * checked live against the oracle (skipped, with the reason, when there is none): the oracle
 * gives `tokenize.tokenize`'s result for the bytes, the `generate_tokens` stream of their lenient
 * decoding, and what `ast.parse` raises; `sourceForParser` + `parse` must raise the same.
 */
import type { Token } from '@pyglass/interfaces';
import { describeWithOracle, runOracle } from '../../../tools/oracle/index';
import { isPySyntaxError, parse, sourceForParser, type Tokenized } from '../src';

const ORACLE_SCRIPT = `
import ast, io, json, sys, tokenize
def toks(gen):
    out, err = [], None
    try:
        for t in gen:
            out.append({"type": t.type, "string": t.string, "start": list(t.start), "end": list(t.end), "line": t.line})
    except tokenize.TokenError as e:
        err = {"type": "TokenError", "message": e.args[0], "line": e.args[1][0], "column": e.args[1][1]}
    except SyntaxError as e:
        err = {"type": type(e).__name__, "message": e.msg, "line": e.lineno, "column": e.offset}
    return {"tokens": out, "error": err}
res = []
for text in json.load(sys.stdin):
    src = text.encode("latin-1")
    body = src[3:] if src.startswith(b"\\xef\\xbb\\xbf") else src
    lenient = body.decode("utf-8", "replace")
    try:
        ast.parse(src)
        err = None
    except SyntaxError as e:
        err = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    res.append({"tokenized": toks(tokenize.tokenize(io.BytesIO(src).readline)), "lenient": toks(tokenize.generate_tokens(io.StringIO(lenient).readline)), "error": err})
json.dump(res, sys.stdout)
`;

interface OracleCase {
  tokenized: Tokenized;
  lenient: Tokenized;
  error: { type: string; msg: string; lineno: number; offset: number; end_lineno: number | null; end_offset: number | null } | null;
}

const CASES: string[] = [
  'print("b\xf6se")\n', '# c\xf6mment\nx=1\n', 'x\xf6 = 1\n', 'x = b"\xf6"\n', 'x = 1\ny = "\xe4\xb8"\n', 'x = "ok"\n\xff\n',
  'x = 1 # \xff\n', '"""\n\xff\n"""\n', '# -*- coding: latin-1 -*-\nx = "\xf6"\n', '# coding: uft-8\n', '\n# coding: uft-8\n',
  '\xef\xbb\xbf# coding: latin-1\n', '\xef\xbb\xbf# coding: utf8\n', '\xef\xbb\xbf# coding: UTF-8\n', '#!/bin/sh\n# coding: foo\n',
  'x=1\n# coding: foo\n', 'x = "\xed\xa0\x80"\n', 'x = (\n\xf6\n)\n', 'x = "a\\n\xc3\xa9\xff"\n', '1 +\n# \xff\nx = "\xff"\n',
  '\xc3\xa9 = "\xff"\n', 'x = "\xf0\x9f\x98"\n', 'x = r"\\n\xff"\n',
];

describeWithOracle('source bytes against the live oracle', () => {
  it('encoding declarations and non-UTF-8 bytes give compile()\'s error', () => {
    const r = runOracle(['-c', ORACLE_SCRIPT], { input: JSON.stringify(CASES) });
    expect(r.exitCode).toBe(0);
    const cases = JSON.parse(r.stdout) as OracleCase[];
    const ours = CASES.map((text, i) => {
      const input = sourceForParser(Buffer.from(text, 'latin1'), cases[i].tokenized, () => cases[i].lenient);
      try {
        parse(input.tokens as Token[], { tokenError: input.tokenError, tokenErrorIsLiteral: input.literalError });
        return { text, error: null };
      } catch (e) {
        if (!isPySyntaxError(e)) throw e;
        // CPython gives no end for the errors without a position (line 0, offset -1).
        const end = e.lineno === 0 ? { end_lineno: null, end_offset: null } : { end_lineno: e.end_lineno, end_offset: e.end_offset };
        return { text, error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, ...end } };
      }
    });
    expect(ours).toEqual(CASES.map((text, i) => ({ text, error: cases[i].error })));
    expect(cases.filter((c) => c.error !== null).length).toBeGreaterThan(15);
  });
});
