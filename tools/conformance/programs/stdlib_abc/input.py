# abc: ABCMeta's __abstractmethods__, instantiation errors, register, __subclasshook__, isinstance/issubclass
import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    def h(self): return 'h'
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def f(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    def g(self): return 2
x = Full()
print(x.f(), x.g(), x.h(), sorted(Base.__abstractmethods__), Full.__abstractmethods__, isinstance(x, Base), type(Base).__name__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg), Reg.register(str) is str, isinstance('s', Reg))
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook), abc.get_cache_token() >= 0)
class M(metaclass=ABCMeta):
    @property
    @abstractmethod
    def p(self): ...
print(M.__abstractmethods__, getattr(M.p, '__isabstractmethod__', None))
try:
    Reg.register(1)
except TypeError as e:
    print(e)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__, ABC.__slots__, repr(ABC), ABCMeta.__module__)
