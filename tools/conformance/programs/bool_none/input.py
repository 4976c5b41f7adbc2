print(True, False, None, True + True, True * 10, not None, not 0, not [])
print(bool(0), bool(""), bool("a"), bool([1]), bool({}), bool(0.0), bool(None))
print(True and 3, 0 or "x", None or 0, 1 and 0)
one = 1
print(None is None, one is not None, type(None), type(True))
print(isinstance(True, int), int(True), str(False), repr(None))
