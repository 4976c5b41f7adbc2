"""Unicode facts CPython 3.12 uses when parsing numbers and printing reprs, as JSON (the input of
the `vm-unicode-tables` generator in tools/codegen): the starts of the runs of ten decimal digits
(str.isdecimal, each start has value 0), the code points str.isspace() accepts, and the code
points str.isprintable() rejects as flattened [start, end) ranges.
"""
import json
import sys
import unicodedata

starts = []
cp = 0
while cp < 0x110000:
    c = chr(cp)
    if c.isdecimal() and unicodedata.decimal(c) == 0:
        assert all(unicodedata.decimal(chr(cp + i), -1) == i for i in range(10)), hex(cp)
        starts.append(cp)
        cp += 10
        continue
    cp += 1
assert sum(1 for cp in range(0x110000) if chr(cp).isdecimal()) == 10 * len(starts)
spaces = [cp for cp in range(0x110000) if chr(cp).isspace()]
ranges = []
cp = 0
while cp < 0x110000:
    if not chr(cp).isprintable():
        start = cp
        while cp < 0x110000 and not chr(cp).isprintable():
            cp += 1
        ranges += [start, cp]
    else:
        cp += 1
json.dump({"python": sys.version.split()[0], "unicode": unicodedata.unidata_version,
           "decimalRunStarts": starts, "spaces": spaces, "nonPrintableRanges": ranges}, sys.stdout)
