# collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap — values, reprs and errors
from collections import *
import collections

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('deque().pop()', lambda: deque().pop()),
    ('deque().popleft()', lambda: deque().popleft()),
    ('deque([1])[5]', lambda: deque([1])[5]),
    ('deque([1]).remove(2)', lambda: deque([1]).remove(2)),
    ('deque([1]).index(2)', lambda: deque([1]).index(2)),
    ('deque([1],maxlen=1).insert(0,2)', lambda: deque([1],maxlen=1).insert(0,2)),
    ('deque(maxlen=-1)', lambda: deque(maxlen=-1)),
    ("deque(maxlen='a')", lambda: deque(maxlen='a')),
    ('deque([1,2])[0:1]', lambda: deque([1,2])[0:1]),
    ('repr(deque([1,2],maxlen=3))', lambda: repr(deque([1,2],maxlen=3))),
    ('repr(deque())', lambda: repr(deque())),
    ('deque([1]) + [2]', lambda: deque([1]) + [2]),
    ('deque([1]) < deque([2])', lambda: deque([1]) < deque([2])),
    ('deque(1)', lambda: deque(1)),
    ('deque([1],2,3)', lambda: deque([1],2,3)),
    ("deque([1]).rotate('a')", lambda: deque([1]).rotate('a')),
    ('repr(OrderedDict(a=1,b=2))', lambda: repr(OrderedDict(a=1,b=2))),
    ('repr(OrderedDict())', lambda: repr(OrderedDict())),
    ('OrderedDict().popitem()', lambda: OrderedDict().popitem()),
    ("OrderedDict(a=1).move_to_end('b')", lambda: OrderedDict(a=1).move_to_end('b')),
    ('repr(defaultdict(list, a=[1]))', lambda: repr(defaultdict(list, a=[1]))),
    ('repr(defaultdict())', lambda: repr(defaultdict())),
    ('defaultdict(1)', lambda: defaultdict(1)),
    ("repr(Counter('abca'))", lambda: repr(Counter('abca'))),
    ('repr(Counter())', lambda: repr(Counter())),
    ("Counter.fromkeys('ab')", lambda: Counter.fromkeys('ab')),
    ("Counter('ab') + 1", lambda: Counter('ab') + 1),
    ('repr(Counter(a=1) - Counter(a=3))', lambda: repr(Counter(a=1) - Counter(a=3))),
    ('Counter(1)', lambda: Counter(1)),
    ("namedtuple('P', 'x y')(1)", lambda: namedtuple('P', 'x y')(1)),
    ("namedtuple('P', 'x y')(1,2,3)", lambda: namedtuple('P', 'x y')(1,2,3)),
    ("namedtuple('P', 'x y')(1,2,z=3)", lambda: namedtuple('P', 'x y')(1,2,z=3)),
    ("namedtuple('P', 'x y')(1,x=3)", lambda: namedtuple('P', 'x y')(1,x=3)),
    ("namedtuple('P', 'x y', defaults=[1])(1,2,3,4)", lambda: namedtuple('P', 'x y', defaults=[1])(1,2,3,4)),
    ("namedtuple('P', 'x y')()", lambda: namedtuple('P', 'x y')()),
    ("namedtuple('P', 'x y')._make([1])", lambda: namedtuple('P', 'x y')._make([1])),
    ("namedtuple('P', 'x y')(1,2)._replace(z=1)", lambda: namedtuple('P', 'x y')(1,2)._replace(z=1)),
    ("namedtuple('P', 'x _y')", lambda: namedtuple('P', 'x _y')),
    ("namedtuple('P', 'x x')", lambda: namedtuple('P', 'x x')),
    ("namedtuple('P', 'x def')", lambda: namedtuple('P', 'x def')),
    ("namedtuple('P', 'x 1y')", lambda: namedtuple('P', 'x 1y')),
    ("namedtuple('P', ['x', 1])", lambda: namedtuple('P', ['x', 1])),
    ("namedtuple('P', 'x', defaults=[1,2])", lambda: namedtuple('P', 'x', defaults=[1,2])),
    ("namedtuple('P', 'x def _y x', rename=True)._fields", lambda: namedtuple('P', 'x def _y x', rename=True)._fields),
    ("namedtuple('1P', 'x')", lambda: namedtuple('1P', 'x')),
    ("repr(namedtuple('P', 'x y')(1, 2))", lambda: repr(namedtuple('P', 'x y')(1, 2))),
    ("namedtuple('P', 'x y')(1, 2).x", lambda: namedtuple('P', 'x y')(1, 2).x),
    ("namedtuple('P','x y').x", lambda: namedtuple('P','x y').x),
    ("namedtuple('P','x y').__doc__", lambda: namedtuple('P','x y').__doc__),
    ("namedtuple('P','x y').x.__doc__", lambda: namedtuple('P','x y').x.__doc__),
    ("namedtuple('P','x y')(1,2).__class__.__module__", lambda: namedtuple('P','x y')(1,2).__class__.__module__),
    ("namedtuple('P','x y', module='m').__module__", lambda: namedtuple('P','x y', module='m').__module__),
    ("namedtuple('P','x y', defaults=(5,))._field_defaults", lambda: namedtuple('P','x y', defaults=(5,))._field_defaults),
    ("namedtuple('P','x y').__match_args__", lambda: namedtuple('P','x y').__match_args__),
    ("repr(ChainMap({'a':1},{'b':2}))", lambda: repr(ChainMap({'a':1},{'b':2}))),
    ("ChainMap({})['x']", lambda: ChainMap({})['x']),
    ("ChainMap({'a':1},{}).pop('b')", lambda: ChainMap({'a':1},{}).pop('b')),
    ('ChainMap().popitem()', lambda: ChainMap().popitem()),
    ("list(ChainMap({'a':1},{'b':2,'a':3}))", lambda: list(ChainMap({'a':1},{'b':2,'a':3}))),
    ("repr(ChainMap({'a':1}).new_child())", lambda: repr(ChainMap({'a':1}).new_child())),
    ("repr(ChainMap({'a':1},{'b':2}).parents)", lambda: repr(ChainMap({'a':1},{'b':2}).parents)),
    ("namedtuple('P','x y')(1,2)._asdict()", lambda: namedtuple('P','x y')(1,2)._asdict()),
    ('deque([1,2,3]).index(3, 0, 2)', lambda: deque([1,2,3]).index(3, 0, 2)),
    ("deque('abc').count('a')", lambda: deque('abc').count('a')),
    ('defaultdict(None)[1]', lambda: defaultdict(None)[1]),
    ('collections.deque.__module__', lambda: collections.deque.__module__),
    ('type(deque().__iter__()).__name__', lambda: type(deque().__iter__()).__name__),
    ('deque([[1]]) == deque([[1]])', lambda: deque([[1]]) == deque([[1]])),
    ('hash(deque())', lambda: hash(deque())),
    ("Counter('aab').most_common(1)", lambda: Counter('aab').most_common(1)),
    ('sorted(Counter(a=2, b=-1).elements())', lambda: sorted(Counter(a=2, b=-1).elements())),
    ("Counter(a=1) == {'a': 1}", lambda: Counter(a=1) == {'a': 1}),
    ('Counter(a=1, b=0) == Counter(a=1)', lambda: Counter(a=1, b=0) == Counter(a=1)),
    ('Counter(a=1) <= Counter(a=2)', lambda: Counter(a=1) <= Counter(a=2)),
    ("Counter('aab').total()", lambda: Counter('aab').total()),
    ('+Counter(a=1, b=-1)', lambda: +Counter(a=1, b=-1)),
    ('-Counter(a=1, b=-1)', lambda: -Counter(a=1, b=-1)),
    ('Counter(a=1) | Counter(a=3, b=1)', lambda: Counter(a=1) | Counter(a=3, b=1)),
    ('Counter(a=2) & Counter(a=1, b=1)', lambda: Counter(a=2) & Counter(a=1, b=1)),
    ('OrderedDict(a=1) == OrderedDict(a=1)', lambda: OrderedDict(a=1) == OrderedDict(a=1)),
    ('list(reversed(OrderedDict(a=1, b=2)))', lambda: list(reversed(OrderedDict(a=1, b=2)))),
]
for label, f in cases:
    show(label, f)

