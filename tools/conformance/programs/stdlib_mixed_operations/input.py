# stdlib: long pseudo-random sequences of operations on deque, Counter, OrderedDict, heapq, bisect,
# itertools and random, checked step by step against plain-list models and printed.
import bisect, heapq, itertools, random
from collections import Counter, OrderedDict, deque, defaultdict

state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

# deque against a list model
d, model = deque(maxlen=None), []
for step in range(3000):
    op = rnd(9)
    v = rnd(100)
    if op == 0: d.append(v); model.append(v)
    elif op == 1: d.appendleft(v); model.insert(0, v)
    elif op == 2 and model: assert d.pop() == model.pop()
    elif op == 3 and model: assert d.popleft() == model.pop(0)
    elif op == 4:
        k = rnd(7) - 3; d.rotate(k)
        if model:
            k %= len(model); model[:] = model[-k:] + model[:-k] if k else model
    elif op == 5 and model:
        i = rnd(len(model)); assert d[i] == model[i]; d[i] = v; model[i] = v
    elif op == 6 and model:
        i = rnd(len(model)); del d[i]; del model[i]
    elif op == 7: d.extend([v, v + 1]); model.extend([v, v + 1])
    elif op == 8 and v in model: d.remove(v); model.remove(v)
    assert list(d) == model, step
print('deque ok', len(d), list(d)[:10], d.count(5), sum(d))

# bounded deque
b = deque(maxlen=5)
for i in range(23):
    (b.append if i % 3 else b.appendleft)(i)
print(b, b.maxlen, list(reversed(b)))

# Counter against a dict model
c, m = Counter(), {}
for step in range(2000):
    k = chr(97 + rnd(8))
    n = rnd(5) - 1
    c[k] += n
    m[k] = m.get(k, 0) + n
assert dict(c) == m
print(sorted(c.items()), c.most_common(3), c.total(), sorted((+c).items()), sorted((-c).items()))
c2 = Counter({chr(97 + i): rnd(4) for i in range(8)})
print(sorted((c + c2).items()), sorted((c - c2).items()), sorted((c | c2).items()), sorted((c & c2).items()))

# OrderedDict move_to_end / popitem against a list-of-keys model
od, keys = OrderedDict(), []
for step in range(1500):
    k = rnd(12)
    op = rnd(4)
    if op == 0:
        if k not in od: keys.append(k)
        od[k] = step
    elif op == 1 and k in od:
        last = rnd(2) == 0
        od.move_to_end(k, last=last); keys.remove(k)
        (keys.append if last else lambda x: keys.insert(0, x))(k)
    elif op == 2 and od:
        last = rnd(2) == 0
        kk, _ = od.popitem(last=last); assert kk == (keys.pop() if last else keys.pop(0))
    elif op == 3 and k in od:
        del od[k]; keys.remove(k)
    assert list(od) == keys, step
print('odict ok', list(od.items())[:6])

# heapq against sorted()
h, all_items = [], []
for step in range(2000):
    v = rnd(1000)
    if rnd(3):
        heapq.heappush(h, v); all_items.append(v)
    elif h:
        x = heapq.heappop(h); all_items.remove(min(all_items)); assert x <= min(all_items, default=x)
print('heap ok', len(h), h[:8], heapq.nsmallest(4, h), heapq.nlargest(4, h))
pairs = [(rnd(5), rnd(100), i) for i in range(300)]
print(heapq.nsmallest(5, pairs), list(heapq.merge(sorted(pairs[:10]), sorted(pairs[10:20])))[:6])

# bisect keeps a list sorted
s = []
for step in range(1500):
    v = rnd(500)
    bisect.insort(s, v)
    i, j = bisect.bisect_left(s, v), bisect.bisect_right(s, v)
    assert s[i] == v and (j == len(s) or s[j] > v)
assert s == sorted(s)
print('bisect ok', s[:10], bisect.bisect(s, 250), bisect.bisect_left(s, 250, 100, 900))

# itertools compositions
words = ['w%d' % rnd(20) for _ in range(200)]
grouped = [(k, len(list(g))) for k, g in itertools.groupby(sorted(words))]
print(grouped[:5], len(grouped))
print(list(itertools.islice(itertools.cycle('abc'), 7, 20, 3)), list(itertools.accumulate(range(10), lambda a, b: a * 2 + b)))
print(list(itertools.starmap(divmod, itertools.product([17, 23], [3, 5]))), list(itertools.compress(range(20), itertools.cycle([1, 0, 0]))))
it10 = iter(range(10))
print(list(itertools.zip_longest(it10, it10, it10, fillvalue=-1)), list(itertools.batched(range(10), 4)))
print(sum(1 for p in itertools.permutations(range(6), 3) if p[0] < p[1] < p[2]), len(list(itertools.combinations_with_replacement('abcd', 3))))
t1, t2, t3 = itertools.tee(iter(range(100)), 3)
print(sum(t1), list(itertools.islice(t2, 5)), next(t3), list(itertools.takewhile(lambda x: x < 5, t3)), list(itertools.dropwhile(lambda x: x < 95, t2)))

# defaultdict of Counters and random draws
random.seed(2024)
dd = defaultdict(Counter)
for _ in range(3000):
    dd[random.choice('xyz')][random.randint(1, 6)] += 1
print({k: sorted(v.items()) for k, v in sorted(dd.items())})
print(random.sample(sorted(dd), 2), random.choices('abc', [1, 2, 3], k=10), round(random.gauss(10, 2), 12), random.getrandbits(100))
