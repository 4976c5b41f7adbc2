"""Print the facts @pyglass/tokens needs to decode source files the way CPython 3.12 does:
every codec name and alias `codecs.lookup` accepts (normalized as `encodings.normalize_encoding`
leaves them), and, for each single-byte codec, the text its 256 byte values decode to with
errors="replace" (undefined bytes become U+FFFD, as tokenize's line decoding does).

Prints {"aliases": {normalized name: codec}, "charmaps": {codec: 256-char string}, "other": [codec, ...]}.
"""
import codecs
import encodings
import encodings.aliases
import json
import pkgutil
import sys
import warnings

warnings.simplefilter("ignore")
NOT_CHARMAPS = {"utf_8", "utf_8_sig", "raw_unicode_escape", "unicode_escape", "undefined", "palmos"}

names = set(encodings.aliases.aliases.values())
for m in pkgutil.iter_modules(encodings.__path__):
    if m.name not in ("aliases", "mbcs", "oem", "cp65001"):
        names.add(m.name)

aliases = {}
charmaps = {}
other = []
for name in sorted(names):
    try:
        info = codecs.lookup(name)
    except LookupError:
        continue
    if not getattr(info, "_is_text_encoding", True):
        continue
    codec = info.name.replace("-", "_")
    aliases[name] = codec
    if codec in charmaps or codec in other:
        continue
    try:
        text = bytes(range(256)).decode(codec, "replace")
    except Exception:
        text = None
    if codec not in NOT_CHARMAPS and text is not None and len(text) == 256 and all(bytes([b]).decode(codec, "replace") == text[b] for b in range(256)):
        charmaps[codec] = text
    else:
        other.append(codec)
for alias, target in encodings.aliases.aliases.items():
    try:
        info = codecs.lookup(alias)
    except LookupError:
        continue
    if getattr(info, "_is_text_encoding", True):
        aliases[alias] = info.name.replace("-", "_")
json.dump({"aliases": dict(sorted(aliases.items())), "charmaps": charmaps, "other": sorted(other)}, sys.stdout, ensure_ascii=True)
