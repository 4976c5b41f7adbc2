class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
q = Point(1, 2)
print(p, q, p.dist2(), Point.count, p.x, type(p).__name__)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "default"))
print(isinstance(p, Point), isinstance(3, Point), Point.__name__, Point.__qualname__)
class Empty:
    pass
e = Empty()
print(type(e) is Empty, str(e)[:17])
