"""int/float conversion and arithmetic cases, computed by CPython 3.12.

Each case is [op, args, result]: args and results are tagged values — ['i', decimal text],
['f', 64-bit pattern in hex], ['s', text], ['y', bytes hex], ['t', [items]], ['c'] for a complex
result, ['e', exception type, message] for an exception.
"""
import json, random, struct, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 13)

def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def tag(v):
    if isinstance(v, bool):
        return ['i', str(int(v))]
    if isinstance(v, int):
        # the tag is transport, not the conversion under test: lift the digit limit for it
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return ['i', str(v)]
        finally:
            sys.set_int_max_str_digits(old)
    if isinstance(v, float):
        return ['f', fbits(v)]
    if isinstance(v, str):
        return ['s', v]
    if isinstance(v, bytes):
        return ['y', v.hex()]
    if isinstance(v, tuple):
        return ['t', [tag(x) for x in v]]
    if isinstance(v, complex):
        return ['c']
    raise TypeError(type(v))

def run(fn, *args):
    try:
        return tag(fn(*args))
    except Exception as e:
        return ['e', type(e).__name__, str(e)]

def rand_float():
    k = rng.randrange(7)
    if k == 0:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k == 1:
        return rng.choice([1, -1]) * rng.random() * 10 ** rng.randrange(-20, 20)
    if k == 2:
        return float(rng.randrange(-1000, 1000))
    if k == 3:
        return rng.randrange(-10000, 10000) / rng.choice([2, 4, 8, 10, 100, 3])
    if k == 4:
        return rng.choice([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, float('inf'), float('-inf'), float('nan'), 5e-324, 1e308, 1e-308, 10.0, 3.0, -3.0])
    if k == 5:
        return rng.choice([1, -1]) * 2.0 ** rng.randrange(-1080, 1024)
    return rng.uniform(-50, 50)

def rand_int():
    k = rng.randrange(6)
    if k == 0:
        return rng.randrange(-20, 20)
    if k == 1:
        return rng.randrange(-2**40, 2**40)
    if k == 2:
        return rng.randrange(-2**53 - 10, 2**53 + 10)
    if k == 3:
        return rng.randrange(-2**300, 2**300)
    if k == 4:
        return rng.choice([0, 1, -1, 2, -2, 3, 7, 10, 2**63, -2**63, 2**64 - 1, 2**1024, -2**1024, 10**308, 2**53 + 1])
    return rng.randrange(-2**1100, 2**1100)

DIGITS = '0123456789abcdefABCDEFxXoObB_ +-\t\n\u0663\u0664\u0967\uff11\u00e9\u3000\u2003\x1c\x00.'
def rand_int_text():
    k = rng.randrange(4)
    if k == 0:
        return ''.join(rng.choice(DIGITS) for _ in range(rng.randrange(0, 8)))
    if k == 1:
        base = rng.choice([2, 8, 10, 16, 36])
        n = rng.randrange(-10**30, 10**30)
        s = format(abs(n), {2: 'b', 8: 'o', 10: 'd', 16: 'x', 36: 'd'}[base])
        if rng.random() < 0.3:
            s = '_'.join(s[i:i + 3] for i in range(0, len(s), 3))
        pre = rng.choice(['', '', '0x', '0o', '0b', '0X', ' ', '  '])
        return rng.choice(['', '-', '+']) + pre + s + rng.choice(['', ' ', '\n', '_', 'L'])
    if k == 2:
        return rng.choice(['0', '00', '000_0', '010', '0_7', '0x_1f', '0x__1f', '0b', '0b1', '0o17', '0O17', '0B101',
                           '1__0', '_1', '1_', ' 1_000 ', '\u0663\u0664', '\u0663x', '\u00e9', '', ' ', '+', '-0', 'z', 'Z',
                           '1' * 700, '1' * 4300, '1' * 4301, '9' * 5000, 'f' * 5000, '\u0967' * 10, '0x' + 'f' * 20])
    return ''.join(rng.choice('0123456789') for _ in range(rng.randrange(1, 60)))

def rand_float_text():
    k = rng.randrange(4)
    if k == 0:
        return ''.join(rng.choice('0123456789.eE+-_ infINFatyxX\u0663\u3000') for _ in range(rng.randrange(0, 9)))
    if k == 1:
        return rng.choice(['', '-', '+']) + rng.choice(['1', '12', '1.5', '.5', '5.', '1e5', '1E-5', '1.5e+300', '1e500', '1e-400',
                            '0.1', '123_456.7_8', '1_e5', '1e_5', '._5', '1__0', 'inf', 'Infinity', 'nan', 'NaN', 'iNF', 'infinit',
                            '0x10', '1e', 'e5', '.', '..', '1.5.', '\u0661.\u0665', '\u00a01\u00a0'])
    if k == 2:
        return repr(rand_float())
    return '%.*e' % (rng.randrange(0, 25), rand_float())

