s = {3, 1, 2}
s.add(4)
s.discard(1)
print(s, len(s), 2 in s, 1 in s)
a = {1, 2, 3}
b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4}, set(), frozenset([1]))
print({x % 3 for x in range(10)}, sorted({"b", "a", "c"}), set("aab") == {"a", "b"})
