class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no {key}")
        self.key = key
try:
    raise NotFound("k")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, Exception))
def f():
    try:
        raise KeyError("a")
    except KeyError:
        raise RuntimeError("wrapped")
try:
    f()
except RuntimeError as e:
    print(e, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as v:
    print(v, type(v.__cause__).__name__)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "")
