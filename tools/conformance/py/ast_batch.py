"""Batch oracle for tools/conformance/ast.ts: for each file named on stdin (one path a line),
print one JSON line with its 3.12 `tokenize` stream (compact: [type, string, srow, scol, erow,
ecol]), its decoded source lines, and either the sha1 of
`ast.dump(ast.parse(source), include_attributes=True)` or the SyntaxError it raises.
One process for the whole corpus, so the oracle starts once.
"""
import ast
import hashlib
import io
import json
import sys
import tokenize
import warnings

warnings.simplefilter("ignore")


def main():
    out = sys.stdout
    for path in sys.stdin.read().splitlines():
        with open(path, "rb") as f:
            source = f.read()
        toks = []
        tok_error = None
        try:
            for t in tokenize.tokenize(io.BytesIO(source).readline):
                toks.append([t.type, t.string, t.start[0], t.start[1], t.end[0], t.end[1]])
        except SyntaxError as e:
            tok_error = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                         "end_lineno": getattr(e, "end_lineno", None), "end_offset": getattr(e, "end_offset", None), "text": e.text}
        except tokenize.TokenError as e:
            tok_error = {"type": "TokenError", "msg": e.args[0], "lineno": e.args[1][0], "offset": e.args[1][1]}
        try:
            encoding = tokenize.detect_encoding(io.BytesIO(source).readline)[0]
            text = source.decode(encoding)
        except Exception:
            text = source.decode("utf-8", "surrogateescape")
        lines = io.StringIO(text, newline=None).read().splitlines(keepends=True)
        rec = {"path": path, "tokens": toks, "lines": lines, "tokenError": tok_error}
        try:
            tree = ast.parse(source, path)
            rec["sha1"] = hashlib.sha1(ast.dump(tree, include_attributes=True).encode("utf-8", "surrogatepass")).hexdigest()
        except (SyntaxError, ValueError) as e:
            rec["error"] = {"type": type(e).__name__, "msg": getattr(e, "msg", str(e)), "lineno": getattr(e, "lineno", None),
                            "offset": getattr(e, "offset", None), "end_lineno": getattr(e, "end_lineno", None),
                            "end_offset": getattr(e, "end_offset", None)}
        out.write(json.dumps(rec, ensure_ascii=True))
        out.write("\n")


if __name__ == "__main__":
    main()
