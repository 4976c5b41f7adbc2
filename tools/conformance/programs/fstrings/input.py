name = "py"
n = 3.14159
i = 42
print(f"{name}!", f"{n:.2f}", f"{i:05d}", f"{i:x}", f"{i:>8}|", f"{name!r}", f"{i * 2}")
print(f"{'nested'}", f"{[1, 2]}", f"{n=}", f"{i:,}", f"{1234567.891:,.2f}", f"{0.25:%}")
items = {"a": 1}
print(f"{items['a']} {len(items)}", f"{{braces}}")
