# int(str, base) and float(str): literal rules (signs, spaces, underscores, prefixes, Unicode digits) and errors.
cases_int = [("42", 10), ("  -17  ", 10), ("1_000_000", 10), ("0x_ff", 0), ("0o17", 0), ("0b101", 0), ("ff", 16),
             ("0xFF", 16), ("z", 36), ("00", 0), ("٣٤", 10), ("+0", 10), ("9" * 40, 10), ("-0b1_0", 0)]
for s, b in cases_int:
    print(repr(s), b, int(s, b))
cases_float = ["1.5", "  -2.25e3 ", "1_000.5", "inf", "-Infinity", "nan", "1e400", "-1e-400", ".5", "5.", "0x1p3" if False else "3.0e+00", "١.٥"]
for s in cases_float:
    print(repr(s), float(s))
for bad in [("12a", 10), ("0x1f", 10), ("1__0", 10), ("_1", 10), ("", 10), (" ", 10), ("08", 0), ("1", 1), ("1", 37), ("9", 8)]:
    try:
        print(int(*bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in ["1.5.5", "", "1e", "in f", "1__0.0", "0x10", "--1"]:
    try:
        print(float(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
