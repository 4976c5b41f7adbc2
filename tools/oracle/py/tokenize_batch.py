"""Run `python -m tokenize [-e] FILE` for many files in one process: prints one JSON object per
line, {"path", "stdout", "stderr", "exit"}, with exactly what the command would print for that
file (the token lines, or the error line; SyntaxWarnings the tokenizer emits, once per location,
as the warnings module shows them on a fresh run).

usage: tokenize_batch.py [-e] < list-of-paths
       tokenize_batch.py --json < list-of-paths
With --json each line is {"path", "tokens": [{"type", "string", "start", "end", "line"}], "error":
null | {"type", "msg", "lineno", "offset"}, "warnings": [...]}: every token produced before an error
is kept (as reading from stdin prints them).
"""
import io
import json
import sys
import tokenize
import warnings
from token import tok_name


def run(path, exact):
    out = io.StringIO()
    err = io.StringIO()
    code = 0
    seen = set()

    def show(message, category, filename, lineno, file=None, line=None):
        key = (str(message), category, filename, lineno)
        if key in seen:
            return
        seen.add(key)
        err.write(warnings.formatwarning(message, category, filename, lineno, line))

    def error(message, location=None, filename=path):
        if location:
            err.write("%s:%d:%d: error: %s\n" % ((filename,) + location + (message,)))
        elif filename:
            err.write("%s: error: %s\n" % (filename, message))
        else:
            err.write("error: %s\n" % message)
        return 1

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = show
        try:
            with open(path, "rb") as f:
                tokens = list(tokenize.tokenize(f.readline))
            for token in tokens:
                token_type = token.exact_type if exact else token.type
                token_range = "%d,%d-%d,%d:" % (token.start + token.end)
                out.write("%-20s%-15s%-15r\n" % (token_range, tok_name[token_type], token.string))
        except IndentationError as e:
            line, column = e.args[1][1:3]
            code = error(e.args[0], (line, column))
        except tokenize.TokenError as e:
            line, column = e.args[1]
            code = error(e.args[0], (line, column))
        except SyntaxError as e:
            code = error(e)
        except OSError as e:
            code = error(e, filename=None)
        except Exception as e:
            err.write("unexpected error: %s\n" % e)
            code = 1
    return {"path": path, "stdout": out.getvalue(), "stderr": err.getvalue(), "exit": code}


def run_json(path):
    tokens = []
    error = None
    caught = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with open(path, "rb") as f:
                for t in tokenize.tokenize(f.readline):
                    tokens.append({"type": t.type, "string": t.string, "start": list(t.start), "end": list(t.end), "line": t.line})
        except tokenize.TokenError as e:
            msg, (lineno, offset) = e.args
            error = {"type": "TokenError", "msg": msg, "lineno": lineno, "offset": offset}
        except IndentationError as e:
            error = {"type": type(e).__name__, "msg": e.args[0], "lineno": e.args[1][1], "offset": e.args[1][2]}
        except SyntaxError as e:
            error = {"type": "SyntaxError", "msg": str(e), "lineno": None, "offset": None}
        except Exception as e:
            error = {"type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None}
    warned = [{"message": str(w.message), "line": w.lineno} for w in caught]
    return {"path": path, "tokens": tokens, "error": error, "warnings": warned}


def main():
    exact = "-e" in sys.argv[1:]
    as_json = "--json" in sys.argv[1:]
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            sys.stdout.write(json.dumps(run_json(path) if as_json else run(path, exact)) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
