def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(g, 5), find(g, 10))
primes = []
n = 2
while len(primes) < 10:
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
    n += 1
print(primes)
