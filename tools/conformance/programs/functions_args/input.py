def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, z=0))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
args = (1, 2)
kwargs = {"z": 10}
print(g(*args, **kwargs))
def h(*a, **k):
    return len(a), len(k)
print(h(), h(1, 2, x=3))
print((lambda x, y=1: x * y)(6), (lambda: "nil")())
