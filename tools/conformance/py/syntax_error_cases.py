"""Collect invalid programs from CPython 3.12's own tests, for tools/conformance/syntax-errors.ts:
the doctest examples of Lib/test/test_syntax.py, the snippets given to _check_error /
check / assertAllRaise(SyntaxError, …) / assert_syntax_error in test_syntax.py,
test_exceptions.py, test_fstring.py, test_patma.py, and the Lib/test/badsyntax_*.py files.
Each snippet that ast.parse rejects with a SyntaxError becomes a case: its source, its tokenize
stream (compact) and tokenize error, and CPython's error (type, msg, lineno, offset, end).
Prints a JSON list.
"""
import ast
import doctest
import glob
import io
import json
import os
import sys
import sysconfig
import tokenize
import warnings

warnings.simplefilter("ignore")
TEST = os.path.join(sysconfig.get_paths()["stdlib"], "test")


def snippets_from_calls(path, names):
    """String constants passed as the code argument of calls to `names` in a test file."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        name = fn.attr if isinstance(fn, ast.Attribute) else fn.id if isinstance(fn, ast.Name) else None
        if name not in names:
            continue
        if name == "assertAllRaise":
            if len(node.args) >= 3 and isinstance(node.args[0], ast.Name) and node.args[0].id == "SyntaxError":
                lst = node.args[2]
                if isinstance(lst, (ast.List, ast.Tuple)):
                    for e in lst.elts:
                        if isinstance(e, ast.Constant) and isinstance(e.value, str):
                            out.append((node.lineno, e.value))
            continue
        if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, (str, bytes)):
            v = node.args[0].value
            if isinstance(v, bytes):
                try:
                    v = v.decode("utf-8")
                except UnicodeDecodeError:
                    continue
            out.append((node.lineno, v))
    return out


def main():
    cases = []
    import test.test_syntax as ts
    parser = doctest.DocTestParser()
    for i, ex in enumerate(parser.get_examples(ts.__doc__ or "")):
        if ex.exc_msg and "Error" in ex.exc_msg:
            cases.append(("test_syntax.py doctest %d (line %d)" % (i, ex.lineno), ex.source))
    for fname, names in (("test_syntax.py", {"_check_error"}), ("test_exceptions.py", {"check"}),
                         ("test_fstring.py", {"assertAllRaise"}), ("test_patma.py", {"assert_syntax_error"})):
        for lineno, code in snippets_from_calls(os.path.join(TEST, fname), names):
            cases.append(("%s line %d" % (fname, lineno), code))
    for path in sorted(glob.glob(os.path.join(TEST, "badsyntax_*.py"))):
        with open(path, "rb") as f:
            src = f.read()
        try:
            cases.append((os.path.basename(path), src.decode("utf-8")))
        except UnicodeDecodeError:
            pass
    out = []
    seen = set()
    for origin, code in cases:
        if code in seen:
            continue
        seen.add(code)
        try:
            ast.parse(code)
            continue
        except SyntaxError as e:
            expected = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                        "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        except (ValueError, MemoryError, RecursionError):
            continue
        toks = []
        tok_error = None
        try:
            for t in tokenize.generate_tokens(io.StringIO(code).readline):
                toks.append([t.type, t.string, t.start[0], t.start[1], t.end[0], t.end[1], t.line])
        except SyntaxError as e:
            tok_error = {"type": type(e).__name__, "message": e.msg, "line": e.lineno, "column": e.offset}
        except tokenize.TokenError as e:
            tok_error = {"type": "TokenError", "message": e.args[0], "line": e.args[1][0], "column": e.args[1][1]}
        except Exception as e:
            tok_error = {"type": type(e).__name__, "message": str(e), "line": None, "column": None}
        out.append({"origin": origin, "code": code, "tokens": toks, "tokenError": tok_error, "expected": expected})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
