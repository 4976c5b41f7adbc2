# copy (copy/deepcopy with memo, __copy__/__deepcopy__, __reduce_ex__, slots) and types (SimpleNamespace, MappingProxyType, type aliases, new_class)
import copy, string, keyword, types
class P:
    def __init__(self): self.a = [1]; self.b = {'k': [2]}
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = [1]
class L(list): pass
class CC:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return ('deep', type(memo).__name__)
class R:
    def __reduce_ex__(self, proto): return (R, (), {'z': proto})

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('copy.copy(1)', lambda: copy.copy(1)),
    ('copy.deepcopy([1, [2]])', lambda: copy.deepcopy([1, [2]])),
    ('copy.copy(P()).a', lambda: copy.copy(P()).a),
    ('copy.deepcopy(S()).x', lambda: copy.deepcopy(S()).x),
    ('type(copy.deepcopy(L([1]))).__name__', lambda: type(copy.deepcopy(L([1]))).__name__),
    ('copy.copy(CC())', lambda: copy.copy(CC())),
    ('copy.deepcopy(CC())', lambda: copy.deepcopy(CC())),
    ('copy.copy(R()).__dict__', lambda: copy.copy(R()).__dict__),
    ('copy.deepcopy(R()).__dict__', lambda: copy.deepcopy(R()).__dict__),
    ('copy.Error', lambda: copy.Error),
    ('copy.copy({1, 2})', lambda: copy.copy({1, 2})),
    ('copy.deepcopy((1, [2]))', lambda: copy.deepcopy((1, [2]))),
    ('copy.deepcopy((1, 2))', lambda: copy.deepcopy((1, 2))),
    ("types.SimpleNamespace(a=1, b='x')", lambda: types.SimpleNamespace(a=1, b='x')),
    ('types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)', lambda: types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)),
    ('types.FunctionType', lambda: types.FunctionType),
    ("types.MappingProxyType({'a': 1})", lambda: types.MappingProxyType({'a': 1})),
    ('types.NoneType', lambda: types.NoneType),
    ('types.GeneratorType', lambda: types.GeneratorType),
    ('types.BuiltinFunctionType', lambda: types.BuiltinFunctionType),
    ('types.MethodType', lambda: types.MethodType),
    ('types.LambdaType is types.FunctionType', lambda: types.LambdaType is types.FunctionType),
]
for label, thunk in cases:
    show(label, thunk)

t = (1, 2); print(copy.deepcopy(t) is t, copy.copy([1]) is not None)
m = {}; x = [1]; y = copy.deepcopy([x, x], m); print(y[0] is y[1], len(m), id(m) in m)
a = [1, [2, 3], {'k': (4, [5])}]; b = copy.deepcopy(a); b[1].append(9); b[2]['k'][1].append(6); print(a, b)
c = copy.copy(a); c[1].append(7); print(a[1] is c[1], a)
rec = [1]; rec.append(rec); d = copy.deepcopy(rec); print(d[1] is d, d[0])
p = P(); q = copy.deepcopy(p); q.a.append(2); print(p.a, q.a, type(q).__name__, q.b)
s = S(); s.y = 'why'; s2 = copy.copy(s); print(s2.x is s.x, s2.y)
class WithState:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(WithState()).v, copy.deepcopy(WithState()).v)
class D(dict): pass
dd = D(a=[1]); dd.extra = 'e'; ee = copy.deepcopy(dd); ee['a'].append(2); print(type(ee).__name__, dd, ee, ee.extra)
ns = types.SimpleNamespace(x=1, y=[2]); ns.z = 3; print(ns, ns.x, vars(ns), ns == types.SimpleNamespace(x=1, y=[2], z=3))
mp = types.MappingProxyType({'a': 1, 'b': 2}); print(mp['a'], len(mp), 'b' in mp, list(mp), mp.get('zz', 0), dict(mp.items()), mp.copy())
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError', e)
def body(ns):
    ns['hello'] = lambda self: 'hi'
K = types.new_class('K', (object,), {}, body); print(K.__name__, K().hello(), types.resolve_bases((int, str)))
print(types.FunctionType is type(body), types.ModuleType is type(types), isinstance(len, types.BuiltinFunctionType))


import functools, types
class Node:
    def __init__(self): self.children = []
    @functools.recursive_repr()
    def __repr__(self): return f'Node({self.children!r})'
n = Node(); n.children.append(n); n.children.append(1)
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)
class R:
    @functools.recursive_repr('<loop>')
    def __repr__(self): return 'R(' + repr(self.me) + ')'
r = R(); r.me = r; print(repr(r))
class A: pass
class B(A, int): pass
print(types.get_original_bases(B), types.get_original_bases(A), types.get_original_bases(object))
try:
    types.get_original_bases(1)
except TypeError as e:
    print(e)

from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple, UserDict, UserList
P = namedtuple('P', 'x y')
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
show('deepcopy deque', lambda: copy.deepcopy(deque([1, [2]], maxlen=5)))
show('copy deque', lambda: copy.copy(deque([1, [2]])))
show('deepcopy defaultdict', lambda: copy.deepcopy(defaultdict(list, a=[1])))
show('copy defaultdict', lambda: copy.copy(defaultdict(list, a=[1])))
show('deepcopy OrderedDict', lambda: copy.deepcopy(OrderedDict(b=[1], a=2)))
show('deepcopy Counter', lambda: copy.deepcopy(Counter('abca')))
show('deepcopy ChainMap', lambda: copy.deepcopy(ChainMap({'a': [1]}, {'b': 2})))
show('copy ChainMap', lambda: copy.copy(ChainMap({'a': [1]}, {'b': 2})))
show('deepcopy namedtuple', lambda: copy.deepcopy(P(1, [2])))
show('copy namedtuple', lambda: copy.copy(P(1, [2])))
show('deepcopy partial', lambda: copy.deepcopy(functools.partial(max, [1], key=len)).args)
show('deepcopy UserDict', lambda: copy.deepcopy(UserDict(a=[1])))
show('deepcopy UserList', lambda: copy.deepcopy(UserList([[1]])))
show('copy count', lambda: copy.copy(itertools.count(5)))
show('deepcopy nested', lambda: copy.deepcopy({'d': deque([P(1, 2)]), 'c': Counter(a=1)}))
d = deque([[1]]); e = copy.deepcopy(d); e[0].append(2); print(d, e)

import types
class Meta(type):
    def __getattr__(cls, name):
        return 'meta:' + name
class C(metaclass=Meta):
    def __init__(self): self._v = 5
    @types.DynamicClassAttribute
    def value(self):
        'the value'
        return self._v
    @value.setter
    def value(self, v): self._v = v
c = C()
print(c.value, C.value, C.value.__class__.__name__ if False else type(C.__dict__['value']).__name__, C.__dict__['value'].__doc__)
c.value = 9; print(c.value)
try:
    del c.value
except AttributeError as e:
    print('AttributeError', e)
print(types.MethodWrapperType.__name__ in ('method-wrapper', 'builtin_function_or_method'), isinstance(object().__str__, types.MethodWrapperType))
