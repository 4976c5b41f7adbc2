import sys
for f in (lambda: str(10**5000), lambda: repr(-10**4300), lambda: int('1' * 5000), lambda: f"{10**4400}", lambda: print(10**4301)):
    try:
        f()
    except ValueError as e:
        print(e)
print(len(str(10**4299)), len(hex(10**5000)), sys.get_int_max_str_digits() if hasattr(sys, 'get_int_max_str_digits') else 4300)
for spec in ['d', ',', '_', 'n', '>5000', 'x']:
    try:
        print(spec, len(format(10**4400, spec)))
    except ValueError as e:
        print(spec, e)
for f in (lambda: '%d' % 10**4400, lambda: '%s' % 10**4400, lambda: '%x' % 10**4400, lambda: str(-10**4299)):
    try:
        print(len(f()))
    except ValueError as e:
        print(e)
for v in [0, 640, 639, -1, 'x']:
    try:
        sys.set_int_max_str_digits(v)
        print(v, sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), len(str(10**699)))
try:
    str(10**700)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
