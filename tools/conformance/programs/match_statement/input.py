def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case [x, y]:
            return f"pair {x} {y}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s:
            return "str " + s
        case _:
            return "other"
for v in (0, -3, [1, 2], {"k": 9}, "hi", 3.5):
    print(describe(v))
