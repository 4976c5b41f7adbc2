class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"N{self.v}"
xs = [Num(3), Num(1), Num(2)]
print(sorted(xs), min(xs), max(xs), Num(1) < Num(2), Num(3) > Num(2), Num(2) >= Num(2))
print(len({Num(1), Num(1), Num(2)}), Num(5) in [Num(5)])
try:
    Num(1) < 3
except AttributeError as e:
    print("AttributeError", e)
try:
    object() < object()
except TypeError as e:
    print(e)
