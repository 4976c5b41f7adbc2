# random: MT19937 sequences for int/str/bytes/float seeds and every method, as python3.12 gives them
import random

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('random.randrange(0)', lambda: random.randrange(0)),
    ('random.randrange(1, 1)', lambda: random.randrange(1, 1)),
    ('random.randrange(1, 10, 0)', lambda: random.randrange(1, 10, 0)),
    ('random.randrange(1.5)', lambda: random.randrange(1.5)),
    ('random.randrange(10.0)', lambda: random.randrange(10.0)),
    ('random.randint(5, 1)', lambda: random.randint(5, 1)),
    ('random.choice([])', lambda: random.choice([])),
    ('random.sample({1,2}, 1)', lambda: random.sample({1,2}, 1)),
    ('random.sample([1,2], 3)', lambda: random.sample([1,2], 3)),
    ('random.choices([1,2], [1])', lambda: random.choices([1,2], [1])),
    ('random.choices([1,2], 2)', lambda: random.choices([1,2], 2)),
    ('random.seed([1])', lambda: random.seed([1])),
    ('random.Random(1).random()', lambda: random.Random(1).random()),
    ('random.getrandbits(-1)', lambda: random.getrandbits(-1)),
    ('random.getrandbits(0)', lambda: random.getrandbits(0)),
    ("random.uniform(1, 'a')", lambda: random.uniform(1, 'a')),
    ('random.choices([], k=1)', lambda: random.choices([], k=1)),
    ('random.sample(range(10), k=-1)', lambda: random.sample(range(10), k=-1)),
    ('random.shuffle((1,2))', lambda: random.shuffle((1,2))),
    ('random.randbytes(-1)', lambda: random.randbytes(-1)),
    ('random.expovariate(0)', lambda: random.expovariate(0)),
]
for label, thunk in cases:
    show(label, thunk)

for seed in [0, 1, 42, -7, 2**40, 2**100 + 3, 'hello', b'bytes', 3.14, '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5))
r = random.Random(12345)
print([r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200))
print([r.randrange(0, 100, 7) for _ in range(5)], [r.randrange(10, -10, -3) for _ in range(5)], r.randrange(10**30))
print([r.choice('abcdefg') for _ in range(8)], r.choices(range(10), k=6), r.choices('abc', weights=[5, 1, 1], k=6), r.choices('abc', cum_weights=[1, 2, 10], k=4))
lst = list(range(20)); r.shuffle(lst); print(lst)
print(r.sample(range(100), 10), r.sample(range(10**6), 8), r.sample('abcdefgh', 3), r.sample(['x', 'y'], 2, counts=[3, 1]))
print(r.uniform(1, 10), r.uniform(5, 5), r.triangular(), r.triangular(0, 10, 2), r.gauss(), r.gauss(5, 2), r.gauss())
print(r.normalvariate(), r.lognormvariate(0, 1), r.expovariate(), r.expovariate(3), r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2))
print(r.randbytes(10), len(r.randbytes(0)))
st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); b = [r.random() for _ in range(3)]; print(a == b, st[0], len(st[1]), st[2])
random.seed(7, version=1); print(random.random())
random.seed('abc', version=1); print(random.random())
r2 = random.Random('abc'); print(r2.random(), random.Random(b'abc').random())
class MyRandom(random.Random):
    pass
print(type(MyRandom(3)).__name__, MyRandom(3).random() == random.Random(3).random())
print(type(random.random).__name__, random.Random.__module__)

for seed in [1, 2, 3, 99]:
    r = random.Random(seed)
    print([r.binomialvariate(n, p) for n, p in [(1, 0.3), (10, 0.5), (20, 0.1), (100, 0.5), (1000, 0.3), (50, 0.9), (5, 0.0), (5, 1.0), (10**6, 0.4)]])
try:
    random.binomialvariate(-1)
except ValueError as e:
    print(e)
try:
    random.binomialvariate(5, 1.5)
except ValueError as e:
    print(e)
s = random.SystemRandom()
print(type(s).__name__, 0 <= s.random() < 1, 0 <= s.randrange(10) < 10, s.getrandbits(8) < 256, len(s.sample(range(100), 5)), isinstance(s, random.Random))
try:
    s.getstate()
except NotImplementedError as e:
    print(e)

import random
class Fixed(random.Random):
    def __init__(self): super().__init__(); self.vals = [0.1, 0.5, 0.9, 0.3, 0.7] * 40; self.i = 0
    def random(self):
        v = self.vals[self.i % len(self.vals)]; self.i += 1; return v
f = Fixed()
print(f.choice('abcdef'), f.randrange(100), f.uniform(0, 10), f.sample(range(20), 3), f.gauss(), f.expovariate(), f.choices('xyz', k=3), f.randint(1, 6))
lst = list(range(8)); f.shuffle(lst); print(lst)
class Bits(random.Random):
    def getrandbits(self, k):
        return (2**k - 1) // 3
b = Bits(1)
print(b.randrange(1000), b.choice(range(50)), b.random() < 1, b.sample(range(10), 2) if False else None)
class Both(random.Random):
    def random(self):
        return super().random() / 2
print(Both(7).random(), random.Random(7).random() / 2, Both(7).uniform(0, 1))
