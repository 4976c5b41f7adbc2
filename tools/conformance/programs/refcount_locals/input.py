# sys.getrefcount of objects held by module globals and function locals.
import sys

x = [1, 2]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))


def f():
    a = object()
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(a))
    b = None
    print(sys.getrefcount(a))
    return a


r = f()
print(sys.getrefcount(r))
s = "a string" + str(len(x))
print(sys.getrefcount(s))
n = 10 ** (18 + len(x))  # computed: a constant would also count the compiler arena's reference
print(sys.getrefcount(n))
fl = 2.5 * len(x)
print(sys.getrefcount(fl))
print(sys.getrefcount(None) > 1000000, sys.getrefcount(5))
for i in range(3):
    t = [i]
print(sys.getrefcount(t))
