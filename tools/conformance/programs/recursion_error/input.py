import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
