"""The seed program: one small tour of what pyglass models, runnable under python3.12 and pyglass.

It shows the bytecode of a function, reference counts moving as names bind and unbind, two threads
sharing a counter under the GIL, a class with operator overloading, and the cost of global versus
local name lookup.
"""
import dis
import sys
import threading
import timeit


# 1. Bytecode: what the compiler makes of a two-line function.
def add(a, b):
    return a + b

print("== dis(add)")
dis.dis(add)


# 2. Reference counting: binding a second name adds a reference, `del` removes it.
print("\n== reference counts")
x = object()
print("x alone:     ", sys.getrefcount(x))
y = x
print("after y = x: ", sys.getrefcount(x))
del y
print("after del y: ", sys.getrefcount(x))


# 3. Two threads, one counter: the GIL lets one thread run bytecode at a time.
print("\n== two threads under the GIL")
counter = 0

def count(n):
    global counter
    for _ in range(n):
        counter += 1

threads = [threading.Thread(target=count, args=(100_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)


# 4. A class with operator overloading.
print("\n== Vector")

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

print(Vector(1, 2) + Vector(3, 4))


# 5. Global versus local lookup: LOAD_GLOBAL is a dict probe, LOAD_FAST an array index.
print("\n== global vs local lookup")
G = 1

def use_global():
    total = 0
    for _ in range(1000):
        total += G
    return total

def use_local():
    total = 0
    g = 1
    for _ in range(1000):
        total += g
    return total

t_global = timeit.timeit(use_global, number=200)
t_local = timeit.timeit(use_local, number=200)
print(f"global: {t_global * 1000:.2f} ms, local: {t_local * 1000:.2f} ms, ratio {t_global / t_local:.2f}")
