"""Dump a file's AST as pyglass's JSON form: {"_type": ClassName, field: value, ...} with CPython's
field names, positions included, and constants tagged as packages/interfaces/src/constant.ts says.

usage: ast_json.py FILE [--mode exec|eval|single|func_type] [--type-comments] [--feature-version N]
Prints {"ok": tree} or {"error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset", "text"}}.
"""
import ast
import json
import math
import sys


def float_repr(x):
    # Python's repr round-trips and spells inf/nan the way pyglass's $float expects.
    return repr(x)


def constant(value):
    if isinstance(value, str):
        # A str with a surrogate code point: its code points, as constant.ts's PyStr says.
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            return {"$str": [ord(c) for c in value]}
        return value
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {"$int": str(value)}
    if isinstance(value, float):
        return {"$float": float_repr(value)}
    if isinstance(value, complex):
        return {"$complex": [float_repr(value.real), float_repr(value.imag)]}
    if isinstance(value, bytes):
        return {"$bytes": value.decode("latin-1")}
    if value is Ellipsis:
        return {"$ellipsis": None}
    if isinstance(value, tuple):
        return {"$tuple": [constant(v) for v in value]}
    if isinstance(value, frozenset):
        return {"$frozenset": [constant(v) for v in value]}
    raise TypeError(f"unexpected constant {value!r}")


def node(n):
    if isinstance(n, ast.AST):
        out = {"_type": type(n).__name__}
        for field in n._fields:
            value = getattr(n, field, None)
            if isinstance(n, ast.Constant) and field == "value":
                out[field] = constant(value)
            else:
                out[field] = node(value)
        for attr in n._attributes:
            if hasattr(n, attr):
                out[attr] = getattr(n, attr)
        return out
    if isinstance(n, list):
        return [node(x) for x in n]
    return n


def main(argv):
    path = argv[0]
    mode = "exec"
    type_comments = False
    feature_version = None
    i = 1
    while i < len(argv):
        if argv[i] == "--mode":
            mode = argv[i + 1]
            i += 2
        elif argv[i] == "--type-comments":
            type_comments = True
            i += 1
        elif argv[i] == "--feature-version":
            feature_version = (3, int(argv[i + 1]))
            i += 2
        else:
            raise SystemExit(f"unknown option {argv[i]}")
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path, mode=mode, type_comments=type_comments, feature_version=feature_version)
    except (SyntaxError, ValueError) as e:
        err = {"type": type(e).__name__, "msg": getattr(e, "msg", str(e))}
        for k in ("lineno", "offset", "end_lineno", "end_offset", "text"):
            err[k] = getattr(e, k, None)
        json.dump({"error": err}, sys.stdout)
        return
    json.dump({"ok": node(tree)}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1:])
