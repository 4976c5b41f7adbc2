# Float repr and formatting, including exact decimal ties (round-half-even on the exact binary value).
for x in [0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, 1e16, 1.23e-5, 123456789.125, -0.0, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x), "%.2f" % x, "%.0f" % x, format(x, ".3g"), format(x, ".2e"), f"{x:,.1f}", f"{x:+10.4}", f"{x:%}")
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), "%.1f" % 0.25, "%.1f" % 0.35)
print(format(1234567.891, "_.2f"), format(-1.5, "=+12.3f"), format(3.0, "#.0f"), format(3.0, "#g"), format(1e22, "n"))
print(format(12345, ",d"), format(255, "#x"), format(-42, "08d"), format(10**20, "_"), format(7, ".2f"), format(True, "d"))
print(float("inf"), float("-inf"), float("nan"), format(float("inf"), "08.2f"), format(float("nan"), "+"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ".2d")
except ValueError as e:
    print("ValueError:", e)
