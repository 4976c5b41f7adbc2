"""Dump a file's token stream as pyglass's Token JSON, from the 3.12 `tokenize` module
(bytes in, so ENCODING comes first, as `python -m tokenize` does).

usage: tokens_json.py FILE
Prints {"tokens": [...], "error": null | {"type", "msg", "lineno", "offset"}}: the tokens produced
before an error are kept, as `python -m tokenize` prints them before its error line.
"""
import json
import sys
import tokenize


def main(path):
    tokens = []
    error = None
    with open(path, "rb") as f:
        try:
            for t in tokenize.tokenize(f.readline):
                tokens.append({"type": t.type, "string": t.string, "start": list(t.start), "end": list(t.end), "line": t.line})
        except SyntaxError as e:
            error = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}
        except tokenize.TokenError as e:
            msg, (lineno, offset) = e.args
            error = {"type": "TokenError", "msg": msg, "lineno": lineno, "offset": offset}
    json.dump({"tokens": tokens, "error": error}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
