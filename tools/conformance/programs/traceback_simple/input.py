def inner(x):
    raise ValueError(f"bad value {x}")
def outer():
    inner(3)
print("before")
outer()
