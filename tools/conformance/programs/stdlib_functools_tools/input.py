# functools: reduce, partial, cmp_to_key, lru_cache/cache, update_wrapper/wraps, total_ordering, cached_property
import functools as ft
def f(a, b=2, *, c=3): return (a, b, c)

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('ft.WRAPPER_ASSIGNMENTS', lambda: ft.WRAPPER_ASSIGNMENTS),
    ('ft.WRAPPER_UPDATES', lambda: ft.WRAPPER_UPDATES),
    ('ft.partial(f, 1, c=5)(9)', lambda: ft.partial(f, 1, c=5)(9)),
    ('ft.partial()', lambda: ft.partial()),
    ('ft.partial(1)', lambda: ft.partial(1)),
    ('ft.partial(f).func is f', lambda: ft.partial(f).func is f),
    ('ft.partial(ft.partial(f, 1), 2).args', lambda: ft.partial(ft.partial(f, 1), 2).args),
    ('ft.partial(f, 1).keywords', lambda: ft.partial(f, 1).keywords),
    ('ft.partial(f, x=1).keywords', lambda: ft.partial(f, x=1).keywords),
    ('ft.reduce(lambda a, b: a + b, [1, 2, 3])', lambda: ft.reduce(lambda a, b: a + b, [1, 2, 3])),
    ('ft.reduce(lambda a, b: a + b, [], 0)', lambda: ft.reduce(lambda a, b: a + b, [], 0)),
    ('ft.reduce(lambda a, b: a + b, [])', lambda: ft.reduce(lambda a, b: a + b, [])),
    ('ft.reduce(lambda a, b: a + b, 1)', lambda: ft.reduce(lambda a, b: a + b, 1)),
    ('ft.reduce(1)', lambda: ft.reduce(1)),
    ('ft.reduce(lambda a,b: a, [1], 2, 3)', lambda: ft.reduce(lambda a,b: a, [1], 2, 3)),
    ('sorted([3,1,2], key=ft.cmp_to_key(lambda a, b: b - a))', lambda: sorted([3,1,2], key=ft.cmp_to_key(lambda a, b: b - a))),
    ('type(ft.cmp_to_key(lambda a, b: 0)(1))', lambda: type(ft.cmp_to_key(lambda a, b: 0)(1))),
    ('ft.cmp_to_key(lambda a, b: 0)(1) < 2', lambda: ft.cmp_to_key(lambda a, b: 0)(1) < 2),
    ('hash(ft.cmp_to_key(lambda a, b: 0)(1))', lambda: hash(ft.cmp_to_key(lambda a, b: 0)(1))),
    ('ft.cmp_to_key()', lambda: ft.cmp_to_key()),
    ('ft.lru_cache(1.5)', lambda: ft.lru_cache(1.5)),
    ('ft.lru_cache(maxsize=-1)(f).cache_parameters()', lambda: ft.lru_cache(maxsize=-1)(f).cache_parameters()),
    ('ft.lru_cache()(f).cache_info()', lambda: ft.lru_cache()(f).cache_info()),
    ('type(ft.lru_cache()(f)).__name__', lambda: type(ft.lru_cache()(f)).__name__),
    ('ft.cache(f).cache_parameters()', lambda: ft.cache(f).cache_parameters()),
    ('ft.lru_cache(typed=True)(f).cache_parameters()', lambda: ft.lru_cache(typed=True)(f).cache_parameters()),
    ('ft.update_wrapper(lambda: 0, f).__name__', lambda: ft.update_wrapper(lambda: 0, f).__name__),
    ("ft.total_ordering(type('X', (), {}))", lambda: ft.total_ordering(type('X', (), {}))),
    ('ft.partial(f, 1)()', lambda: ft.partial(f, 1)()),
    ('ft.partial.__module__', lambda: ft.partial.__module__),
    ('ft.partial(f, 1).__dict__', lambda: ft.partial(f, 1).__dict__),
]
for label, thunk in cases:
    show(label, thunk)
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2, 1.0, 1]: sq(v)
print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, type(sq).__name__)
sq.cache_clear(); print(sq.cache_info())
class C:
    @ft.cached_property
    def v(self): print('compute'); return 42
c = C(); print(c.v, c.v, type(C.v).__name__, C.__dict__['v'].attrname, c.__dict__)
try:
    class D:
        v = ft.cached_property(lambda s: 1)
        w = v
except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
@ft.total_ordering
class V:
    def __init__(s, x): s.x = x
    def __lt__(s, o): return s.x < o.x
    def __eq__(s, o): return s.x == o.x
print(V(1) > V(2), V(1) >= V(1), V(3) <= V(2), V(1) < V(2), V.__le__.__name__)
@ft.wraps(f)
def g(*a): return f(*a)
print(g.__name__, g.__wrapped__ is f, g.__qualname__, g.__doc__, g.__module__)

r = repr(ft.partial(f, 1, c=5)); print(r[:len('functools.partial(<function f at ')], r[r.index('>'):])
p2 = ft.partial(ft.partial(f, 1), c=9); print(p2.args, p2.keywords, p2(), p2(b=5, c=0))
class MyPartial(ft.partial):
    pass
mp = MyPartial(f, 7); print(type(mp).__name__, mp(), repr(mp).startswith('MyPartial(<function f'))
@ft.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@ft.lru_cache(typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@ft.cache
def kw(a, *, b=1):
    return a + b
print(kw(1), kw(1, b=2), kw(1, b=2), kw(a=1), kw.cache_info())
class M:
    @ft.lru_cache
    def meth(self, x):
        return x * 2
mm = M(); print(mm.meth(3), mm.meth(3), M.meth.cache_info())
print(ft.reduce(lambda a, b: a * b, range(1, 10)), sorted(['b', 'A', 'c'], key=ft.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@ft.total_ordering
class G:
    def __init__(self, x): self.x = x
    def __gt__(self, o):
        if not isinstance(o, G):
            return NotImplemented
        return self.x > o.x
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4))
try:
    G(1) < 5
except TypeError as e:
    print('TypeError', e)

@ft.singledispatch
def f(x):
    return 'base'
@f.register(int)
def _(x): return 'int'
@f.register
def _(x: str): return 'str'
f.register(list, lambda x: 'list')
print(f(1), f("a"), f([]), f(1.5), f(True), f.dispatch(bool).__name__, sorted(k.__name__ for k in f.registry), f.__name__, type(f.registry).__name__)
try: f()
except TypeError as e: print(str(e).split(" at ")[0])
try: f.register(1)
except TypeError as e: print(str(e).split(" at ")[0])
try: f.register(lambda x: 0)
except TypeError as e: print(str(e).split(" at ")[0])
class A: pass
class B(A): pass
f.register(A, lambda x: 'A')
print(f(B()), f.dispatch(B) is f.registry[A])
class C:
    @ft.singledispatchmethod
    def m(self, x): return 'base'
    @m.register
    def _(self, x: int): return 'int'
print(C().m(1), C().m('s'))
class P:
    def g(self, a, b, c=0): return (a, b, c)
    h = ft.partialmethod(g, 1, c=5)
print(P().h(2), repr(ft.partialmethod(P.g, 1)).split(" at ")[0], repr(ft.partialmethod(P.g, 1)).split(">")[1], repr(ft.partialmethod(P.g, c=1)).split(">")[1])
