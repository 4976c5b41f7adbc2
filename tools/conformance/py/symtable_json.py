"""Prints CPython 3.12's symbol table of each file (one path per stdin line) as JSON lines:
a tree of {type, name, lineno, symbols: [[name, flags], ...], children} or {error: {...}}.
Used by pyglass's symtable tests and conformance runner (tools/conformance/compile.ts)."""
import json
import sys
import _symtable


def dump(ste):
    return {
        "type": ste.type,
        "name": ste.name,
        "lineno": ste.lineno,
        "symbols": [[k, v] for k, v in ste.symbols.items()],
        "varnames": list(ste.varnames),
        "children": [dump(c) for c in ste.children],
    }


def one(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        top = _symtable.symtable(source, path, "exec")
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": e.end_lineno, "end_offset": e.end_offset}}
    except Exception as e:  # noqa: BLE001 - reported, not hidden
        return {"error": {"type": type(e).__name__, "msg": str(e)}}
    return {"ok": dump(top)}


def main():
  for line in sys.stdin:
      p = line.rstrip("\n")
      if p:
          print(json.dumps(one(p)), flush=True)


if __name__ == "__main__":
    main()
