"""List the conformance corpus: every .py file of this CPython's standard library, Lib/test
included (site-packages excluded), found through sysconfig, each marked with whether CPython
itself rejects it when tokenizing and when compiling.

Prints {"stdlib": DIR, "version": "3.12.x", "files": [{"path", "size", "tokenizeError", "compileError"}]}.
Errors are "Type: message (line N)" or null.
"""
import io
import json
import os
import sys
import sysconfig
import tokenize
import warnings


def describe(e):
    line = getattr(e, "lineno", None)
    if isinstance(e, tokenize.TokenError):
        line = e.args[1][0]
        return f"TokenError: {e.args[0]} (line {line})"
    return f"{type(e).__name__}: {getattr(e, 'msg', e)} (line {line})"


def main():
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
        for name in sorted(names):
            if name.endswith(".py"):
                files.append(os.path.join(root, name))
    out = []
    warnings.simplefilter("ignore")
    for path in files:
        with open(path, "rb") as f:
            source = f.read()
        tok_err = None
        try:
            for _ in tokenize.tokenize(io.BytesIO(source).readline):
                pass
        except (SyntaxError, tokenize.TokenError) as e:
            tok_err = describe(e)
        comp_err = None
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as e:
            comp_err = describe(e)
        out.append({"path": os.path.relpath(path, stdlib), "size": len(source), "tokenizeError": tok_err, "compileError": comp_err})
    json.dump({"stdlib": stdlib, "version": sys.version.split()[0], "files": out}, sys.stdout, indent=0)


if __name__ == "__main__":
    main()
