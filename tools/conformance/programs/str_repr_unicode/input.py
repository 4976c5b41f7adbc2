print(repr("caf\u00e9"), repr("\x00\x7f"), repr("\u2603"), len("\u00e9t\u00e9"), "\u00e9".upper())
print("na\u00efve".encode("utf-8"), ascii("\u00e9"), repr("'\""), "a\\b")
print(str(b"\x00ab"), repr(b"'"), "é" < "z", sorted("bca"))
