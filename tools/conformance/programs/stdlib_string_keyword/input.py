# string (constants, capwords, Template) and keyword
import string, keyword

def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ("string.capwords(' hello  world ')", lambda: string.capwords(' hello  world ')),
    ("string.capwords('a-b-c', '-')", lambda: string.capwords('a-b-c', '-')),
    ("string.Template('$a ${b} $$').substitute(a=1, b=2)", lambda: string.Template('$a ${b} $$').substitute(a=1, b=2)),
    ("string.Template('$a $c').substitute({'a': 1})", lambda: string.Template('$a $c').substitute({'a': 1})),
    ("string.Template('$a $c').safe_substitute({'a': 1})", lambda: string.Template('$a $c').safe_substitute({'a': 1})),
    ("string.Template('x $ y').substitute()", lambda: string.Template('x $ y').substitute()),
    ("string.Template('$a').substitute({'a': 1}, a=2)", lambda: string.Template('$a').substitute({'a': 1}, a=2)),
    ("string.Template('${a').substitute(a=1)", lambda: string.Template('${a').substitute(a=1)),
    ("string.Template('$a $b $a ${c}').get_identifiers()", lambda: string.Template('$a $b $a ${c}').get_identifiers()),
    ("string.Template('$1').is_valid()", lambda: string.Template('$1').is_valid()),
    ("string.Template('$a').template", lambda: string.Template('$a').template),
    ('string.printable', lambda: string.printable),
    ('string.punctuation', lambda: string.punctuation),
    ('string.whitespace', lambda: string.whitespace),
    ('keyword.kwlist', lambda: keyword.kwlist),
    ('keyword.softkwlist', lambda: keyword.softkwlist),
    ("keyword.iskeyword('if')", lambda: keyword.iskeyword('if')),
    ('keyword.iskeyword([])', lambda: keyword.iskeyword([])),
    ("keyword.issoftkeyword('match')", lambda: keyword.issoftkeyword('match')),
    ("string.Template('$x').substitute(x=[1])", lambda: string.Template('$x').substitute(x=[1])),
    ("string.Template('\\n$ x').substitute()", lambda: string.Template('\n$ x').substitute()),
]
for label, thunk in cases:
    show(label, thunk)

class Pct(string.Template):
    delimiter = '%'
print(Pct('%who likes %%what, %{x}').substitute(who='tim', x='X'), Pct('%a $b').safe_substitute(a=1))
t = string.Template('$who owes $$${amount} to ${who}.')
print(t.substitute(who='Al', amount=5), t.safe_substitute(amount=1), t.get_identifiers(), t.is_valid())
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords('the QUICK brown\tfox'), string.capwords('x  y', ' '), string.capwords(''))
print(sorted(k for k in keyword.kwlist if len(k) <= 3), keyword.iskeyword('match'), keyword.issoftkeyword('if'))


# string.Formatter
F = string.Formatter()

def show2(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

cases = [
    ("list(F.parse('a{{b'))", lambda: list(F.parse('a{{b'))),
    ("list(F.parse('a}}b'))", lambda: list(F.parse('a}}b'))),
    ("list(F.parse('{0}'))", lambda: list(F.parse('{0}'))),
    ("list(F.parse('x{a!r:>5}y'))", lambda: list(F.parse('x{a!r:>5}y'))),
    ("list(F.parse('{}{}'))", lambda: list(F.parse('{}{}'))),
    ("list(F.parse('tail'))", lambda: list(F.parse('tail'))),
    ("list(F.parse(''))", lambda: list(F.parse(''))),
    ("list(F.parse('a}b'))", lambda: list(F.parse('a}b'))),
    ("list(F.parse('a{b'))", lambda: list(F.parse('a{b'))),
    ("list(F.parse('a{'))", lambda: list(F.parse('a{'))),
    ("list(F.parse('{a!}'))", lambda: list(F.parse('{a!}'))),
    ("list(F.parse('{a!rr}'))", lambda: list(F.parse('{a!rr}'))),
    ("list(F.parse('{a:{b}}'))", lambda: list(F.parse('{a:{b}}'))),
    ("list(F.parse('{a[x:y]}'))", lambda: list(F.parse('{a[x:y]}'))),
    ("F.format('{0}-{1}', 'a', 'b')", lambda: F.format('{0}-{1}', 'a', 'b')),
    ("F.format('{} {}', 1, 2)", lambda: F.format('{} {}', 1, 2)),
    ("F.format('{name}!', name='x')", lambda: F.format('{name}!', name='x')),
    ("F.format('{0.real} {1[0]} {d[k]}', 3, [9], d={'k': 'v'})", lambda: F.format('{0.real} {1[0]} {d[k]}', 3, [9], d={'k': 'v'})),
    ("F.format('{:>{w}}', 'r', w=5)", lambda: F.format('{:>{w}}', 'r', w=5)),
    ("F.format('{0} {}', 1, 2)", lambda: F.format('{0} {}', 1, 2)),
    ("F.format('{} {0}', 1, 2)", lambda: F.format('{} {0}', 1, 2)),
    ("F.format('{!r}', 'q')", lambda: F.format('{!r}', 'q')),
    ("F.format('{!x}', 'q')", lambda: F.format('{!x}', 'q')),
    ("F.format('{a.}', a=1)", lambda: F.format('{a.}', a=1)),
    ("F.format('{a[0}', a=[1])", lambda: F.format('{a[0}', a=[1])),
    ("F.format('{a[0]x}', a=[1])", lambda: F.format('{a[0]x}', a=[1])),
    ("F.format('{0}')", lambda: F.format('{0}')),
    ("F.format('{k}')", lambda: F.format('{k}')),
    ("F.vformat('{0}{x}', (1,), {'x': 2})", lambda: F.vformat('{0}{x}', (1,), {'x': 2})),
    ("F.get_field('a.real', (), {'a': 5})", lambda: F.get_field('a.real', (), {'a': 5})),
    ("F.get_value(0, ('z',), {})", lambda: F.get_value(0, ('z',), {})),
    ("F.convert_field('x', 'r')", lambda: F.convert_field('x', 'r')),
    ("F.format_field(3.14159, '.2f')", lambda: F.format_field(3.14159, '.2f')),
    ("F.format('{:{}}', 'x', 5)", lambda: F.format('{:{}}', 'x', 5)),
    ("F.format('{0:{1}}', 'x', 5)", lambda: F.format('{0:{1}}', 'x', 5)),
    ("F.format('{:{:{}}}', 1, 2, 3)", lambda: F.format('{:{:{}}}', 1, 2, 3)),
]
for label, thunk in cases:
    show2(label, thunk)
class Up(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Up().format('{a} {b} {0}', 'zero', a='x'))

