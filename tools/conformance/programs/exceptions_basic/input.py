def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok")
        return r
    finally:
        print("finally")
print(div(1, 2))
print(div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    raise ValueError("bad", 2)
except Exception as e:
    print(repr(e), e.args)
try:
    int("xyz")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
