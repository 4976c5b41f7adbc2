s = "  The Rain in Spain  "
print(s.strip().lower().split(" "), s.lstrip(), s.rstrip() + "|")
print("a-b-c".rsplit("-", 1), "a-b-c".partition("-"), "abc".center(9, "*"), "x".ljust(3, ".") + "|")
print("hello world".index("o"), "hello".rfind("l"), "AbC".swapcase(), "abc".isalpha(), "123".isdigit())
print(" ".isspace(), "Abc".istitle(), "abc".islower(), "ABC".isupper(), "a1".isalnum())
print("line1\nline2\nline3".splitlines(), ",".join(str(i) for i in range(4)))
print("%s has %d items costing %.1f%%" % ("cart", 3, 12.5), "%r" % "q", "%x %o %e" % (255, 8, 12345.678))
print("tab\tsep".expandtabs(4), "caf\u00e9".encode("utf-8"), b"bytes", "Hello".removeprefix("He"))
