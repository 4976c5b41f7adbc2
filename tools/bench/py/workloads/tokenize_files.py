"""Baseline workload of the `tokens` benchmarks: CPython 3.12's `tokenize.generate_tokens` over
a list of files, counting every token, as @pyglass/tokens' `tokenize()` does over the same files.
Files are read and decoded in setup (unmeasured), as on the TypeScript side.

params: {"files": [absolute paths]}
"""
import io
import tokenize
import warnings


def setup(params):
    texts = []
    for path in params["files"]:
        with tokenize.open(path) as f:
            texts.append(f.read())
    # Some corpus files trigger SyntaxWarnings (invalid escapes); they are not part of the work.
    warnings.simplefilter("ignore")
    return texts


def run(texts):
    count = 0
    for text in texts:
        for _tok in tokenize.generate_tokens(io.StringIO(text).readline):
            count += 1
    return count
