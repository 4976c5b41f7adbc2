class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __bool__(self): return len(self.items) > 0
b = Bag(1, 2, 3)
b[0] = 10
print(len(b), b[0], b[-1], 2 in b, 5 in b, list(b), bool(b), bool(Bag()))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(4)), sum(Count(5)))
