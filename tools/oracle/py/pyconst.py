"""Python constants in pyglass's tagged JSON form (packages/interfaces/src/constant.ts), shared by
the oracle's AST and code-object dumpers.

None, bools and strs stand for themselves (a str holding any surrogate code point becomes
{"$str": [code points]}); ints, floats, complex, bytes, Ellipsis, tuples and frozensets are tagged.
Code objects are handed to `on_code`; frozenset elements come in `frozenset_order`'s order.
"""


def float_repr(x):
    # Python's repr round-trips and spells inf/nan the way pyglass's $float expects.
    return repr(x)


def constant(value, on_code=None, frozenset_order=None):
    if isinstance(value, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            return {"$str": [ord(c) for c in value]}
        return value
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {"$int": str(value)}
    if isinstance(value, float):
        return {"$float": float_repr(value)}
    if isinstance(value, complex):
        return {"$complex": [float_repr(value.real), float_repr(value.imag)]}
    if isinstance(value, bytes):
        return {"$bytes": value.decode("latin-1")}
    if value is Ellipsis:
        return {"$ellipsis": None}
    if isinstance(value, tuple):
        return {"$tuple": [constant(v, on_code, frozenset_order) for v in value]}
    if isinstance(value, frozenset):
        items = frozenset_order(value) if frozenset_order else list(value)
        return {"$frozenset": [constant(v, on_code, frozenset_order) for v in items]}
    if on_code is not None and type(value).__name__ == "code":
        return {"$code": on_code(value)}
    raise TypeError(f"unexpected constant {value!r}")
