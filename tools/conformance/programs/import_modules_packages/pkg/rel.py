from . import thing
from .sub.leaf import NAME
try:
    from .. import nothing_here
except ImportError as e:
    print(e)
def f(): return thing + NAME
