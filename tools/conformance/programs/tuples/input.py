t = (1, 2, 3)
a, b, c = t
print(t, a + b + c, t[1], t[-1], t[:2], len(t), t + (4,), t * 2)
x, *rest = [1, 2, 3, 4]
*init, last = "abcd"
print(x, rest, init, last)
print((), (1,), tuple([1, 2]), t.index(2), t.count(1), (1, 2) < (1, 3), (1, 2) == (1, 2))
a, b = b, a
print(a, b)
((p, q), r) = ((1, 2), 3)
print(p, q, r, hash((1, 2)) == hash((1, 2)))
