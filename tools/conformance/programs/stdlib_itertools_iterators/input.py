# itertools: every iterator of 3.12 with values, edge cases, reprs and errors
import itertools as it

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('list(it.islice(it.count(), 5))', lambda: list(it.islice(it.count(), 5))),
    ('list(it.islice(it.count(10, 3), 4))', lambda: list(it.islice(it.count(10, 3), 4))),
    ('list(it.islice(it.count(1.5, 0.5), 4))', lambda: list(it.islice(it.count(1.5, 0.5), 4))),
    ('list(it.islice(it.count(2**60 - 2), 4))', lambda: list(it.islice(it.count(2**60 - 2), 4))),
    ('list(it.islice(it.count(9007199254740990), 4))', lambda: list(it.islice(it.count(9007199254740990), 4))),
    ('repr(it.count())', lambda: repr(it.count())),
    ('repr(it.count(5, 2))', lambda: repr(it.count(5, 2))),
    ('repr(it.count(1.5))', lambda: repr(it.count(1.5))),
    ('repr(it.count(0, 1.0))', lambda: repr(it.count(0, 1.0))),
    ('repr(it.count(2**70))', lambda: repr(it.count(2**70))),
    ("it.count('a')", lambda: it.count('a')),
    ("it.count(1, 'a')", lambda: it.count(1, 'a')),
    ('it.count(1, 2, 3)', lambda: it.count(1, 2, 3)),
    ('repr(it.count(start=1, step=2))', lambda: repr(it.count(start=1, step=2))),
    ("list(it.islice(it.cycle('abc'), 8))", lambda: list(it.islice(it.cycle('abc'), 8))),
    ('list(it.cycle([]))', lambda: list(it.cycle([]))),
    ('it.cycle()', lambda: it.cycle()),
    ('it.cycle(1)', lambda: it.cycle(1)),
    ("list(it.repeat('x', 3))", lambda: list(it.repeat('x', 3))),
    ("list(it.repeat('x', -1))", lambda: list(it.repeat('x', -1))),
    ('repr(it.repeat(3))', lambda: repr(it.repeat(3))),
    ('repr(it.repeat(3, 2))', lambda: repr(it.repeat(3, 2))),
    ('repr(it.repeat(3, -1))', lambda: repr(it.repeat(3, -1))),
    ('it.repeat()', lambda: it.repeat()),
    ("it.repeat(1, 'a')", lambda: it.repeat(1, 'a')),
    ('it.repeat(1, 2, 3)', lambda: it.repeat(1, 2, 3)),
    ('list(it.islice(it.repeat(None), 3))', lambda: list(it.islice(it.repeat(None), 3))),
    ('it.repeat(1, 2).__length_hint__()', lambda: it.repeat(1, 2).__length_hint__()),
    ('it.repeat(1).__length_hint__()', lambda: it.repeat(1).__length_hint__()),
    ('list(it.accumulate([1, 2, 3, 4]))', lambda: list(it.accumulate([1, 2, 3, 4]))),
    ('list(it.accumulate([1, 2, 3, 4], initial=100))', lambda: list(it.accumulate([1, 2, 3, 4], initial=100))),
    ('list(it.accumulate([3, 1, 4, 1, 5], max))', lambda: list(it.accumulate([3, 1, 4, 1, 5], max))),
    ('list(it.accumulate([]))', lambda: list(it.accumulate([]))),
    ('list(it.accumulate([], initial=7))', lambda: list(it.accumulate([], initial=7))),
    ("list(it.accumulate('abc'))", lambda: list(it.accumulate('abc'))),
    ('list(it.accumulate([1, 2, 3], func=lambda a, b: a * b))', lambda: list(it.accumulate([1, 2, 3], func=lambda a, b: a * b))),
    ('it.accumulate()', lambda: it.accumulate()),
    ('it.accumulate(1)', lambda: it.accumulate(1)),
    ('it.accumulate([1], foo=1)', lambda: it.accumulate([1], foo=1)),
    ("list(it.batched('abcdefg', 3))", lambda: list(it.batched('abcdefg', 3))),
    ('list(it.batched([], 2))', lambda: list(it.batched([], 2))),
    ('it.batched([1], 0)', lambda: it.batched([1], 0)),
    ('it.batched([1])', lambda: it.batched([1])),
    ("it.batched('a', 2.0)", lambda: it.batched('a', 2.0)),
    ('list(it.batched(range(4), n=2))', lambda: list(it.batched(range(4), n=2))),
    ("list(it.chain('ab', [1, 2], ()))", lambda: list(it.chain('ab', [1, 2], ()))),
    ('list(it.chain())', lambda: list(it.chain())),
    ("list(it.chain.from_iterable(['ab', 'cd']))", lambda: list(it.chain.from_iterable(['ab', 'cd']))),
    ('list(it.chain(1))', lambda: list(it.chain(1))),
    ('it.chain(foo=1)', lambda: it.chain(foo=1)),
    ('list(it.chain.from_iterable([1]))', lambda: list(it.chain.from_iterable([1]))),
    ("list(it.compress('abcdef', [1, 0, 1, 0, 1, 1]))", lambda: list(it.compress('abcdef', [1, 0, 1, 0, 1, 1]))),
    ("list(it.compress('abc', [1]))", lambda: list(it.compress('abc', [1]))),
    ('it.compress([1])', lambda: it.compress([1])),
    ('it.compress(1, [1])', lambda: it.compress(1, [1])),
    ('list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1]))', lambda: list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1]))),
    ('list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1]))', lambda: list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1]))),
    ("list(it.filterfalse(None, [0, 1, '', 'a']))", lambda: list(it.filterfalse(None, [0, 1, '', 'a']))),
    ('list(it.filterfalse(lambda x: x % 2, range(6)))', lambda: list(it.filterfalse(lambda x: x % 2, range(6)))),
    ('it.dropwhile(None)', lambda: it.dropwhile(None)),
    ('list(it.dropwhile(None, [1]))', lambda: list(it.dropwhile(None, [1]))),
    ('it.filterfalse()', lambda: it.filterfalse()),
    ('it.takewhile(1)', lambda: it.takewhile(1)),
    ("[(k, list(g)) for k, g in it.groupby('aaabbcdd')]", lambda: [(k, list(g)) for k, g in it.groupby('aaabbcdd')]),
    ('[(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)]', lambda: [(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)]),
    ("[k for k, g in it.groupby('aabbbc')]", lambda: [k for k, g in it.groupby('aabbbc')]),
    ('it.groupby()', lambda: it.groupby()),
    ('it.groupby(1)', lambda: it.groupby(1)),
    ('it.groupby([1], 1, 2)', lambda: it.groupby([1], 1, 2)),
    ("type(next(it.groupby('a'))[1]).__name__", lambda: type(next(it.groupby('a'))[1]).__name__),
    ("list(it.islice('abcdefg', 2))", lambda: list(it.islice('abcdefg', 2))),
    ("list(it.islice('abcdefg', 2, 4))", lambda: list(it.islice('abcdefg', 2, 4))),
    ("list(it.islice('abcdefg', 2, None))", lambda: list(it.islice('abcdefg', 2, None))),
    ("list(it.islice('abcdefg', 0, None, 2))", lambda: list(it.islice('abcdefg', 0, None, 2))),
    ("list(it.islice('abcdefg', None))", lambda: list(it.islice('abcdefg', None))),
    ("list(it.islice('abc', 5, 2))", lambda: list(it.islice('abc', 5, 2))),
    ('it.islice([1], -1)', lambda: it.islice([1], -1)),
    ("it.islice([1], 'a')", lambda: it.islice([1], 'a')),
    ('it.islice([1], 1, 2, 0)', lambda: it.islice([1], 1, 2, 0)),
    ('it.islice([1], 1, 2, 3, 4)', lambda: it.islice([1], 1, 2, 3, 4)),
    ('it.islice([1])', lambda: it.islice([1])),
    ('it.islice([1], 2**70)', lambda: it.islice([1], 2**70)),
    ('it.islice([1], None, None, -1)', lambda: it.islice([1], None, None, -1)),
    ('it.islice([1], -1, 2)', lambda: it.islice([1], -1, 2)),
    ("list(it.pairwise('abcd'))", lambda: list(it.pairwise('abcd'))),
    ("list(it.pairwise('a'))", lambda: list(it.pairwise('a'))),
    ('it.pairwise()', lambda: it.pairwise()),
    ('it.pairwise(1)', lambda: it.pairwise(1)),
    ('list(it.starmap(pow, [(2, 3), (3, 2)]))', lambda: list(it.starmap(pow, [(2, 3), (3, 2)]))),
    ('list(it.starmap(pow, [1]))', lambda: list(it.starmap(pow, [1]))),
    ('it.starmap(1)', lambda: it.starmap(1)),
    ("list(it.starmap(lambda *a: a, ['ab', 'c']))", lambda: list(it.starmap(lambda *a: a, ['ab', 'c']))),
    ("list(it.zip_longest('abc', 'd', fillvalue='-'))", lambda: list(it.zip_longest('abc', 'd', fillvalue='-'))),
    ('list(it.zip_longest())', lambda: list(it.zip_longest())),
    ("list(it.zip_longest('ab', [1, 2, 3]))", lambda: list(it.zip_longest('ab', [1, 2, 3]))),
    ('it.zip_longest(1)', lambda: it.zip_longest(1)),
    ('it.zip_longest([1], foo=1)', lambda: it.zip_longest([1], foo=1)),
    ("list(it.product('ab', 'cd'))", lambda: list(it.product('ab', 'cd'))),
    ("list(it.product('ab', repeat=2))", lambda: list(it.product('ab', repeat=2))),
    ('list(it.product())', lambda: list(it.product())),
    ("list(it.product('ab', []))", lambda: list(it.product('ab', []))),
    ('list(it.product(range(2), repeat=0))', lambda: list(it.product(range(2), repeat=0))),
    ('it.product(1)', lambda: it.product(1)),
    ('it.product([1], repeat=-1)', lambda: it.product([1], repeat=-1)),
    ("list(it.permutations('abc'))", lambda: list(it.permutations('abc'))),
    ("list(it.permutations('abcd', 2))", lambda: list(it.permutations('abcd', 2))),
    ("list(it.permutations('ab', 3))", lambda: list(it.permutations('ab', 3))),
    ('list(it.permutations([], 0))', lambda: list(it.permutations([], 0))),
    ("list(it.permutations('ab', 0))", lambda: list(it.permutations('ab', 0))),
    ('it.permutations(1)', lambda: it.permutations(1)),
    ('it.permutations([1], -1)', lambda: it.permutations([1], -1)),
    ("list(it.combinations('abcd', 2))", lambda: list(it.combinations('abcd', 2))),
    ("list(it.combinations('abc', 0))", lambda: list(it.combinations('abc', 0))),
    ("list(it.combinations('abc', 4))", lambda: list(it.combinations('abc', 4))),
    ('list(it.combinations(range(4), 3))', lambda: list(it.combinations(range(4), 3))),
    ('it.combinations([1])', lambda: it.combinations([1])),
    ('it.combinations([1], -1)', lambda: it.combinations([1], -1)),
    ("list(it.combinations_with_replacement('abc', 2))", lambda: list(it.combinations_with_replacement('abc', 2))),
    ("list(it.combinations_with_replacement('', 2))", lambda: list(it.combinations_with_replacement('', 2))),
    ("list(it.combinations_with_replacement('', 0))", lambda: list(it.combinations_with_replacement('', 0))),
    ('it.combinations_with_replacement([1], -1)', lambda: it.combinations_with_replacement([1], -1)),
    ('len(list(it.permutations(range(6))))', lambda: len(list(it.permutations(range(6))))),
    ('len(list(it.combinations(range(20), 5)))', lambda: len(list(it.combinations(range(20), 5)))),
    ('sum(1 for _ in it.product(range(10), repeat=4))', lambda: sum(1 for _ in it.product(range(10), repeat=4))),
    ("[list(t) for t in it.tee('abc')]", lambda: [list(t) for t in it.tee('abc')]),
    ('it.tee([1], 0)', lambda: it.tee([1], 0)),
    ('it.tee(1)', lambda: it.tee(1)),
    ('it.tee([1], -1)', lambda: it.tee([1], -1)),
    ("len(it.tee('ab', 5))", lambda: len(it.tee('ab', 5))),
    ("type(it.tee('a')[0]).__name__", lambda: type(it.tee('a')[0]).__name__),
]
for label, f in cases:
    show(label, f)

# groupby: an old group is invalidated when the groupby advances
g = it.groupby('aabbcc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
# tee: branches advance independently over a shared buffer (more than one chunk)
a, b = it.tee(range(200))
print(sum(a), next(b), sum(b))
c, d = it.tee(iter([1, 2, 3]))
e = c.__copy__()
print(next(c), list(d), list(e), list(c))
# chain objects and count arithmetic with floats
x = it.chain('ab', 'c')
print(next(x), list(x), list(x))
c = it.count(0.1, 0.1)
print([next(c) for _ in range(5)], repr(c))
# subclassing an itertools type
class MyCount(it.count):
    pass
m = MyCount(3)
print(type(m).__name__, next(m), next(m))
print(it.count.__name__, it.chain.from_iterable.__name__, it.count.__module__)