# deque operations
d = deque(range(5))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.appendleft('L'); d.append('R'); print(d, len(d), d[0], d[-1])
d.extend('ab'); d.extendleft('xy'); print(d)
print(d.pop(), d.popleft(), d)
d[1] = 'one'; del d[0]; print(d, 'one' in d, 'zz' in d)
d.insert(2, 'ins'); d.remove('ins'); d.reverse(); print(d, d.count('a'), d.index('a'))
b = deque('abc', maxlen=3); b.append('d'); print(b, b.maxlen); b.appendleft('z'); print(b)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]))
e = deque([1]); e += [2, 3]; e *= 2; print(e, e == deque([1, 2, 3, 1, 2, 3]), e.copy(), list(reversed(e)))
try:
    for x in e:
        e.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
print(bool(deque()), bool(deque([0])), deque([1, 2]) <= deque([1, 2]))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
# defaultdict, OrderedDict, Counter
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd))
dd.default_factory = None
try:
    dd['missing']
except KeyError as ex:
    print('KeyError', ex)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False); print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys('ace'), od == OrderedDict.fromkeys('eca'), od == dict.fromkeys('eca'))
c = Counter('abracadabra')
print(c, c.most_common(3), c['z'], c.total())
c.update('aaz'); c.subtract({'a': 10}); print(c)
print(c + Counter(), c - Counter(a=1), sorted(Counter(a=3, b=1).elements()))
c2 = Counter(x=1); c2 += Counter(x=2, y=-1); print(c2)
del c2['nope']; print(c2)
print(Counter({'a': 1, 'b': 2}) == Counter(b=2, a=1), Counter(a=1) < Counter(a=2), Counter(a=2) < Counter(a=2))
# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]), len(p), tuple(p))
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(7), P3(1, 2, 3), P3._field_defaults, P3.__doc__, P3.__name__, type(P3(1)).__mro__)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
# ChainMap
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 'dflt'), cm.maps)
cm['c'] = 4; print(cm, cm.parents, cm.new_child({'q': 0}))
print(dict(cm.items()) == {'a': 1, 'b': 3, 'c': 4}, list(cm.keys()), list(cm.values()))

