# Attribute lookups in a loop stay right while classes change under them (inline caches keyed by type version).
class A:
    def m(self):
        return "A.m"
    x = 1


class B(A):
    pass


def call_all(objs):
    return [(o.m(), o.x) for o in objs]


objs = [A(), B(), A()]
for step in range(5):
    if step == 1:
        A.m = lambda self: "patched A.m"
    if step == 2:
        B.m = lambda self: "B.m"
        B.x = 2
    if step == 3:
        objs[0].x = 10
        del B.m
    if step == 4:
        A.x = property(lambda self: "prop")
    print(step, call_all(objs))
b = objs[1]
b.__dict__["m"] = lambda: "instance m"
print(b.m(), objs[0].m())
