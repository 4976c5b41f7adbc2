# printf-style formatting (str % args): conversions, flags, width/precision, mappings, errors.
print("%d %i %u %5d|%-5d|%05d %+d % d" % (42, -7, 3, 12, 12, -12, 5, 5))
print("%x %X %#x %#o %o %08.3f %-8.2e| %g %G %#g" % (255, 255, 255, 8, 8, 3.14159, 12345.678, 0.0001, 1e20, 2.0))
print("%s %r %a %c %c %%" % ("hé", "hé", "hé", 65, "z"))
print("%(name)s is %(age)d, %(age)05.1f" % {"name": "Ann", "age": 37})
print("%*d|%-*s|%.*f" % (6, 42, 4, "ab", 2, 2.675))
print("%.2f %.0f %.1f %.3s" % (0.125, 2.5, 0.05, "abcdef"))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % (True, None), "%d" % True, "%f" % 3, "%x" % True)
print("%e %f" % (float("inf"), float("-nan")), "%10.3f|" % -0.0, "%d" % 10**30, "%x" % -(2**70))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%c", 1114112), ("%c", "ab"), ("%z", 1), ("%(a)s", (1,)), ("%x", 1.5)]:
    try:
        print(bad[0] % bad[1])
    except Exception as e:
        print(type(e).__name__ + ":", e)
