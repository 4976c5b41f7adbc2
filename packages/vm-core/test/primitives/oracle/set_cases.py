"""Set table order cases for pyglass vm-core primitives, computed by CPython 3.12.

Random operation sequences over int and str keys; for each sequence the oracle records the
results of pop(), and after every sequence the iteration order and sys.getsizeof of the set.
Run under PYTHONHASHSEED=0. Ops: add, discard, pop, clear, copy, update_list (set.update with a
list), update_set (with set(list)), update_dict (with dict.fromkeys(list)), from_frozenset
(set(frozenset(list))), build (set(list)).

Set displays of constants are left out on purpose: they merge a frozenset constant whose layout
is the compiler's business (rebuilt by constant merging, and again when interning replaced a
str item), not the table's.
"""
import json, random, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

def rand_key(pool):
    if pool and rng.random() < 0.3:
        return rng.choice(pool)
    k = rng.randrange(8)
    if k == 0:
        v = rng.randrange(-5, 40)
    elif k == 1:
        v = rng.randrange(0, 64) * rng.choice([8, 16, 32, 64, 1024, 2**20])
    elif k == 2:
        v = rng.randrange(-2**53 + 1, 2**53)
    elif k == 3:
        v = rng.choice([-1, -2, 2**32, -2**32, 2**31 - 1])
    elif k <= 5:
        v = ''.join(chr(rng.randrange(97, 123)) for _ in range(rng.randrange(0, 6)))
    elif k == 6:
        v = ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x100, 0x3000), rng.randrange(0x10000, 0x10100)])) for _ in range(rng.randrange(1, 5)))
    else:
        v = rng.randrange(0, 1000)
    pool.append(v)
    return v

cases = []
for case_no in range(500):
    pool = []
    ops = []
    s = set()
    pops = []
    nops = rng.choice([3, 10, 30, 100, 200])
    for _ in range(nops):
        r = rng.random()
        if r < 0.5:
            k = rand_key(pool)
            ops.append(['add', k]); s.add(k)
        elif r < 0.7:
            k = rand_key(pool)
            ops.append(['discard', k]); s.discard(k)
        elif r < 0.75:
            ops.append(['pop'])
            pops.append(s.pop() if s else None)
        elif r < 0.77:
            ops.append(['clear']); s.clear()
        elif r < 0.80:
            ops.append(['copy']); s = s.copy()
        else:
            keys = [rand_key(pool) for _ in range(rng.choice([0, 1, 3, 5, 8, 20, 60]))]
            which = rng.choice(['update_list', 'update_set', 'update_dict', 'from_frozenset', 'build'])
            ops.append([which, keys])
            if which == 'update_list':
                s.update(keys)
            elif which == 'update_set':
                s.update(set(keys))
            elif which == 'update_dict':
                s.update(dict.fromkeys(keys))
            elif which == 'build':
                s = set(keys)
            else:
                s = set(frozenset(keys))
    cases.append({'ops': ops, 'pops': pops, 'order': list(s), 'sizeof': sys.getsizeof(s)})

print(json.dumps({'cases': cases}))
