"""Print the Unicode character names of the oracle's unicodedata (Unicode 15.0.0 for 3.12) as JSON:
explicit names (word-dictionary coded) and the ranges of algorithmically named characters.
Run by packages/ast/scripts/gen-unicode-names.ts; not used at run time."""
import json
import sys
import unicodedata

ALGORITHMIC = ('CJK UNIFIED IDEOGRAPH-', 'TANGUT IDEOGRAPH-', 'KHITAN SMALL SCRIPT CHARACTER-',
               'NUSHU CHARACTER-', 'CJK COMPATIBILITY IDEOGRAPH-', 'HANGUL SYLLABLE ')

names = []
ranges = {p: [] for p in ALGORITHMIC}
for cp in range(0x110000):
    nm = unicodedata.name(chr(cp), None)
    if nm is None:
        continue
    prefix = next((p for p in ALGORITHMIC if nm.startswith(p)), None)
    if prefix is not None:
        r = ranges[prefix]
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            r.append([cp, cp])
        continue
    names.append((cp, nm))
# Code point ranges that str.isprintable() rejects (repr escapes them).
nonprintable = []
for cp in range(0x110000):
    if not chr(cp).isprintable():
        if nonprintable and nonprintable[-1][1] == cp - 1:
            nonprintable[-1][1] = cp
        else:
            nonprintable.append([cp, cp])
json.dump({"version": unicodedata.unidata_version, "names": names, "ranges": ranges, "nonprintable": nonprintable}, sys.stdout)
