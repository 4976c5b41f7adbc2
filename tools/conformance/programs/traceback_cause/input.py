try:
    int("nope")
except ValueError as e:
    raise TypeError("conversion") from e
