"""Hash fixture cases for pyglass vm-core primitives, computed by CPython 3.12.

Prints JSON: the PYTHONHASHSEED in effect and a list of cases {kind, input, hash}. Inputs are
generated from a fixed random seed so regeneration is reproducible; floats travel as their
64-bit pattern in hex, ints as decimal text.
"""
import json, os, random, struct, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)

def rand_str():
    n = rng.choice([0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 64, rng.randrange(0, 200)])
    kind = rng.randrange(4)
    if kind == 0:
        alphabet = lambda: rng.randrange(32, 127)
    elif kind == 1:
        alphabet = lambda: rng.randrange(0, 256)
    elif kind == 2:
        alphabet = lambda: rng.choice([rng.randrange(0, 256), rng.randrange(256, 0x10000)])
    else:
        alphabet = lambda: rng.choice([rng.randrange(0, 128), rng.randrange(0x10000, 0x110000), rng.randrange(0x100, 0xD800)])
    return ''.join(chr(alphabet()) for _ in range(n))

def rand_int():
    k = rng.randrange(6)
    if k == 0:
        return rng.randrange(-300, 300)
    if k == 1:
        return rng.randrange(-2**31, 2**31)
    if k == 2:
        return rng.randrange(-2**53, 2**53)
    if k == 3:
        return rng.choice([1, -1]) * (2**61 - 1) * rng.randrange(0, 5) + rng.randrange(-3, 3)
    return rng.randrange(-2**rng.randrange(54, 400), 2**rng.randrange(54, 400))

def rand_float():
    k = rng.randrange(5)
    if k == 0:
        bits = rng.getrandbits(64)
        return struct.unpack('<d', struct.pack('<Q', bits))[0]
    if k == 1:
        return rng.choice([1, -1]) * rng.random() * 10 ** rng.randrange(-30, 30)
    if k == 2:
        return float(rng.randrange(-2**60, 2**60))
    if k == 3:
        return rng.randrange(-1000, 1000) / rng.choice([2, 4, 8, 1024, 3, 10])
    return rng.choice([0.0, -0.0, 1.0, -1.0, float('inf'), float('-inf'), 5e-324, 1.7976931348623157e308, 2.0**-1022])

def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

cases = []
for _ in range(400):
    s = rand_str()
    cases.append({'kind': 'str', 'input': s, 'hash': str(hash(s))})
for _ in range(150):
    b = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 40)))
    cases.append({'kind': 'bytes', 'input': b.hex(), 'hash': str(hash(b))})
for _ in range(400):
    n = rand_int()
    cases.append({'kind': 'int', 'input': str(n), 'hash': str(hash(n))})
for _ in range(400):
    x = rand_float()
    if x != x:
        continue
    cases.append({'kind': 'float', 'input': fbits(x), 'hash': str(hash(x))})
for _ in range(100):
    c = complex(rand_float(), rand_float())
    if c != c:
        continue
    cases.append({'kind': 'complex', 'input': [fbits(c.real), fbits(c.imag)], 'hash': str(hash(c))})
for _ in range(150):
    items = [rand_int() for _ in range(rng.randrange(0, 8))]
    cases.append({'kind': 'tuple', 'input': [str(i) for i in items], 'hash': str(hash(tuple(items)))})
    cases.append({'kind': 'frozenset', 'input': [str(i) for i in set(items)], 'hash': str(hash(frozenset(items)))})
for _ in range(60):
    items = [rand_str() for _ in range(rng.randrange(0, 6))]
    cases.append({'kind': 'tuple_str', 'input': items, 'hash': str(hash(tuple(items)))})
    cases.append({'kind': 'frozenset_str', 'input': sorted(set(items)), 'hash': str(hash(frozenset(items)))})
for s in ['\ud800', 'a\udfff', 'x\udbff!', '\U0010ffff', '\x00' * 9]:
    cases.append({'kind': 'str', 'input': s, 'hash': str(hash(s))})
for b in (True, False):
    cases.append({'kind': 'bool', 'input': b, 'hash': str(hash(b))})
cases.append({'kind': 'none', 'input': None, 'hash': str(hash(None))})

print(json.dumps({'seed': os.environ.get('PYTHONHASHSEED'), 'cases': cases}))
