# math: integer functions, exact sums (fsum, hypot, dist, sumprod, prod) and the rounding functions
import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Fl:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'

class FSub(float):
    def __floor__(self):
        return 42

cases = [
    ('math.factorial(0)', lambda: math.factorial(0)),
    ('math.factorial(20)', lambda: math.factorial(20)),
    ('math.factorial(30)', lambda: math.factorial(30)),
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(1.0)', lambda: math.factorial(1.0)),
    ('math.factorial(10**20)', lambda: math.factorial(10**20)),
    ('math.factorial(True)', lambda: math.factorial(True)),
    ('math.isqrt(0)', lambda: math.isqrt(0)),
    ('math.isqrt(99)', lambda: math.isqrt(99)),
    ('math.isqrt(2**64)', lambda: math.isqrt(2**64)),
    ('math.isqrt(10**50 + 12345)', lambda: math.isqrt(10**50 + 12345)),
    ('math.isqrt(-1)', lambda: math.isqrt(-1)),
    ('math.isqrt(2.0)', lambda: math.isqrt(2.0)),
    ('math.gcd()', lambda: math.gcd()),
    ('math.gcd(0)', lambda: math.gcd(0)),
    ('math.gcd(-12)', lambda: math.gcd(-12)),
    ('math.gcd(12, 18)', lambda: math.gcd(12, 18)),
    ('math.gcd(12, -18, 27)', lambda: math.gcd(12, -18, 27)),
    ('math.gcd(2**80, 6**40)', lambda: math.gcd(2**80, 6**40)),
    ('math.gcd(1.5)', lambda: math.gcd(1.5)),
    ('math.gcd(0, 0)', lambda: math.gcd(0, 0)),
    ('math.lcm()', lambda: math.lcm()),
    ('math.lcm(4, 6)', lambda: math.lcm(4, 6)),
    ('math.lcm(-4, 6, 10)', lambda: math.lcm(-4, 6, 10)),
    ('math.lcm(0, 5)', lambda: math.lcm(0, 5)),
    ('math.lcm(2**70, 3)', lambda: math.lcm(2**70, 3)),
    ('math.lcm(1.0)', lambda: math.lcm(1.0)),
    ('math.comb(10, 3)', lambda: math.comb(10, 3)),
    ('math.comb(100, 50)', lambda: math.comb(100, 50)),
    ('math.comb(5, 6)', lambda: math.comb(5, 6)),
    ('math.comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('math.comb(1, -2)', lambda: math.comb(1, -2)),
    ('math.comb(10**20, 10**19)', lambda: math.comb(10**20, 10**19)),
    ('math.comb(1)', lambda: math.comb(1)),
    ('math.perm(5)', lambda: math.perm(5)),
    ('math.perm(5, 2)', lambda: math.perm(5, 2)),
    ('math.perm(5, 0)', lambda: math.perm(5, 0)),
    ('math.perm(5, 7)', lambda: math.perm(5, 7)),
    ('math.perm(5, -1)', lambda: math.perm(5, -1)),
    ('math.perm(1, 2, 3)', lambda: math.perm(1, 2, 3)),
    ('math.perm(5, None)', lambda: math.perm(5, None)),
    ('math.floor(2.5)', lambda: math.floor(2.5)),
    ('math.floor(-2.5)', lambda: math.floor(-2.5)),
    ('math.floor(7)', lambda: math.floor(7)),
    ('math.floor(True)', lambda: math.floor(True)),
    ('math.floor(1e300)', lambda: math.floor(1e300)),
    ("math.floor(float('inf'))", lambda: math.floor(float('inf'))),
    ("math.floor('a')", lambda: math.floor('a')),
    ('math.ceil(2.1)', lambda: math.ceil(2.1)),
    ('math.ceil(-2.1)', lambda: math.ceil(-2.1)),
    ("math.ceil(float('nan'))", lambda: math.ceil(float('nan'))),
    ('math.ceil(None)', lambda: math.ceil(None)),
    ('math.trunc(-3.9)', lambda: math.trunc(-3.9)),
    ('math.trunc(2**70)', lambda: math.trunc(2**70)),
    ("math.trunc('a')", lambda: math.trunc('a')),
    ('math.fsum([0.1] * 10)', lambda: math.fsum([0.1] * 10)),
    ('math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ("math.fsum([float('inf'), 1])", lambda: math.fsum([float('inf'), 1])),
    ("math.fsum([float('inf'), float('-inf')])", lambda: math.fsum([float('inf'), float('-inf')])),
    ("math.fsum([float('nan'), 1])", lambda: math.fsum([float('nan'), 1])),
    ('math.fsum([])', lambda: math.fsum([])),
    ('math.fsum(range(10))', lambda: math.fsum(range(10))),
    ("math.fsum(['a'])", lambda: math.fsum(['a'])),
    ('math.fsum(1)', lambda: math.fsum(1)),
    ('math.fsum([1e-16, 1, 1e16])', lambda: math.fsum([1e-16, 1, 1e16])),
    ('math.fsum([2**53, 1, 1e-300])', lambda: math.fsum([2**53, 1, 1e-300])),
    ('math.hypot()', lambda: math.hypot()),
    ('math.hypot(3, 4)', lambda: math.hypot(3, 4)),
    ('math.hypot(-5)', lambda: math.hypot(-5)),
    ('math.hypot(1, 1)', lambda: math.hypot(1, 1)),
    ('math.hypot(1e308, 1e308)', lambda: math.hypot(1e308, 1e308)),
    ('math.hypot(1e-320, 1e-320)', lambda: math.hypot(1e-320, 1e-320)),
    ('math.hypot(1, 2, 3, 4, 5)', lambda: math.hypot(1, 2, 3, 4, 5)),
    ("math.hypot(float('inf'), float('nan'))", lambda: math.hypot(float('inf'), float('nan'))),
    ("math.hypot(float('nan'), 1)", lambda: math.hypot(float('nan'), 1)),
    ("math.hypot('a')", lambda: math.hypot('a')),
    ('math.hypot(0.1, 0.2, 0.3)', lambda: math.hypot(0.1, 0.2, 0.3)),
    ('math.dist((0, 0), (3, 4))', lambda: math.dist((0, 0), (3, 4))),
    ('math.dist([1, 2, 3], [4, 5, 6])', lambda: math.dist([1, 2, 3], [4, 5, 6])),
    ('math.dist([1], [1, 2])', lambda: math.dist([1], [1, 2])),
    ('math.dist(1, 2)', lambda: math.dist(1, 2)),
    ('math.dist((1e308,), (-1e308,))', lambda: math.dist((1e308,), (-1e308,))),
    ("math.dist([1], 'a')", lambda: math.dist([1], 'a')),
    ('math.sumprod([1, 2, 3], [4, 5, 6])', lambda: math.sumprod([1, 2, 3], [4, 5, 6])),
    ('math.sumprod([0.1, 0.2], [0.3, 0.4])', lambda: math.sumprod([0.1, 0.2], [0.3, 0.4])),
    ('math.sumprod([1, 2.5], [3, 4])', lambda: math.sumprod([1, 2.5], [3, 4])),
    ('math.sumprod([1], [1, 2])', lambda: math.sumprod([1], [1, 2])),
    ('math.sumprod([2**70], [3])', lambda: math.sumprod([2**70], [3])),
    ('math.sumprod([], [])', lambda: math.sumprod([], [])),
    ("math.sumprod(['a', 'b'], [2, 3])", lambda: math.sumprod(['a', 'b'], [2, 3])),
    ('math.sumprod(1, 2)', lambda: math.sumprod(1, 2)),
    ('math.sumprod([1e308, 1e308], [10, -10])', lambda: math.sumprod([1e308, 1e308], [10, -10])),
    ('math.prod([1, 2, 3, 4])', lambda: math.prod([1, 2, 3, 4])),
    ('math.prod([])', lambda: math.prod([])),
    ('math.prod([2.5, 4])', lambda: math.prod([2.5, 4])),
    ("math.prod(['ab'], start=3)", lambda: math.prod(['ab'], start=3)),
    ('math.prod(range(1, 25))', lambda: math.prod(range(1, 25))),
    ('math.prod()', lambda: math.prod()),
    ('math.prod([1], 2)', lambda: math.prod([1], 2)),
    ('math.prod([1], start=2, x=1)', lambda: math.prod([1], start=2, x=1)),
    ('math.prod(1)', lambda: math.prod(1)),
]
for label, f in cases:
    show(label, f)
show("math.floor(Fl())", lambda: math.floor(Fl()))
show("math.ceil(Fl())", lambda: math.ceil(Fl()))
show("math.trunc(Fl())", lambda: math.trunc(Fl()))
show("math.floor(FSub(2.5))", lambda: math.floor(FSub(2.5)))
show("math.ceil(FSub(2.5))", lambda: math.ceil(FSub(2.5)))
print(type(math.floor(2.0)), type(math.factorial(5)), math.factorial(100) % 10**9)
