import types, sys
m = types.ModuleType('zz', 'the doc')
print(m, m.__name__, m.__doc__, m.__package__, m.__spec__)
m.x = 5
sys.modules['zz'] = m
import zz
print(zz.x, zz is m, sorted(k for k in vars(m) if not k.startswith('__')))
n = types.ModuleType('nn')
print(n.__doc__, repr(n))
try:
    types.ModuleType()
except TypeError as e:
    print(e)
import builtins
print(builtins, sys, 'builtins' in sys.modules, builtins.len is len)
