"""printf-style `format % args` cases, computed by CPython 3.12.

Random templates of literal text and %-conversions (flags, widths, precisions, '*', length
modifiers, mapping keys, invalid conversions, truncated specs) over int, bool, float and str
arguments, given as a tuple, a single value or a dict. Arguments travel tagged: ['i', text],
['b', bool], ['f', bits], ['s', text, repr, ascii].
"""
import json, random, struct, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 9)

def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def rand_value():
    k = rng.randrange(10)
    if k < 3:
        return rng.choice([0, 1, -1, 7, 255, -255, 65, 0x10ffff, 0x110000, 2**64, -2**70, rng.randrange(-10**9, 10**9)])
    if k < 6:
        return rng.choice([0.0, -0.0, 1.5, -2.5, 0.1, 1e100, 1e-7, 123456.789, float('inf'), float('-inf'), float('nan'),
                           rng.uniform(-1e6, 1e6), 65.0, 2.5, 0.5])
    if k < 8:
        return rng.choice(['', 'a', 'abc', 'h\u00e9llo', '\U0001F600x', 'x' * 12, "it's", '"q"', '\n'])
    return rng.choice([True, False])

def tag(v):
    if isinstance(v, bool):
        return ['b', v]
    if isinstance(v, int):
        return ['i', str(v)]
    if isinstance(v, float):
        return ['f', fbits(v)]
    return ['s', v, repr(v), ascii(v)]

def rand_conv():
    s = '%'
    if rng.random() < 0.5:
        s += ''.join(rng.choice('-+ #0') for _ in range(rng.randrange(0, 3)))
    r = rng.random()
    if r < 0.35:
        s += str(rng.randrange(0, 15))
    elif r < 0.42:
        s += '*'
    if rng.random() < 0.35:
        s += '.' + rng.choice(['', '0', '1', '2', '3', '6', '10', '*'])
    if rng.random() < 0.05:
        s += rng.choice('hlL')
    s += rng.choice('diuoxXeEfFgGcsra' * 6 + '%zk')
    return s

cases = []
for _ in range(4000):
    parts = []
    for _ in range(rng.randrange(0, 4)):
        if rng.random() < 0.5:
            parts.append(rng.choice(['', 'x', ' = ', '%%', '[', 'é']))
        parts.append(rand_conv())
    if rng.random() < 0.03:
        parts.append(rng.choice(['%', '%5', '%.', '%-']))
    fmt = ''.join(parts)
    mode = rng.random()
    if mode < 0.12:
        keys = ['a', 'b', 'x(y)']
        fmt = ''.join(p.replace('%', '%%(%s)' % rng.choice(keys), 1) if p.startswith('%') and not p.startswith('%%') and rng.random() < 0.8 else p for p in parts)
        d = {k: rand_value() for k in keys if rng.random() < 0.9}
        try:
            out = {'out': fmt % d}
        except Exception as e:
            out = {'error': [type(e).__name__, str(e)]}
        cases.append(dict(fmt=fmt, dict={k: tag(v) for k, v in d.items()}, **out))
        continue
    nargs = fmt.count('%') - 2 * fmt.count('%%') + fmt.count('*') + rng.choice([0, 0, 0, -1, 1])
    args = [rand_value() if rng.random() > 0.1 else rng.randrange(-5, 20) for _ in range(max(0, nargs))]
    if '*' in fmt:
        # keep '*' widths and precisions small: the oracle would build gigabyte strings
        args = [a if not (isinstance(a, int) and not isinstance(a, bool) and abs(a) > 200) else rng.randrange(-5, 20) for a in args]
    if mode < 0.3 and len(args) == 1:
        operand = args[0]
        desc = {'single': tag(operand)}
    else:
        operand = tuple(args)
        desc = {'tuple': [tag(a) for a in args]}
    try:
        out = {'out': fmt % operand}
    except Exception as e:
        out = {'error': [type(e).__name__, str(e)]}
    cases.append(dict(fmt=fmt, **desc, **out))

# Targeted: long precisions, big ints with precision zeros, every flag combination on one value.
for t in ['%.100f', '%.120e', '%.300g', '%#.0f', '%#.0e', '%+.0e', '%.500f']:
    for x in [5e-324, 0.1, 2.5, 1e22, -1.5]:
        cases.append(dict(fmt=t, single=tag(x), out=t % x))
for flags in ['', '-', '+', ' ', '#', '0', '-+', '+0', ' 0', '#0', '-#', '+#0', '- ']:
    for conv in 'dxXoeEfFgG':
        for v in [-42, 255, -2.5]:
            t = '%' + flags + '12.4' + conv
            try:
                out = {'out': t % v}
            except Exception as e:
                out = {'error': [type(e).__name__, str(e)]}
            cases.append(dict(fmt=t, single=tag(v), **out))

print(json.dumps({'cases': cases}))
