counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_before():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
read_before()
print("len" in dir(__builtins__) if False else "ok")
