"""sys._debugmallocstats() texts of CPython 3.12 in a few heap states, for pyglass's allocator:
at startup, with many small objects alive, and after most of them were freed again (so arenas
were reclaimed). Printed as a JSON list of the stderr texts, allocator part only (everything
before the blank line that precedes the free-list lines)."""
import io, json, os, sys, tempfile

def stats():
    # _debugmallocstats writes to the C stderr: capture fd 2 through a temporary file.
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode='w+b') as f:
        os.dup2(f.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        text = f.read().decode()
    return text[: text.index('\n\n', text.index('# bytes lost to arena map bot')) + 1]

out = [stats()]
keep = [bytes(n % 400) for n in range(200_000)]
out.append(stats())
del keep[20_000:]
out.append(stats())
json.dump(out, sys.stdout)