cases = []
for _ in range(1500):
    s = rand_int_text()
    base = rng.choice([10, 10, 0, 0, 2, 8, 16, 36, 7, 1, 37, -1])
    cases.append(['int_parse', [tag(s), tag(base)], run(int, s, base)])
for _ in range(800):
    s = rand_float_text()
    cases.append(['float_parse', [tag(s)], run(float, s)])
for _ in range(30):
    n = rng.choice([1, -1]) * rng.randrange(10**4299, 10**4301)
    cases.append(['int_str', [tag(n)], run(str, n)])
for _ in range(500):
    n = rand_int()
    cases.append(['int_str', [tag(n)], run(str, n)])
    cases.append(['bin', [tag(n)], run(bin, n)])
    cases.append(['hex', [tag(n)], run(hex, n)])
    cases.append(['oct', [tag(n)], run(oct, n)])
    cases.append(['bit_length', [tag(n)], run(lambda v: v.bit_length(), n)])
for _ in range(3000):
    x = rand_float()
    cases.append(['repr', [tag(x)], run(repr, x)])
for _ in range(600):
    x = rand_float()
    cases.append(['hex_float', [tag(x)], run(float.hex, x)])
    h = float.hex(x) if x == x and abs(x) != float('inf') else 'inf'
    t = rng.choice([h, h.upper(), h.replace('0x', ''), ' ' + h + ' ', '0x1.' + 'f' * rng.randrange(1, 30) + 'p' + str(rng.randrange(-1100, 1030)),
                    '0x' + ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randrange(1, 20))) + 'p' + str(rng.randrange(-1200, 1100)),
                    rng.choice(['zz', '0x', '0x.p1', '0x1p', '-inf', 'nan', '0x1.8', '1.8p1', '0X1P+1', '0x1p2000', '0x1p-2000', '0x.8p-1073', '0x1.00000000000008p0', '0x1.00000000000018p0'])])
    cases.append(['fromhex', [tag(t)], run(float.fromhex, t)])
ops = {
    'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
    'divmod': divmod, 'pow': lambda a, b: a ** b,
}
for _ in range(3000):
    op = rng.choice(list(ops))
    kind = rng.choice(['ii', 'ff', 'ff', 'if', 'fi'])
    a = rand_int() if kind[0] == 'i' else rand_float()
    b = rand_int() if kind[1] == 'i' else rand_float()
    if op == 'pow' and kind == 'ii':
        b = rng.randrange(-5, 40)
        a = rng.choice([a, rng.randrange(-20, 20)])
    if rng.random() < 0.08:
        b = rng.choice([0, 0.0, -0.0])
    cases.append([op, [tag(a), tag(b)], run(ops[op], a, b)])
for _ in range(500):
    a, b, m = rand_int(), rng.randrange(-10, 200), rng.choice([rand_int(), rng.randrange(-50, 50)])
    cases.append(['pow3', [tag(a), tag(b), tag(m)], run(pow, a, b, m)])
for _ in range(1500):
    x = rand_float()
    nd = rng.choice([None, 0, 1, 2, 3, 5, -1, -2, -5, 10, 17, 20, 300, 400, -300, -400, rng.randrange(-20, 20)])
    if nd is None:
        cases.append(['round', [tag(x)], run(round, x)])
    else:
        cases.append(['round', [tag(x), tag(nd)], run(round, x, nd)])
for _ in range(300):
    n = rand_int()
    nd = rng.randrange(-30, 5)
    cases.append(['round_int', [tag(n), tag(nd)], run(round, n, nd)])
for _ in range(600):
    n = rng.choice([rand_int(), rng.randrange(-70000, 70000), rng.randrange(-300, 300)])
    length = rng.randrange(0, 12)
    order = rng.choice(['big', 'little', 'little', 'big', 'middle'])
    signed = rng.random() < 0.5
    cases.append(['to_bytes', [tag(n), tag(length), tag(order), tag(int(signed))], run(lambda: n.to_bytes(length, order, signed=signed))])
    b = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 12)))
    cases.append(['from_bytes', [tag(b), tag(order), tag(int(signed))], run(lambda: int.from_bytes(b, order, signed=signed))])

for _ in range(400):
    x = rand_float()
    cases.append(['int_of_float', [tag(x)], run(int, x)])
for _ in range(600):
    n = rng.choice([rand_int(), 2**53 + rng.randrange(-3, 4), -(2**53) + rng.randrange(-3, 4), 2**1024, 10**308])
    x = rng.choice([rand_float(), float(n) if abs(n) < 2**1024 else 1e308, float(n + 1) if abs(n) < 2**1000 else -0.0])
    cases.append(['cmp_int_float', [tag(n), tag(x)], tag((n < x, n == x, n > x))])

print(json.dumps({'cases': cases}))