from collections import UserDict, UserList, UserString
d = UserDict({'a': 1}, b=2)
d['c'] = 3; del d['a']
print(d, len(d), 'b' in d, d.get('z', 0), list(d), d.data, d == {'b': 2, 'c': 3}, d.setdefault('q', 9), d.pop('q'), d.pop('zz', 'dflt'))
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
l = Lower(A=1); l.update({'B': 2}, C=3); l.setdefault('D', 4)
print(l, type(l.copy()).__name__, l.copy(), UserDict.fromkeys('xy', 0), d | {'n': 1}, {'m': 0} | d)
class M(UserDict):
    def __missing__(self, k): return k * 2
print(M()['ab'])
try:
    UserDict()['x']
except KeyError as e:
    print('KeyError', e)
u = UserList([3, 1, 2])
u.append(0); u.sort(); u.extend(UserList([9])); u += [8]; u.insert(0, -1)
print(u, len(u), u[0], u[1:3], type(u[1:3]).__name__, u.pop(), u.count(1), u.index(2), u + [5], [5] + u, u * 2, u == [-1, 0, 1, 2, 3, 9], u < [0], 3 in u)
u.reverse(); u.remove(9); del u[0]; u[0] = 'x'; print(u, u.copy(), UserList(), UserList('ab'))
s = UserString('Hello World')
print(s, repr(s), s.upper(), type(s.upper()).__name__, s.lower().title(), s.split(), s.count('o'), s.find('W'), s[0:5], type(s[0]).__name__, len(s))
print(s + '!', 'Say: ' + s if False else s + s, s * 2, s == 'Hello World', s < 'Z', 'World' in s, s.replace('World', 'There'), s.startswith('He'), s.join(['a', 'b']), hash(s) == hash('Hello World'))
print(s.center(15, '*'), s.zfill(13), UserString(42), str(s), s.strip('Hd'), s.encode())

from collections import ChainMap
cm = ChainMap({'a': 1}, {'b': 2, 'a': 3})
k, i, v = cm.keys(), cm.items(), cm.values()
print(k, i, v, len(k), list(k), list(i), list(v), 'a' in k, ('a', 1) in i, ('a', 3) in i, 3 in v, 1 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), sorted(i & {('b', 2)}))
cm['c'] = 5; print(list(k), len(v), type(k).__name__, type(k).__module__)
try:
    hash(k)
except TypeError as e:
    print(e)
import types, collections
for o in [types.SimpleNamespace(), collections.UserDict(), collections.UserList(), collections.ChainMap(), collections.deque()]:
    try:
        hash(o)
    except TypeError as e:
        print(e)
