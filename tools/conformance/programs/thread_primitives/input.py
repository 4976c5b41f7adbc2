import threading, time, sys
results = []
lock = threading.Lock()
def worker(n):
    for i in range(3):
        with lock:
            results.append((n, i))
        time.sleep(0.01)
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results) == sorted((n, i) for n in range(3) for i in range(3)), len(results))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
e = threading.Event()
def setter():
    time.sleep(0.02)
    e.set()
threading.Thread(target=setter).start()
print(e.wait(1.0), e.is_set())
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.05), l.locked())
l.release()
print(l.acquire(False), l.locked())
c = threading.Condition()
items = []
def consumer():
    with c:
        while not items:
            c.wait()
        print('got', items.pop())
t = threading.Thread(target=consumer); t.start()
time.sleep(0.01)
with c:
    items.append(42)
    c.notify()
t.join()
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
b = threading.Barrier(3)
out = []
def bw(i):
    out.append(b.wait())
bs = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in bs: t.start()
for t in bs: t.join()
print(sorted(out))
tm = threading.Timer(0.01, lambda: print('timer fired'))
tm.start(); tm.join()
loc = threading.local()
loc.x = 1
def lw():
    loc.x = 2
    print('thread sees', loc.x)
t = threading.Thread(target=lw); t.start(); t.join()
print('main sees', loc.x)
r = threading.RLock()
with r:
    with r:
        print('rlock reentered')
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
def quiet():
    pass
t = threading.Thread(target=quiet, name='Q', daemon=True)
print(t.daemon, t.name, t.is_alive(), t.ident is None)
t.start(); t.join()
print(t.is_alive(), isinstance(t.ident, int))
try:
    t.start()
except RuntimeError as e:
    print(e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
try:
    threading.Lock().release()
except RuntimeError as e:
    print(e)
