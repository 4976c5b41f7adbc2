class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = True
class Child(Base):
    pass
print(Base.tag, Child.tag, Child.registered, type(Child).__name__)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self.name if obj is not None else self
class Host:
    field = Named()
print(Host().field, Host.field.name)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.a)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(Dyn().hello)
class Call:
    def __call__(self, x): return x + 1
print(Call()(1))
