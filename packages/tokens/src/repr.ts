/**
 * Python's `repr()` of a str, as `python -m tokenize` prints token strings with `%r`: single
 * quotes unless the text has a single quote and no double quote, backslash escapes for \\t \\n \\r
 * and the quote, and \\x, \\u, \\U escapes for every character `str.isprintable()` rejects.
 */

// str.isprintable() is false for these general categories (and true for U+0020).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
// Why a pre-check: almost every token is plain printable ASCII without quotes or backslashes,
// which needs no per-character work at all.
const PLAIN = /^[\x20-\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

export function pyRepr(s: string): string {
  if (PLAIN.test(s)) return `'${s}'`;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp === 0x5c) out += '\\\\';
    else if (cp === quote.charCodeAt(0)) out += '\\' + quote;
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else {
      const ch = String.fromCodePoint(cp);
      if (!NON_PRINTABLE.test(ch)) out += ch;
      else if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    }
  }
  return out + quote;
}
