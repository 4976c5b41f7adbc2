"""format(x, spec) cases for floats and ints, computed by CPython 3.12.

Random values (floats as bit patterns in hex, ints as decimal text) crossed with random format
specs built from the mini-language's parts — including invalid combinations and garbage — and
the result, or the exception's type and message.
"""
import json, random, struct, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

def rand_float():
    k = rng.randrange(9)
    if k == 0:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k == 1:
        return rng.choice([1, -1]) * rng.random() * 10 ** rng.randrange(-25, 25)
    if k == 2:
        return float(rng.randrange(-10**6, 10**6))
    if k == 3:
        return rng.randrange(-100000, 100000) / rng.choice([2, 4, 8, 16, 1024, 10, 100, 1000])
    if k == 4:
        return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e16, 1e15, 9.5, 99.5, 999.5,
                           float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308,
                           0.1, 0.2, 0.3, 1/3, 2/3, 123456789.125, 1e-5, 1e-4, 9.999999e-5, 0.00015])
    if k == 5:
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    if k == 6:
        return rng.randrange(1, 2**rng.randrange(1, 60)) / 2 ** rng.randrange(0, 60)
    if k == 7:
        return float(rng.randrange(-2**70, 2**70))
    return rng.choice([1, -1]) * 10.0 ** rng.randrange(-310, 309)

def rand_int():
    k = rng.randrange(5)
    if k == 0:
        return rng.randrange(-20, 300)
    if k == 1:
        return rng.randrange(-2**40, 2**40)
    if k == 2:
        return rng.randrange(-2**200, 2**200)
    if k == 3:
        return rng.choice([0, 1, -1, 0x10ffff, 0x110000, 65, 2**63, -2**63, 2**64])
    return rng.randrange(-10**6, 10**6)

FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c', 's', 'r', 'a']
INT_TYPES = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'G', 's', 'r', 'F']

def rand_spec(types):
    if rng.random() < 0.04:
        return ''.join(rng.choice('0123456789.,_#+- <>=^zxefgn%') for _ in range(rng.randrange(1, 6)))
    s = ''
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            s += rng.choice(['*', '0', ' ', 'x', '\u00e9', '\U0001F600', '{', '=', '<', '_', ','])
        s += rng.choice('<>=^')
    if rng.random() < 0.4:
        s += rng.choice('+- ')
    if rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.15:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.choice([0, 1, 5, 8, 10, 12, 15, 20, 30, rng.randrange(0, 40)]))
    if rng.random() < 0.25:
        s += rng.choice([',', '_', ',', '_', ',_', '_,'])
    if rng.random() < 0.5:
        s += '.' + (str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 30, rng.randrange(0, 60)])) if rng.random() < 0.95 else '')
    s += rng.choice(types)
    return s

def run(v, spec):
    try:
        return {'out': format(v, spec)}
    except Exception as e:
        return {'error': [type(e).__name__, str(e)]}

def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

cases = []
for _ in range(6000):
    x = rand_float()
    spec = rand_spec(FLOAT_TYPES)
    cases.append(dict(kind='float', x=fbits(x), spec=spec, **run(x, spec)))
for _ in range(4000):
    n = rand_int()
    spec = rand_spec(INT_TYPES)
    cases.append(dict(kind='int', x=str(n), spec=spec, **run(n, spec)))
for p in range(0, 40):
    for x in [0.5, 1.5, 2.5, 0.125, 0.375, 5e-324, 1e22, 1e23, 2**-20, 1/3, 0.1, 1e-300, 123.456]:
        for t in 'efg':
            spec = '.%d%s' % (p, t)
            cases.append(dict(kind='float', x=fbits(x), spec=spec, **run(x, spec)))
# Targeted extremes: long precisions (past the engine's 100-digit fast paths), subnormals, big
# grouped ints, astral fills.
for x in [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1/3, 2.5, 1e22, 123.456, -0.0, 9.999999999999999e22]:
    for spec in ['.100f', '.101f', '.120e', '.330f', '.400g', '#.400g', '.767e', '.1074f', ',.200f', '0=1000.3f', '\U0001F600^40,.12e']:
        cases.append(dict(kind='float', x=fbits(x), spec=spec, **run(x, spec)))
for n in [10**50, -10**99 - 7, 2**200, 0, -1, 2**64 - 1]:
    for spec in [',', '_', '_b', '_x', '#_o', '0=80,', 'n', '+,d', ' ^70_', '\U0001F600<90,', 'e', '.30e', '.3%', ',.2f']:
        cases.append(dict(kind='int', x=str(n), spec=spec, **run(n, spec)))

print(json.dumps({'cases': cases}))
