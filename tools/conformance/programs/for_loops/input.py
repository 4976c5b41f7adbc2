for i in range(5):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=",")
print()
for c in "abc":
    print(c * 2)
for i, x in enumerate(["x", "y", "z"], 1):
    print(i, x)
for a, b in zip([1, 2, 3], "pq"):
    print(a, b)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
else:
    print("no break")
