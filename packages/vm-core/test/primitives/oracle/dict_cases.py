"""Dict table cases for pyglass vm-core primitives, computed by CPython 3.12.

Random operation sequences over int and str keys: d[k] = v, del d[k], popitem, clear, copy,
update with another dict (built by item assignment), and a dict display of up to 15 constant
keys (BUILD_CONST_KEY_MAP: a presized dict). Records sys.getsizeof(d) after every operation,
the popitem results, and the final key order. Run under PYTHONHASHSEED=0.
"""
import json, random, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 11)

def rand_key(pool):
    if pool and rng.random() < 0.35:
        return rng.choice(pool)
    k = rng.randrange(5)
    if k == 0:
        v = rng.randrange(-5, 50)
    elif k == 1:
        v = rng.randrange(0, 64) * rng.choice([8, 64, 4096])
    elif k == 2:
        v = rng.randrange(-2**53 + 1, 2**53)
    else:
        v = ''.join(chr(rng.randrange(97, 123)) for _ in range(rng.randrange(0, 5)))
    pool.append(v)
    return v

cases = []
for _ in range(400):
    pool = []
    str_only = rng.random() < 0.4
    def key():
        while True:
            k = rand_key(pool)
            if not str_only or isinstance(k, str):
                return k
    d = {}
    ops = []
    sizes = []
    pops = []
    for _ in range(rng.choice([5, 20, 60, 150])):
        r = rng.random()
        if r < 0.55:
            k = key(); ops.append(['set', k]); d[k] = 0
        elif r < 0.75:
            k = key(); ops.append(['del', k]); d.pop(k, None)
        elif r < 0.8:
            ops.append(['popitem'])
            pops.append(d.popitem()[0] if d else None)
        elif r < 0.82:
            ops.append(['clear']); d.clear()
        elif r < 0.86:
            ops.append(['copy']); d = d.copy()
        elif r < 0.93:
            keys = [key() for _ in range(rng.choice([0, 1, 4, 6, 12, 30]))]
            ops.append(['update', keys])
            other = {}
            for k in keys:
                other[k] = 0
            d.update(other)
        else:
            keys = [key() for _ in range(rng.randrange(2, 16))]
            ops.append(['display', keys])
            d = eval('{' + ', '.join('%r: 0' % (k,) for k in keys) + '}')
        sizes.append(sys.getsizeof(d))
    cases.append({'ops': ops, 'sizes': sizes, 'pops': pops, 'order': list(d)})

# dict.fromkeys over a set (general table) or a dict (its kind), presized for the source's size.
for _ in range(150):
    pool = []
    keys = list(dict.fromkeys(rand_key(pool) for _ in range(rng.choice([0, 1, 2, 5, 6, 11, 30, 100]))))
    if rng.random() < 0.5:
        src = set(keys)
        d = dict.fromkeys(src)
        cases.append({'ops': [['fromkeys_set', keys]], 'sizes': [sys.getsizeof(d)], 'pops': [], 'order': list(d)})
    else:
        d = dict.fromkeys(dict.fromkeys(keys))
        cases.append({'ops': [['fromkeys_dict', keys]], 'sizes': [sys.getsizeof(d)], 'pops': [], 'order': list(d)})

print(json.dumps({'cases': cases}))
