"""Dump every code object of a compiled file as pyglass's CodeObject JSON form
(packages/interfaces/src/code.ts), nested code objects as {"$code": ...} inside co_consts and
constants tagged as packages/interfaces/src/constant.ts says.

3.12 does not expose co_localsplusnames / co_localspluskinds as attributes, but marshal stores
them: this script walks the marshal bytes of the code object (a small reader of the version-4
format, written for this purpose) to get them exactly, and checks them against co_varnames,
co_cellvars and co_freevars, which CPython derives from the same two fields.

usage:
  code_json.py FILE [--filename NAME] [--marshal] [--dis]   FILE is .py source (compiled with
      compile(source, NAME, "exec") as `python -m dis` does) or a .pyc (header skipped)
  code_json.py --batch [--marshal] [--dis]                one path per stdin line, one JSON line each
Prints {"ok": CodeObject} (plus "marshal": base64 of marshal.dumps(code) with --marshal) or
{"error": {"type", "msg", "lineno", "offset", ...}}; with --dis also "dis": what dis.dis(code)
prints, which is `python -m dis FILE`'s output.
"""
import base64
import json
import marshal
import struct
import sys

import pyconst


class LocalsPlusReader:
    """Reads a marshal stream far enough to return, for each code object in it, its
    localsplusnames and localspluskinds, with the nested code objects of co_consts in order."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def long(self):
        (v,) = struct.unpack_from("<i", self.data, self.pos)
        self.pos += 4
        return v

    def take(self, n):
        s = self.data[self.pos:self.pos + n]
        self.pos += n
        return s

    def obj(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7F)
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)

        def keep(v):
            if idx is not None:
                self.refs[idx] = v
            return v

        if t in "0NFTS.":
            return keep({"0": None, "N": None, "F": False, "T": True, "S": StopIteration, ".": ...}[t])
        if t == "i":
            return keep(self.long())
        if t == "I":
            return keep(struct.unpack_from("<q", self.take(8))[0])
        if t == "g":
            return keep(struct.unpack("<d", self.take(8))[0])
        if t == "y":
            return keep(complex(*struct.unpack("<dd", self.take(16))))
        if t in "fx":
            parts = []
            for _ in range(1 if t == "f" else 2):
                parts.append(float(self.take(self.byte()).decode("ascii")))
            return keep(parts[0] if t == "f" else complex(*parts))
        if t == "l":
            n = self.long()
            value = 0
            for i in range(abs(n)):
                value |= struct.unpack("<H", self.take(2))[0] << (15 * i)
            return keep(-value if n < 0 else value)
        if t in "st":
            raw = self.take(self.long())
            return keep(raw if t == "s" else raw.decode("utf-8", "surrogatepass"))
        if t in "uaA":
            return keep(self.take(self.long()).decode("utf-8" if t == "u" else "latin-1", "surrogatepass"))
        if t in "zZ":
            return keep(self.take(self.byte()).decode("latin-1"))
        if t == "r":
            return self.refs[self.long()]
        if t in "([<>":
            n = self.long()
            items = keep([])
            for _ in range(n):
                items.append(self.obj())
            return items
        if t == ")":
            n = self.byte()
            items = keep([])
            for _ in range(n):
                items.append(self.obj())
            return items
        if t == "{":
            items = keep([])
            while True:
                k = self.obj()
                if k is None and self.data[self.pos - 1] == ord("0"):
                    return items
                items.append((k, self.obj()))
        if t == "c":
            rec = keep({})
            for _ in range(5):
                self.long()
            self.obj()  # co_code
            consts = self.obj()
            self.obj()  # co_names
            rec["names"] = list(self.obj())
            rec["kinds"] = list(self.obj())
            for _ in range(3):
                self.obj()  # filename, name, qualname
            self.long()
            self.obj()  # linetable
            self.obj()  # exceptiontable
            rec["code"] = [c for c in consts if isinstance(c, dict) and "kinds" in c]
            return rec
        raise ValueError(f"unexpected marshal type {t!r} at {self.pos - 1}")


CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN = 0x20, 0x40, 0x80, 0x10


def check_localsplus(co, names, kinds):
    # The three derived tuples, as CPython computes them from localsplus (codeobject.c).
    varnames = tuple(n for n, k in zip(names, kinds) if k & CO_FAST_LOCAL)
    cellvars = tuple(n for n, k in zip(names, kinds) if k & CO_FAST_CELL)
    freevars = tuple(n for n, k in zip(names, kinds) if k & CO_FAST_FREE)
    if (varnames, cellvars, freevars) != (co.co_varnames, co.co_cellvars, co.co_freevars):
        raise AssertionError(f"localsplus of {co.co_qualname} disagree with co_varnames/cellvars/freevars")


def constant(value, rec):
    # Frozensets in marshal's order (3.12 sorts elements by their own marshal bytes), not
    # iteration order, which depends on string hashes: the JSON then equals what a .pyc holds.
    return pyconst.constant(value, on_code=lambda co: code_object(co, rec.pop(0)),
                            frozenset_order=lambda fs: sorted(fs, key=marshal.dumps))


def code_object(co, rec):
    check_localsplus(co, rec["names"], rec["kinds"])
    nested = list(rec["code"])
    out = {
        "co_argcount": co.co_argcount,
        "co_posonlyargcount": co.co_posonlyargcount,
        "co_kwonlyargcount": co.co_kwonlyargcount,
        "co_stacksize": co.co_stacksize,
        "co_flags": co.co_flags,
        "co_code": co.co_code.decode("latin-1"),
        "co_consts": [constant(c, nested) for c in co.co_consts],
        "co_names": list(co.co_names),
        "co_localsplusnames": rec["names"],
        "co_localspluskinds": rec["kinds"],
        "co_filename": co.co_filename,
        "co_name": co.co_name,
        "co_qualname": co.co_qualname,
        "co_firstlineno": co.co_firstlineno,
        "co_linetable": co.co_linetable.decode("latin-1"),
        "co_exceptiontable": co.co_exceptiontable.decode("latin-1"),
    }
    if nested:
        raise AssertionError("nested code objects in marshal and co_consts disagree")
    return out


def load(path, filename):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".pyc"):
        return marshal.loads(data[16:])
    return compile(data, filename or path, "exec", dont_inherit=True)


def dis_text(co):
    import dis
    import io
    out = io.StringIO()
    dis.dis(co, file=out)
    return out.getvalue()


def dump(path, filename=None, with_marshal=False, with_dis=False):
    try:
        co = load(path, filename)
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        err = {"type": type(e).__name__, "msg": getattr(e, "msg", str(e))}
        for k in ("lineno", "offset", "end_lineno", "end_offset"):
            err[k] = getattr(e, k, None)
        return {"error": err}
    data = marshal.dumps(co)
    rec = LocalsPlusReader(data).obj()
    out = {"ok": code_object(co, rec)}
    if with_marshal:
        out["marshal"] = base64.b64encode(data).decode("ascii")
    if with_dis:
        out["dis"] = dis_text(co)
    return out


def main(argv):
    with_marshal = "--marshal" in argv
    with_dis = "--dis" in argv
    argv = [a for a in argv if a not in ("--marshal", "--dis")]
    if argv and argv[0] == "--batch":
        for line in sys.stdin:
            path = line.rstrip("\n")
            if path:
                sys.stdout.write(json.dumps(dump(path, None, with_marshal, with_dis)) + "\n")
        return
    filename = None
    if "--filename" in argv:
        i = argv.index("--filename")
        filename = argv[i + 1]
        del argv[i:i + 2]
    sys.stdout.write(json.dumps(dump(argv[0], filename, with_marshal, with_dis)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
