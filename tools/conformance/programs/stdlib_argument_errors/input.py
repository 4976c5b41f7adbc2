# stdlib: argument errors worded as CPython words them (Argument Clinic, METH_O/NOARGS, and Python-level functions)
import math, operator, heapq, itertools, collections, functools, random, bisect, copy, keyword, string
from collections import deque, Counter, OrderedDict
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
d = deque([1, 2])
for label, f in [('append0', lambda: d.append()), ('append2', lambda: d.append(1, 2)), ('pop1', lambda: d.pop(1)), ('popleft1', lambda: d.popleft(1)),
                 ('extend0', lambda: d.extend()), ('rotate2', lambda: d.rotate(1, 2)), ('count0', lambda: d.count()), ('index0', lambda: d.index()),
                 ('insert1', lambda: d.insert(1)), ('remove0', lambda: d.remove()), ('clear1', lambda: d.clear(1)), ('reverse1', lambda: d.reverse(1)), ('copy1', lambda: d.copy(1)),
                 ('heapify0', lambda: heapq.heapify()), ('heappush1', lambda: heapq.heappush([])), ('nlargest1', lambda: heapq.nlargest(1)),
                 ('seed3', lambda: random.seed(1, 2, 3)), ('getrandbits0', lambda: random.getrandbits()), ('choice0', lambda: random.choice()), ('randint1', lambda: random.randint(1)),
                 ('shuffle0', lambda: random.shuffle()), ('sample1', lambda: random.sample([1])), ('uniform1', lambda: random.uniform(1)), ('gauss3', lambda: random.gauss(1, 2, 3)),
                 ('getstate1', lambda: random.getstate(1)), ('setstate0', lambda: random.setstate()),
                 ('most_common2', lambda: Counter().most_common(1, 2)), ('elements1', lambda: Counter().elements(1)), ('move_to_end0', lambda: OrderedDict().move_to_end()),
                 ('iskeyword0', lambda: keyword.iskeyword()), ('capwords0', lambda: string.capwords()), ('copy0', lambda: copy.copy()), ('deepcopy0', lambda: copy.deepcopy()),
                 ('itemgetter_call2', lambda: operator.itemgetter(1)(1, 2)), ('attrgetter_call0', lambda: operator.attrgetter('a')()), ('partial_call', lambda: functools.partial(max)(1)),
                 ('cmp_to_key2', lambda: functools.cmp_to_key(1, 2)), ('lru3', lambda: functools.lru_cache(1, 2, 3)), ('total_ordering0', lambda: functools.total_ordering()),
                 ('reduce1', lambda: functools.reduce(max)), ('wraps0', lambda: functools.wraps()), ('namedtuple1', lambda: collections.namedtuple('P'))]:
    show(label, f)
show('sqrt kw', lambda: math.sqrt(x=1))
show('pow kw', lambda: math.pow(x=1, y=2))
show('hypot kw', lambda: math.hypot(x=1))
show('floor kw', lambda: math.floor(x=1))
show('fsum kw', lambda: math.fsum(seq=[1]))
show('gcd kw', lambda: math.gcd(a=1))
show('op.add kw', lambda: operator.add(a=1, b=2))
show('op.not_ kw', lambda: operator.not_(a=1))
show('heappush kw', lambda: heapq.heappush(heap=[], item=1))
show('heappop kw', lambda: heapq.heappop(heap=[]))
show('count bad kw', lambda: itertools.count(foo=1))
show('chain.from_iterable kw', lambda: itertools.chain.from_iterable(it=[]))
show('tee kw', lambda: itertools.tee([], n=2))
show('deque.append kw', lambda: collections.deque().append(x=1))
show('deque.rotate kw', lambda: collections.deque().rotate(n=1))
show('reduce kw', lambda: functools.reduce(function=max, iterable=[1]))
show('random kw', lambda: random.random(x=1))
show('randrange kw', lambda: random.randrange(start=1, stop=5) >= 1)
show('bisect kw', lambda: bisect.bisect([1, 2], x=1))
show('copy kw', lambda: copy.copy(x=[1]))
show('deepcopy memo', lambda: copy.deepcopy([1], memo={}))
show('shuffle kw', lambda: random.shuffle(x=[1]))
show('isqrt kw', lambda: math.isqrt(n=4))
show('log kw', lambda: math.log(x=4))
show('prod kw', lambda: math.prod(iterable=[2, 3]))
show('nextafter kw', lambda: math.nextafter(x=1, y=2))
show('isclose pos', lambda: math.isclose(1, 1, 1e-9))
show('Counter kw', lambda: collections.Counter(iterable='ab'))
show('namedtuple pos', lambda: collections.namedtuple('P', 'x', False))
show('OrderedDict.popitem last', lambda: collections.OrderedDict(a=1).popitem(last=False))
show('deque index bad', lambda: collections.deque([1]).index(1, 'a'))
show('lru_cache typed kw', lambda: functools.lru_cache(maxsize=2, typed=True).__name__)
