import sys
import mod
from mod import helper, VALUE as V
import pkg.sub.leaf
from pkg import thing
from pkg.sub import leaf as lf
print(mod.VALUE, helper(2), V, thing, lf.NAME, pkg.sub.leaf.NAME)
print(mod.__name__, pkg.__name__, pkg.sub.__name__, pkg.__package__, lf.__package__)
print(sorted(k for k in sys.modules if k in ('mod', 'pkg', 'pkg.sub', 'pkg.sub.leaf', '__main__', 'sys')))
print(mod.__file__.endswith('mod.py'), pkg.__path__[0].endswith('pkg'))
try:
    import nosuch
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<DIR>'), e.name)
try:
    import mod.x
except ImportError as e:
    print(type(e).__name__, e)
from pkg.rel import f
print(f())
m = __import__('pkg.sub', fromlist=['leaf'])
print(m.__name__)
from pkg import *
print(sorted(n for n in dir() if n.startswith('pub')))
