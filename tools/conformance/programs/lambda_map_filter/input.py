sq = list(map(lambda x: x * x, range(5)))
ev = list(filter(lambda x: x % 2 == 0, sq))
print(sq, ev)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
from_pairs = dict(map(lambda p: (p, p * 2), "ab"))
print(from_pairs)
