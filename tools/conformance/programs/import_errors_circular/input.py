# Import errors and circular imports, as CPython 3.12 reports them.
import sys
import circ_a
print(circ_a.A, circ_a.circ_b.B, circ_a.circ_b.seen_a)
try:
    from circ_c import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<DIR>'))
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__('x', level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
e = ImportError('msg', name='n', path='p')
print(e.msg, e.name, e.path, str(e), repr(e.args))
e2 = ImportError('a', 'b')
print(e2.msg, str(e2))
try:
    ImportError(bogus=1)
except TypeError as e:
    print(e)
s = SyntaxError('bad thing', ('f.py', 3, 5, 'x = (\n', 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError('m')), SyntaxError('m').lineno)
import circ_c
print(circ_c.C)
import badsyntax
