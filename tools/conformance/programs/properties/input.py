class Temp:
    def __init__(self, c): self._c = c
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
class K:
    n = 0
    @classmethod
    def make(cls): cls.n += 1; return cls()
    @staticmethod
    def add(a, b): return a + b
K.make(); K().make()
print(K.n, K.add(2, 3), K().add(1, 1))
