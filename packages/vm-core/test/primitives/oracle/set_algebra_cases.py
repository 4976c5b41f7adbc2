"""Set algebra cases for pyglass vm-core primitives, computed by CPython 3.12.

Pairs of sets, each built by random add/discard operations over int and str keys (so their
tables hold dummies), combined with | & - ^ and |= &= -= ^= (also with the same set on both
sides); the oracle records the result's iteration order and sys.getsizeof, and the subset and
disjointness answers. Run under PYTHONHASHSEED=0.
"""
import json, random, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 17)

def rand_key():
    k = rng.randrange(4)
    if k == 0:
        return rng.randrange(-5, 60)
    if k == 1:
        return rng.randrange(0, 64) * rng.choice([8, 32, 1024])
    if k == 2:
        return rng.randrange(-2**50, 2**50)
    return ''.join(chr(rng.randrange(97, 103)) for _ in range(rng.randrange(0, 4)))

def build():
    ops = []
    s = set()
    for _ in range(rng.choice([0, 2, 5, 10, 30, 80, 200])):
        k = rand_key()
        if rng.random() < 0.75:
            ops.append(['add', k]); s.add(k)
        else:
            ops.append(['discard', k]); s.discard(k)
    return ops, s

OPS = {
    '|': lambda a, b: a | b, '&': lambda a, b: a & b, '-': lambda a, b: a - b, '^': lambda a, b: a ^ b,
}
def inplace(op, a, b):
    if op == '|=': a |= b
    elif op == '&=': a &= b
    elif op == '-=': a -= b
    else: a ^= b
    return a

cases = []
for _ in range(600):
    ops_a, a = build()
    same = rng.random() < 0.08
    ops_b, b = (ops_a, a) if same else build()
    op = rng.choice(['|', '&', '-', '^', '|=', '&=', '-=', '^='])
    subset, disjoint = a <= b, a.isdisjoint(b)
    if op in OPS:
        r = OPS[op](a, b)
    else:
        r = inplace(op, a, b)
    cases.append({'a': ops_a, 'b': None if same else ops_b, 'op': op, 'order': list(r), 'sizeof': sys.getsizeof(r),
                  'subset': subset, 'disjoint': disjoint})

print(json.dumps({'cases': cases}))
