"""Dump a file's AST as pyglass's JSON form: {"_type": ClassName, field: value, ...} with CPython's
field names, positions included, and constants tagged as packages/interfaces/src/constant.ts says.

usage: ast_json.py FILE [--mode exec|eval|single|func_type] [--type-comments] [--feature-version N]
Prints {"ok": tree} or {"error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset", "text"}}.
"""
import ast
import json
import sys

import pyconst


def node(n):
    if isinstance(n, ast.AST):
        out = {"_type": type(n).__name__}
        for field in n._fields:
            value = getattr(n, field, None)
            if isinstance(n, ast.Constant) and field == "value":
                out[field] = pyconst.constant(value)
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
