"""For each JSON line {"source", "mode", "filename"} on stdin, prints one JSON line with what
CPython 3.12 makes of it: "ast" (pyglass's AST JSON, or null when the parser rejects it),
"symtable" (the _symtable tree, see symtable_json.py) or "symtable_error", and "code" (the code
object in CodeObject JSON, see tools/oracle/py/code_json.py) or "error" (what compile() raises).
Used by the compiler's and symbol table's tests, which compile the same AST with pyglass."""
import ast
import json
import marshal
import os
import sys
import _symtable

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "oracle", "py"))
sys.path.insert(0, HERE)
import ast_json  # noqa: E402
import code_json  # noqa: E402
import symtable_json  # noqa: E402  (its main loop only runs on stdin lines; guarded below)


def error(e):
    out = {"type": type(e).__name__, "msg": getattr(e, "msg", str(e))}
    for k in ("lineno", "offset", "end_lineno", "end_offset"):
        out[k] = getattr(e, k, None)
    return out


def one(case):
    source = case["source"]
    mode = case.get("mode", "exec")
    filename = case.get("filename", "<case>")
    out = {}
    try:
        tree = ast.parse(source, filename, mode)
    except SyntaxError as e:
        return {"ast": None, "error": error(e)}
    out["ast"] = ast_json.node(tree)
    try:
        out["symtable"] = symtable_json.dump(_symtable.symtable(source, filename, mode))
    except SyntaxError as e:
        out["symtable_error"] = error(e)
    try:
        co = compile(source, filename, mode, dont_inherit=True, optimize=case.get("optimize", -1))
    except Exception as e:  # noqa: BLE001 - CPython's own SystemErrors are reported too
        out["error"] = error(e)
        return out
    rec = code_json.LocalsPlusReader(marshal.dumps(co)).obj()
    out["code"] = code_json.code_object(co, rec)
    return out


if __name__ == "__main__":
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(json.dumps(one(json.loads(line))) + "\n")
            sys.stdout.flush()
