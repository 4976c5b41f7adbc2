import queue, threading, time
q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(20): q.put(i)
for _ in ts: q.put(None)
q.join()
for t in ts: t.join()
print(sorted(results))
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print('full')
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('empty')
sq = queue.SimpleQueue(); sq.put('a'); print(sq.get(), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('simple empty')
print(bq.full(), bq.qsize(), bq.empty())
