import dis, sys, timeit, time
def add(a, b):
    return a + b
dis.dis(add)
print(eval("1 + 2"), eval(" [x*x for x in range(4)]"))
g = {}
exec("y = 5\ndef f(): return y * 2", g)
print(g['y'], g['f'](), '__builtins__' in g)
c = compile("a + 1", "<expr>", "eval")
print(type(c).__name__, eval(c, {'a': 41}))
try:
    exec("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.text)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
t = timeit.Timer("x = 1")
print(type(t.timeit(100)).__name__)
print(timeit.timeit(lambda: None, number=10) >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
print(dis.opmap['LOAD_FAST'], dis.opname[124], dis.cmp_op)
for src in ['return 1', 'def f():\n  nonlocal q', '(1,\n']:
    try:
        compile(src, '<string>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), repr(e.text), e.lineno, e.offset, str(e))
import sys
print('dis' in sys.modules, 'timeit' in sys.modules, sys.modules['__main__'].__name__)
