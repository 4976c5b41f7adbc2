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

