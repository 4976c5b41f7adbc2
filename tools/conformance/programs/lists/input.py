a = [3, 1, 2]
a.append(5)
a.extend([0, 9])
a.insert(1, 7)
print(a, len(a), a[2], a[-1], a[1:3])
a.sort()
print(a, a.pop(), a.pop(0), a)
a.remove(7)
a.reverse()
print(a, a.index(2), a.count(2), 3 in a, 10 in a)
b = a + [1] * 3
b[0] = 100
del b[1]
print(b, sorted(b, reverse=True), min(b), max(b), sum(b))
c = [[0] * 2 for _ in range(2)]
c[0][1] = 5
print(c, list(range(4)), list("hi"), [x for x in b if x > 1])
b[1:3] = ["x", "y", "z"]
print(b, b == list(b), [] == [], [1, 2] < [1, 3])
