class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
a = V(1, 2)
print(a + V(3, 4), 10 + a, a * 3, 2 * a, -a, a == V(1, 2), a != V(1, 2), a == 3)
try:
    a + "s"
except TypeError as e:
    print(e)
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
b = Acc()
b += 1
b += 2
print(b.v)
