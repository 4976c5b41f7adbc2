def naturals():
    n = 0
    while True:
        yield n
        n += 1
for x in naturals():
    if x > 5:
        break
    print(x)
g = naturals()
print([next(g) for _ in range(3)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(4, naturals())))
