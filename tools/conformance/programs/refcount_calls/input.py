# sys.getrefcount across calls: arguments, defaults, *args, **kwargs, closures, return values.
import sys

o = object()


def show(a):
    return sys.getrefcount(a)


print(show(o))


def two(a, b):
    return sys.getrefcount(a)


print(two(o, o))


def star(*args):
    return sys.getrefcount(args[0])


print(star(o), sys.getrefcount(o))


def kw(**kwargs):
    return sys.getrefcount(kwargs["a"])


print(kw(a=o), sys.getrefcount(o))


def dflt(a=o):
    return sys.getrefcount(a)


print(dflt(), sys.getrefcount(o))


def outer():
    v = object()

    def inner():
        return sys.getrefcount(v)

    return inner, v


inner, v = outer()
print(inner(), sys.getrefcount(v))
del inner
print(sys.getrefcount(v))


def ret():
    return o


r = ret()
print(sys.getrefcount(o))
del r
print(sys.getrefcount(o))
res = [show(o) for _ in range(3)]
print(res, sys.getrefcount(o))
m = map(show, [o, o])
print(list(m), sys.getrefcount(o))
print(sorted([o, o], key=id) is not None, sys.getrefcount(o))
g = (x for x in [o])
print(sys.getrefcount(o))
next(g)
print(sys.getrefcount(o))
del g
print(sys.getrefcount(o))
try:
    raise ValueError(o)
except ValueError as e:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
