"""Run `python -m tokenize [-e] FILE` for many files in one process: prints one JSON object per
line, {"path", "stdout", "stderr", "exit"}, with exactly what the command would print for that
file (the token lines, or the error line; SyntaxWarnings the tokenizer emits, once per location,
as the warnings module shows them on a fresh run).

usage: tokenize_batch.py [-e] < list-of-paths
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


def main():
    exact = "-e" in sys.argv[1:]
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            sys.stdout.write(json.dumps(run(path, exact)) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
