print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: str(x) for x in range(3)})
print({c for c in "mississippi"} == set("misp"))
g = (x * 2 for x in range(4))
print(sum(g), list(x for x in "ab"))
m = [[1, 2], [3, 4]]
print([v for row in m for v in row], [[r[i] for r in m] for i in range(2)])
