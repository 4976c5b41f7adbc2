/**
 * The inputs of the tokenizer's fixtures, one per case (folder name → exact bytes). The expected
 * outputs next to each input come from the oracle (scripts/regenerate-fixtures.ts); this list is
 * only what to ask it about: every item of issue 3's checklist.
 */
const enc = new TextEncoder();
const s = (text: string): Uint8Array => enc.encode(text);
const b = (...parts: (string | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') out.push(...enc.encode(p));
    else out.push(...p);
  }
  return new Uint8Array(out);
};

export const FIXTURE_CASES: Record<string, Uint8Array> = {
  // Files and lines
  'empty-file': s(''),
  'only-comments': s('# one\n# two\n   # indented\n'),
  'no-trailing-newline': s('x = 1'),
  'comment-without-newline': s('x = 1\n# end'),
  'trailing-newline': s('x = 1\n'),
  'blank-lines': s('\n\n  \nx\n\n'),
  'crlf-line-endings': s('if x:\r\n    y = 1\r\n# c\r\n\r\nz = (1,\r\n  2)\r\n'),
  'lone-cr': s('x = 1\ry = 2\n'),
  'lone-cr-at-end': s('x = 1\r'),
  'form-feed': s('\x0cx = 1\n\x0c\n  \x0cy\nif x:\n  \x0c  z\n'),
  'tabs-indentation': s('if x:\n\ty = 1\n\tif y:\n\t\tz\n'),
  'tabs-after-spaces-consistent': s('if x:\n        y\n\tz\n'),
  'backslash-continuation': s('x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n'),
  'backslash-continuation-crlf': s('x = 1 + \\\r\n    2\r\n'),
  'backslash-at-indentation': s('if x:\n  \\\n    y\n'),
  'implicit-joining': s('x = (1,\n     2,\n  # comment\n\n     3)\ny = [\n]\nz = {\n  "a": 1}\n'),
  'indent-dedent': s('def f():\n    if x:\n        return 1\n    return 2\n\nclass C:\n    pass\n'),
  'dedent-at-eof-without-newline': s('def f():\n    return 1'),
  'non-ascii-identifiers': s('héllo = 1\nπ = 3.14\n𝒳 = "astral"\nｘ = 2\n名前 = 名前 + 1\n'),
  'astral-characters-columns': s('s = "𝒳𝒴" + "é"  # 😀 comment\nt = 𝒳\n'),
  'operators': s('a+b-c*d/e//f%g**h@i|j&k^l~m<n>o<=p>=q==r!=s<<t>>u\na+=1;a-=1;a*=1;a/=1;a//=1;a%=1;a**=1;a@=1;a|=1;a&=1;a^=1;a<<=1;a>>=1\nf = lambda x: x\ndef g() -> int: ...\n(x := 1)\na.b[c]{d}, e\n'),
  'not-equal-barry': s('a <> b\n'),
  'unknown-characters': s('a $ b ? c ` d\n'),
  // Numbers
  'numbers': s('0 1 10 1_000 0x1F 0XaB_cd 0o17 0O1_7 0b101 0B1_0 00 0_0 1. .5 1.5 1e5 1E-5 1e+5 1.5e1_0 1_0.0_1 5j 1.5J 1e5j 0j 09.5 09e1 09j 1if 1or 0xfor\n'),
  'number-followed-by-name': s('1x 0x1g 0o7z 1e5q 1_0abc\n'),
  'bad-number-decimal-underscore': s('x = 1_\n'),
  'bad-number-double-underscore': s('x = 1__0\n'),
  'bad-number-hex': s('x = 0x\n'),
  'bad-number-hex-underscore': s('x = 0x_\n'),
  'bad-number-octal-digit': s('x = 0o8\n'),
  'bad-number-octal': s('x = 0o\n'),
  'bad-number-binary-digit': s('x = 0b2\n'),
  'bad-number-binary': s('x = 0b\n'),
  'bad-number-exponent': s('x = 1e+\n'),
  'bad-number-fraction-underscore': s('x = 1.5_\n'),
  'leading-zeros': s('x = 0123\n'),
  // Strings
  'string-prefixes': s("a = 'x' \"x\" r'x' R'x' b'x' B'x' u'x' U'x' rb'x' rB'x' Rb'x' RB'x' br'x' bR'x' Br'x' BR'x'\nb = f'x' F'x' fr'x' fR'x' Fr'x' FR'x' rf'x' rF'x' Rf'x' RF'x'\nc = ur'x' bu'x' fb'x'\n"),
  'triple-quoted-strings': s('a = """one\ntwo"""\nb = \'\'\'x\'\'\'\nc = """"quoted" inside"""\nd = r"""\\\nraw"""\n'),
  'string-escapes': s('a = "quote \\" inside"\nb = \'it\\\'s\'\nc = "line \\\ncontinued"\nd = "tab\\there"\ne = "\\N{BULLET}"\n'),
  'string-non-ascii': s('a = "héllo wörld"\nb = """multi\nlïne 𝒳"""\nc = 1\n'),
  'empty-strings': s("a = '' + \"\" + '''''' + \"\"\"\"\"\"\n"),
  // f-strings
  'fstring-simple': s('f"hello {name}!"\n'),
  'fstring-format-spec': s('f"{x:>10}" f"{x:{width}.{prec}f}" f"{d:%Y-%m-%d %H:%M}"\n'),
  'fstring-conversion-debug': s('f"{x!r} {x!s:>4} {x=} {x = } {x=!r:^20}"\n'),
  'fstring-double-braces': s('f"{{literal}} {x} }} {{"\n'),
  'fstring-nested': s('f"{f"{f"{1}"}"}"\nf"{x:{y:{z}}}"\n'),
  'fstring-nested-quotes': s('f"{\'a\' + "b"}" f\'{"\\n".join(x)}\'\n'),
  'fstring-triple-quoted-multiline': s('f"""\nline {x\n+ 1}\n"""\nf\'\'\'{\n  a # comment\n}\'\'\'\n'),
  'fstring-raw': s('rf"\\d{x}\\{" fr\'\\n{y}\'\n'),
  'fstring-escaped-brace-warning': s('f"\\{x}"\n'),
  'fstring-unicode-name-escape': s('f"\\N{BULLET} {x}"\n'),
  'fstring-lambda-and-walrus': s('f"{(lambda x: x)(1)} {(y:=2)}"\n'),
  // Errors
  'error-unterminated-string': s('x = "abc\n'),
  'error-unterminated-string-eof': s("x = 'abc"),
  'error-unterminated-triple-quoted': s('x = """abc\ndef\n'),
  'error-unterminated-fstring': s('x = f"abc {x}\n'),
  'error-unterminated-triple-fstring': s('x = f"""abc\n{x}\n'),
  'error-fstring-expecting-brace': s('f"{x"\n'),
  'error-fstring-single-brace': s('f"}"\n'),
  'error-fstring-nested-too-deeply': s('f"{x:{y:{z:{w}}}}"\n'),
  'error-eof-in-multiline-statement': s('x = (1,\n  2,\n'),
  'error-eof-after-backslash': s('x = 1 + \\\n'),
  'error-eof-after-backslash-no-newline': s('x = 1 + \\'),
  'error-char-after-backslash': s('x = 1 \\ 2\n'),
  'unmatched-closing-bracket': s('x = 1)\ny = ]\n'),
  'mismatched-brackets': s('x = (1]\n'),
  'error-dedent': s('if x:\n    y\n  z\n'),
  'error-tab-inconsistent': s('if x:\n\tif y:\n        z\n'),
  'error-tab-indent': s('if x:\n        y\n\tz\n\t\tw\n'),
  'error-invalid-non-printable': s('x = 1\n\x01\n'),
  'error-del-character': s('x = \x7f\n'),
  'error-null-byte': b('x = 1\n', [0], '\n'),
  'error-null-byte-in-string': b('x = "a', [0], 'b"\n'),
  'error-null-byte-after-dedent': b('if x:\n    y\n', [0], '\n'),
  'error-too-many-indentation-levels': s(Array.from({ length: 101 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(101) + 'pass\n'),
  'error-too-many-nested-parentheses': s('x = ' + '('.repeat(201) + '\n'),
  'error-too-many-nested-fstrings': s('f"{'.repeat(151) + '\n'),
  'error-cr-before-non-ascii': s('x = 1\ré\n'),
  // Encodings
  'encoding-bom': b([0xef, 0xbb, 0xbf], 'x = "é"\n'),
  'encoding-bom-with-utf8-cookie': b([0xef, 0xbb, 0xbf], '# -*- coding: utf-8 -*-\nx = 1\n'),
  'encoding-bom-only': b([0xef, 0xbb, 0xbf]),
  'encoding-latin1-cookie': b('# -*- coding: latin-1 -*-\nx = "', [0xe9, 0xff], '"\n'),
  'encoding-cookie-second-line': b('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = "', [0xa4], '"\n'),
  'encoding-cookie-after-code-ignored': b('x = 1\n# coding: latin-1\ny = "', [0xc3, 0xa9], '"\n'),
  'encoding-cp1252-cookie': b('# coding=cp1252\ns = "', [0x80, 0x81, 0x93], '"\n'),
  'encoding-koi8r-cookie': b('# coding: koi8-r\ns = "', [0xc1, 0xc2, 0xd7], '"\n'),
  'encoding-ascii-cookie-with-bad-byte': b('# coding: ascii\ns = "', [0xe9], '"\n'),
  'encoding-utf8-bad-byte-later-line': b('x = 1\ny = "', [0xff], '"\n'),
  'bad-encoding-unknown': s('# coding: uft-8\nx = 1\n'),
  'bad-encoding-bom-and-latin1': b([0xef, 0xbb, 0xbf], '# coding: latin-1\nx = 1\n'),
  'bad-encoding-invalid-utf8-first-line': b('x = "', [0xff], '"\n'),
  'bad-encoding-invalid-utf8-second-line': b('# comment\nx = "', [0xc3, 0x28], '"\n'),
};
