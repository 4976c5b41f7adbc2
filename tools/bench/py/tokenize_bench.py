"""Time CPython's `tokenize.generate_tokens` over a list of files (paths on stdin), for
tools/bench/tokens.ts. Each file is read and decoded once, before timing (as the TypeScript side
does); every round tokenizes all texts, and the best round counts.

usage: tokenize_bench.py ROUNDS < paths     prints {"seconds": best, "rounds": [...], "tokens": N, "bytes": N, "files": N}
"""
import io
import json
import sys
import time
import tokenize
import warnings


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    texts = []
    size = 0
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with tokenize.open(path) as f:
                text = f.read()
        except (SyntaxError, UnicodeDecodeError):
            continue
        texts.append(text)
        size += len(text.encode("utf-8"))
    warnings.simplefilter("ignore")
    times = []
    count = 0
    for _ in range(rounds):
        count = 0
        t0 = time.perf_counter()
        for text in texts:
            try:
                for _tok in tokenize.generate_tokens(io.StringIO(text).readline):
                    count += 1
            except (SyntaxError, tokenize.TokenError):
                pass
        times.append(time.perf_counter() - t0)
    json.dump({"seconds": min(times), "rounds": times, "tokens": count, "bytes": size, "files": len(texts)}, sys.stdout)


if __name__ == "__main__":
    main()
