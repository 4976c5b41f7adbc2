s = "Hello, World"
print(len(s), s.upper(), s.lower(), s[0], s[-1], s[2:5], s[::-1], s[::2])
print(s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"), s.find("o"), s.count("l"))
print(s.startswith("Hell"), s.endswith("x"), "  pad ".strip(), "ab" * 3, "a" in s, "W" in s)
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), str(42), repr(3.5))
print("x=%d y=%s z=%.2f" % (1, "two", 3.14159), "%5s|%-5s|" % ("ab", "cd"))
print("{} {}".format(1, "b"), "{0}{1}{0}".format("a", "b"), "{:>6}".format("r"), "{:.3f}".format(2.0))
print(s.title(), "abc".capitalize(), "a,b,,c".split(","), " x  y ".split(), "zfill".zfill(8))
print(ord("A"), chr(97), "abc" < "abd", "Z" < "a", str.upper("q"))
