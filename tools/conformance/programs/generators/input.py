def gen(n):
    for i in range(n):
        yield i * i
    return "end"
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def echo():
    got = yield "ready"
    while True:
        got = yield got * 2
e = echo()
print(next(e), e.send(5), e.send("ab"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def inner():
    x = yield 1
    return x + 1
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send(10))
