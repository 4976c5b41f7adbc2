class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
with CM("a") as c:
    print("inside", c.name)
with CM("b"):
    raise KeyError("x")
print("suppressed")
try:
    with CM("c"), CM("d"):
        raise ValueError("y")
except ValueError as e:
    print("propagated", e)
