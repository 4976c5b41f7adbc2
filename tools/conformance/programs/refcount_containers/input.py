# sys.getrefcount of objects stored in lists, tuples, dicts, sets and attributes.
import sys

o = object()
print(sys.getrefcount(o))
lst = [o, o, o]
print(sys.getrefcount(o))
tup = (o, lst)
print(sys.getrefcount(o), sys.getrefcount(lst))
d = {"k": o, "j": o}
print(sys.getrefcount(o))
d["k"] = None
print(sys.getrefcount(o))
del d["j"]
print(sys.getrefcount(o))
lst.pop()
print(sys.getrefcount(o))
lst.clear()
print(sys.getrefcount(o))
del tup
print(sys.getrefcount(o), sys.getrefcount(lst))
s = {o}
print(sys.getrefcount(o))
s.discard(o)
print(sys.getrefcount(o))
nested = [[o], [o, [o]]]
print(sys.getrefcount(o))
nested = None
print(sys.getrefcount(o))
lst2 = [o] * 5
print(sys.getrefcount(o))
lst2[1:3] = []
print(sys.getrefcount(o))
lst2.extend([o, o])
print(sys.getrefcount(o))
lst2.reverse()
lst2.remove(o)
print(sys.getrefcount(o))
dd = dict.fromkeys("abc", o)
print(sys.getrefcount(o))
dd.update(x=o)
print(sys.getrefcount(o))
dd.popitem()
print(sys.getrefcount(o))
print(sys.getrefcount(lst2))
it = iter(lst2)
print(sys.getrefcount(lst2))
next(it)
del it
print(sys.getrefcount(lst2))
