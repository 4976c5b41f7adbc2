# heapq and bisect: heap order as CPython sifts, nlargest/nsmallest/merge, bisect/insort with lo/hi/key
import heapq, bisect

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('heapq.heappush(1, 2)', lambda: heapq.heappush(1, 2)),
    ('heapq.heappop([])', lambda: heapq.heappop([])),
    ('heapq.heapreplace([], 1)', lambda: heapq.heapreplace([], 1)),
    ('heapq.heapify((1,))', lambda: heapq.heapify((1,))),
    ('heapq.heappop()', lambda: heapq.heappop()),
    ('heapq.nlargest(2, [1,5,3])', lambda: heapq.nlargest(2, [1,5,3])),
    ('heapq.nsmallest(2, [1,5,3], key=lambda x: -x)', lambda: heapq.nsmallest(2, [1,5,3], key=lambda x: -x)),
    ('list(heapq.merge([1,3],[2,4]))', lambda: list(heapq.merge([1,3],[2,4]))),
    ('list(heapq.merge([3,1],[4,2], reverse=True))', lambda: list(heapq.merge([3,1],[4,2], reverse=True))),
    ('bisect.bisect([1,2,3], 2)', lambda: bisect.bisect([1,2,3], 2)),
    ('bisect.bisect_left([1,2,3], 2)', lambda: bisect.bisect_left([1,2,3], 2)),
    ('bisect.bisect([1,2], 1, -1)', lambda: bisect.bisect([1,2], 1, -1)),
    ('bisect.bisect_right([1,2], 1, 0, 5)', lambda: bisect.bisect_right([1,2], 1, 0, 5)),
    ('bisect.bisect(1, 1)', lambda: bisect.bisect(1, 1)),
    ('bisect.insort((1,), 1)', lambda: bisect.insort((1,), 1)),
    ("bisect.bisect([(1,'a'),(2,'b')], 2, key=lambda t: t[0])", lambda: bisect.bisect([(1,'a'),(2,'b')], 2, key=lambda t: t[0])),
    ('bisect.bisect()', lambda: bisect.bisect()),
    ("bisect.bisect([1], 1, lo='a')", lambda: bisect.bisect([1], 1, lo='a')),
]
for label, thunk in cases:
    show(label, thunk)

import random as _r
data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h[:10])
h2 = list(data); heapq.heapify(h2); print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
h3 = list(data); heapq._heapify_max(h3); print(h3[:10], heapq._heappop_max(h3), heapq._heapreplace_max(h3, 0), h3[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, data, key=lambda v: v % 10), heapq.nsmallest(0, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['a', 'bb'], ['c'], key=len)), list(heapq.merge()))
pairs = [(1, 'x'), (1, 'a'), (0, 'z')]
print(heapq.nsmallest(2, pairs, key=lambda p: p[0]), heapq.nlargest(2, pairs, key=lambda p: p[0]))
s = sorted(data)
print([bisect.bisect_left(s, v) for v in (0, 50, 100, 101)], [bisect.bisect_right(s, v) for v in (0, 50, 100, 101)])
print(bisect.bisect_left(s, 50, 10, 20), bisect.bisect_right(s, 50, hi=30))
ins = []
for x in data[:15]:
    bisect.insort(ins, x)
print(ins)
ks = []
for w in ['pear', 'fig', 'banana', 'kiwi', 'apple']:
    bisect.insort(ks, w, key=len)
print(ks, bisect.bisect(ks, 5, key=len), bisect.bisect_left(ks, 4, key=len))

