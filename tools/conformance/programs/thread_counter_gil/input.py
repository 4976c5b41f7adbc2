import threading, sys
counter = 0
def count(n):
    global counter
    for _ in range(n):
        counter += 1
threads = [threading.Thread(target=count, args=(200_000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter =", counter)
