"""pymalloc address-reuse cases for pyglass's allocator, computed by CPython 3.12.

Each case drives one small-object size class with a random sequence of allocations and frees of
bytes objects whose request is exactly N bytes (a bytes object of length n asks PyObject_Malloc
for 33 + n), and records where every allocation landed, as (pool ordinal, offset in the pool):
pools are numbered in order of first appearance and offsets are pool-relative, so the record
does not depend on where the arenas were mapped. The classes used (400..512 bytes) are rare in a
bare interpreter, the lists are preallocated beyond 512 bytes, and the loop allocates only ints
(a 32-byte class), so the interpreter does not disturb the class under test.

The case begins on a fresh pool: blocks are allocated (and kept) until one lands at the start of
a pool and the next right after it. The first block of every pool is never freed, so no pool
empties (which pool an empty one is replaced by depends on the whole process's arenas).
"""
import json, random, sys

POOL = 16384
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 3
rng = random.Random(seed)

def run_case(size_lo, size_hi, nops, nslots):
    cls_size = (size_hi + 15) // 16 * 16
    warm = [None] * 4096
    w = 0
    while True:
        x = bytes(size_lo - 33)
        warm[w] = x; w += 1
        if id(x) % POOL == 48:
            y = bytes(size_lo - 33)
            warm[w] = y; w += 1
            if id(y) % POOL == 48 + cls_size:
                break
    warm[w - 1] = warm[w - 2] = None  # the case's slots hold the only references to x and y
    slots = [None] * nslots
    slots[0] = x
    slots[1] = y
    # Everything the loop grows is preallocated (lists of more than 64 items keep their item
    # arrays above 512 bytes): a growing list, set or dict would allocate in the classes tested.
    anchor = [False] * nslots
    anchor[0] = True
    ops = [None] * (nops + 2)
    ops[0] = ('a', 0, size_lo)
    ops[1] = ('a', 1, size_lo)
    nops_done = 2
    addrs = [None] * (nops + 2)
    addrs[0] = id(x); addrs[1] = id(y)
    seen_pools = [None] * 128
    seen_pools[0] = id(x) // POOL
    nseen = 1
    x = y = None  # nor may the locals keep them alive
    n = 2
    nfree = nslots - 2
    nlive = 1  # slot 1; slot 0 is an anchor
    for _ in range(nops):
        # Counters and rejection sampling instead of lists of candidates: building lists here
        # would allocate item arrays in the very size classes under test.
        if nfree and (not nlive or rng.random() < 0.55):
            i = rng.randrange(nslots)
            while slots[i] is not None:
                i = rng.randrange(nslots)
            req = rng.randint(size_lo, size_hi)
            ops[nops_done] = ('a', i, req); nops_done += 1
            slots[i] = bytes(req - 33)
            a = id(slots[i])
            addrs[n] = a; n += 1
            if a // POOL not in seen_pools:
                if a % POOL != 48:
                    raise RuntimeError('new pool did not start fresh')
                seen_pools[nseen] = a // POOL; nseen += 1
                anchor[i] = True
                nlive -= 1
            nfree -= 1
            nlive += 1
        else:
            i = rng.randrange(nslots)
            while slots[i] is None or anchor[i]:
                i = rng.randrange(nslots)
            ops[nops_done] = ('f', i, 0); nops_done += 1
            slots[i] = None
            nfree += 1
            nlive -= 1
    pools = {}
    canon = []
    for a in addrs[:n]:
        p = pools.setdefault(a // POOL, len(pools))
        canon.append([p, a % POOL])
    return {'ops': [list(o) for o in ops[:nops_done]], 'canon': canon}

cases = []
for size_lo, size_hi, nops, nslots in [
    (401, 416, 300, 100), (417, 432, 400, 120), (433, 448, 400, 90), (449, 464, 500, 150),
    (465, 480, 600, 200), (481, 496, 500, 110), (497, 512, 700, 160), (497, 512, 300, 40),
    (481, 496, 800, 250), (449, 464, 200, 70),
]:
    cases.append(run_case(size_lo, size_hi, nops, nslots))
json.dump({'seed': seed, 'cases': cases}, sys.stdout)
