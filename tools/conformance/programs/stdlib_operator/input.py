# operator: functions, dunder aliases, itemgetter/attrgetter/methodcaller with reprs and errors
import operator as op

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ('op.add(1, 2)', lambda: op.add(1, 2)),
    ('op.sub(5, 7)', lambda: op.sub(5, 7)),
    ("op.mul('ab', 3)", lambda: op.mul('ab', 3)),
    ('op.truediv(7, 2)', lambda: op.truediv(7, 2)),
    ('op.floordiv(-7, 2)', lambda: op.floordiv(-7, 2)),
    ('op.mod(-7, 3)', lambda: op.mod(-7, 3)),
    ('op.pow(2, 10)', lambda: op.pow(2, 10)),
    ('op.neg(5)', lambda: op.neg(5)),
    ('op.pos(-5)', lambda: op.pos(-5)),
    ('op.abs(-3.5)', lambda: op.abs(-3.5)),
    ('op.inv(5)', lambda: op.inv(5)),
    ('op.invert(0)', lambda: op.invert(0)),
    ('op.lshift(1, 10)', lambda: op.lshift(1, 10)),
    ('op.rshift(1024, 3)', lambda: op.rshift(1024, 3)),
    ('op.and_(12, 10)', lambda: op.and_(12, 10)),
    ('op.or_(12, 10)', lambda: op.or_(12, 10)),
    ('op.xor(12, 10)', lambda: op.xor(12, 10)),
    ('op.matmul(1, 2)', lambda: op.matmul(1, 2)),
    ('op.not_([])', lambda: op.not_([])),
    ('op.truth([1])', lambda: op.truth([1])),
    ('op.is_(None, None)', lambda: op.is_(None, None)),
    ('op.is_not(1, None)', lambda: op.is_not(1, None)),
    ('op.lt(1, 2)', lambda: op.lt(1, 2)),
    ('op.le(2, 2)', lambda: op.le(2, 2)),
    ("op.eq('a', 'a')", lambda: op.eq('a', 'a')),
    ('op.ne(1, 1.0)', lambda: op.ne(1, 1.0)),
    ('op.gt(3, 2)', lambda: op.gt(3, 2)),
    ('op.ge(1, 2)', lambda: op.ge(1, 2)),
    ("op.lt(1, 'a')", lambda: op.lt(1, 'a')),
    ('op.concat([1], [2])', lambda: op.concat([1], [2])),
    ("op.concat('a', 'b')", lambda: op.concat('a', 'b')),
    ('op.concat(1, 2)', lambda: op.concat(1, 2)),
    ('op.concat([1], (2,))', lambda: op.concat([1], (2,))),
    ('op.contains([1, 2], 2)', lambda: op.contains([1, 2], 2)),
    ('op.contains(1, 2)', lambda: op.contains(1, 2)),
    ('op.countOf([1, 2, 1, 1], 1)', lambda: op.countOf([1, 2, 1, 1], 1)),
    ("op.indexOf('abc', 'c')", lambda: op.indexOf('abc', 'c')),
    ('op.indexOf([1, 2], 3)', lambda: op.indexOf([1, 2], 3)),
    ('op.getitem([1, 2, 3], 1)', lambda: op.getitem([1, 2, 3], 1)),
    ("op.getitem({'a': 1}, 'a')", lambda: op.getitem({'a': 1}, 'a')),
    ('op.getitem([1], 5)', lambda: op.getitem([1], 5)),
    ('op.setitem(1, 2, 3)', lambda: op.setitem(1, 2, 3)),
    ('op.index(7)', lambda: op.index(7)),
    ('op.index(True)', lambda: op.index(True)),
    ('op.index(1.5)', lambda: op.index(1.5)),
    ("op.index('a')", lambda: op.index('a')),
    ('op.length_hint([1, 2])', lambda: op.length_hint([1, 2])),
    ('op.length_hint(1)', lambda: op.length_hint(1)),
    ('op.length_hint(1, 5)', lambda: op.length_hint(1, 5)),
    ("op.length_hint(1, 'a')", lambda: op.length_hint(1, 'a')),
    ('op.length_hint()', lambda: op.length_hint()),
    ('op.length_hint([], default=3)', lambda: op.length_hint([], default=3)),
    ('op.add(1)', lambda: op.add(1)),
    ('op.add(1, 2, 3)', lambda: op.add(1, 2, 3)),
    ('op.truth(1, 2)', lambda: op.truth(1, 2)),
    ('op.not_()', lambda: op.not_()),
    ("op.neg('a')", lambda: op.neg('a')),
    ("op.abs('a')", lambda: op.abs('a')),
    ('op.truediv(1, 0)', lambda: op.truediv(1, 0)),
    ("op.call(len, 'ab')", lambda: op.call(len, 'ab')),
    ('op.call()', lambda: op.call()),
    ('op.call(dict, a=1)', lambda: op.call(dict, a=1)),
    ('op.iadd(1, 2)', lambda: op.iadd(1, 2)),
    ('op.isub(5, 1)', lambda: op.isub(5, 1)),
    ("op.imul('a', 2)", lambda: op.imul('a', 2)),
    ('op.ipow(2, 3)', lambda: op.ipow(2, 3)),
    ('op.iconcat([1], [2])', lambda: op.iconcat([1], [2])),
    ('op.iconcat(1, 2)', lambda: op.iconcat(1, 2)),
    ('op.ior(1, 2)', lambda: op.ior(1, 2)),
    ('op.itruediv(1, 4)', lambda: op.itruediv(1, 4)),
    ("op.itemgetter(1)('abc')", lambda: op.itemgetter(1)('abc')),
    ("op.itemgetter(1, 2)('abc')", lambda: op.itemgetter(1, 2)('abc')),
    ("op.itemgetter(slice(1, None))('abc')", lambda: op.itemgetter(slice(1, None))('abc')),
    ('repr(op.itemgetter(1))', lambda: repr(op.itemgetter(1))),
    ("repr(op.itemgetter(1, 'a'))", lambda: repr(op.itemgetter(1, 'a'))),
    ('op.itemgetter()', lambda: op.itemgetter()),
    ('op.itemgetter(1)([])', lambda: op.itemgetter(1)([])),
    ('op.itemgetter(1)(1)', lambda: op.itemgetter(1)(1)),
    ('op.itemgetter(x=1)', lambda: op.itemgetter(x=1)),
    ("op.attrgetter('real')(3)", lambda: op.attrgetter('real')(3)),
    ("op.attrgetter('real', 'imag')(3)", lambda: op.attrgetter('real', 'imag')(3)),
    ("op.attrgetter('__class__.__name__')(3)", lambda: op.attrgetter('__class__.__name__')(3)),
    ("repr(op.attrgetter('a.b', 'c'))", lambda: repr(op.attrgetter('a.b', 'c'))),
    ('op.attrgetter(1)', lambda: op.attrgetter(1)),
    ('op.attrgetter()', lambda: op.attrgetter()),
    ("op.attrgetter('a')(1)", lambda: op.attrgetter('a')(1)),
    ("op.attrgetter('real.foo')(1)", lambda: op.attrgetter('real.foo')(1)),
    ("op.attrgetter('a', x=1)", lambda: op.attrgetter('a', x=1)),
    ("op.methodcaller('upper')('abc')", lambda: op.methodcaller('upper')('abc')),
    ("op.methodcaller('split', ',')('a,b')", lambda: op.methodcaller('split', ',')('a,b')),
    ("op.methodcaller('split', sep=',')('a,b')", lambda: op.methodcaller('split', sep=',')('a,b')),
    ("repr(op.methodcaller('f', 1, x=2))", lambda: repr(op.methodcaller('f', 1, x=2))),
    ('op.methodcaller()', lambda: op.methodcaller()),
    ('op.methodcaller(1)', lambda: op.methodcaller(1)),
    ("op.methodcaller('f')(1)", lambda: op.methodcaller('f')(1)),
    ('op.__add__(1, 2)', lambda: op.__add__(1, 2)),
    ('op.__not__(0)', lambda: op.__not__(0)),
    ('op.__inv__(1)', lambda: op.__inv__(1)),
    ('op.__and__(3, 1)', lambda: op.__and__(3, 1)),
    ("op.__concat__('a', 'b')", lambda: op.__concat__('a', 'b')),
    ('op.__index__(5)', lambda: op.__index__(5)),
    ('op.__call__(abs, -1)', lambda: op.__call__(abs, -1)),
    ('op._abs(-2)', lambda: op._abs(-2)),
    ("sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1))", lambda: sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1))),
    ('list(map(op.mul, [1, 2, 3], [4, 5, 6]))', lambda: list(map(op.mul, [1, 2, 3], [4, 5, 6]))),
]
for label, f in cases:
    show(label, f)

class Hint:
    def __length_hint__(self):
        return 4
class BadHint:
    def __length_hint__(self):
        return 'x'
class NegHint:
    def __length_hint__(self):
        return -1
class NIHint:
    def __length_hint__(self):
        return NotImplemented
for o in [Hint(), BadHint(), NegHint(), NIHint()]:
    show(type(o).__name__, lambda: op.length_hint(o, 9))
print(op.add, op.itemgetter.__name__, op.__add__ is op.add, op.not_.__name__)
