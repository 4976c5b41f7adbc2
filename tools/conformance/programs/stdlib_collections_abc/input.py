# collections.abc: isinstance/issubclass of builtins and stdlib types, the mixin methods of Mapping, MutableMapping, Sequence, MutableSequence
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, Generator
from collections import deque, OrderedDict, Counter, UserDict
def gen(): yield 1
for obj in [[], (), '', {}, set(), frozenset(), 1, 1.5, None, iter([]), gen(), deque(), OrderedDict(), Counter(), UserDict(), len, range(3), b'x', {}.keys()]:
    print(type(obj).__name__, [c.__name__ for c in (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, Generator) if isinstance(obj, c)])
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, m == {'a': 1}, len(m), isinstance(m, Mapping), isinstance(m, MutableMapping))
class MyMut(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k.upper() if isinstance(k, str) else k] = v
    def __delitem__(self, k): del self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
mm = MyMut(); mm.update({'a': 1}, b=2); mm.setdefault('C', 3)
print(dict(mm), mm.pop('A'), mm.pop('zz', 'd'), mm.popitem(), len(mm))
mm.clear(); print(len(mm))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
    def __len__(self): return self.n
s = MySeq(4)
print(list(s), 20 in s, 25 in s, s.index(30), s.count(10), list(reversed(s)))
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml._l, ml.pop(), ml.pop(0), ml._l); ml.remove(2); print(ml._l)
try:
    Mapping()
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(Counter, MutableMapping))

# singledispatch over ABCs (virtual subclasses)
import functools
from collections.abc import Mapping, Sequence, Iterable, MutableMapping
from collections import OrderedDict, deque
@functools.singledispatch
def kind(x):
    return 'object'
@kind.register
def _(x: Mapping): return 'mapping'
@kind.register
def _(x: Sequence): return 'sequence'
@kind.register
def _(x: Iterable): return 'iterable'
@kind.register
def _(x: int): return 'int'
@kind.register
def _(x: str): return 'str'
print([kind(v) for v in [{}, OrderedDict(), [], (), 'abc', b'x', {1}, iter([]), 3, True, 2.5, None, deque(), range(2)]])
print(kind.dispatch(dict) is kind.registry[Mapping], kind.dispatch(set) is kind.registry[Iterable])

from collections.abc import KeysView, ItemsView, ValuesView, MappingView, Set, Awaitable, AsyncIterable, Coroutine, ByteString, Buffer, Mapping
from collections import ChainMap
d = {'a': 1}
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.values(), ValuesView), isinstance(d.keys(), Set), isinstance(d.values(), Set), isinstance(d.keys(), MappingView))
cm = ChainMap({'a': 1})
print(isinstance(cm.keys(), KeysView), isinstance(cm.items(), Set))
class A:
    def __await__(self): yield
print(isinstance(A(), Awaitable), isinstance([], AsyncIterable), issubclass(bytes, ByteString), isinstance(b'', Buffer) if False else None, issubclass(Coroutine, Awaitable))
class M(Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
print(isinstance(M().keys(), KeysView), list(M().items()))

from collections.abc import Set, MutableSet
class LS(Set):
    def __init__(self, it=()): self._d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._d
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f'LS({self._d})'
a, b = LS([1, 2, 3]), LS([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a <= b, LS([2]) < a, a == LS([3, 2, 1]), a.isdisjoint([7, 8]), a & [2, 9], [9, 1] - a if False else None, a >= LS([1]), a > a)
class MS(MutableSet):
    def __init__(self, it=()): self._s = []; [self.add(x) for x in it]
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(list(self._s))
    def __len__(self): return len(self._s)
    def add(self, x):
        if x not in self._s: self._s.append(x)
    def discard(self, x):
        if x in self._s: self._s.remove(x)
    def __repr__(self): return f'MS({self._s})'
m = MS([1, 2, 3]); m |= [4]; m -= [1]; m &= [2, 3, 4, 5]; m ^= [5, 2]
print(m, m.pop(), m)
m.remove(4)
try:
    m.remove(99)
except KeyError as e:
    print('KeyError', e)
m.clear(); print(m, len(m))
