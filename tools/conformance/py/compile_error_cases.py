"""Collect programs that CPython 3.12's parser accepts but its compiler rejects, for
tools/conformance/compile-errors.ts: the errors raised by the symbol table and the code generator
(`'return' outside function`, `nonlocal` misuse, `'await' outside async function`, misplaced
`from __future__`, duplicate arguments, assignment expressions in comprehension iterables, …).

Sources: every string constant in a set of CPython 3.12 test files that deal with scoping and
compilation (Lib/test/test_syntax.py's doctest examples too), taken as it is and dedented. A
snippet becomes a case when `ast.parse` accepts it and `compile(snippet, "<case>", "exec",
dont_inherit=True)` raises SyntaxError (or a subclass). Prints a JSON list of
{origin, code, expected: {type, msg, lineno, offset, end_lineno, end_offset}}.
"""
import ast
import doctest
import json
import os
import sys
import sysconfig
import textwrap
import warnings

warnings.simplefilter("ignore")
TEST = os.path.join(sysconfig.get_paths()["stdlib"], "test")
FILES = (
    "test_syntax.py", "test_scope.py", "test_compile.py", "test_grammar.py", "test_named_expressions.py",
    "test_patma.py", "test_type_params.py", "test_coroutines.py", "test_generators.py", "test_positional_only_arg.py",
    "test_exceptions.py", "test_fstring.py", "test_future_stmt/test_future.py", "test_keywordonlyarg.py",
    "test_unpack_ex.py", "test_genexps.py", "test_asyncgen.py", "test_except_star.py", "test_type_annotations.py",
    "test_global.py", "test_listcomps.py", "test_setcomps.py", "test_dictcomps.py", "test_class.py",
)


def string_constants(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and 0 < len(node.value) < 4000:
            yield node.lineno, node.value


def compile_error(code):
    """CPython's compile-stage SyntaxError for `code`, or None (parse error, no error, other error)."""
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    try:
        compile(code, "<case>", "exec", dont_inherit=True)
    except SyntaxError as e:
        return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except (ValueError, MemoryError, RecursionError):
        return None
    return None


def main():
    candidates = []
    import test.test_syntax as ts
    for i, ex in enumerate(doctest.DocTestParser().get_examples(ts.__doc__ or "")):
        candidates.append(("test_syntax.py doctest %d (line %d)" % (i, ex.lineno), ex.source))
    for name in FILES:
        path = os.path.join(TEST, name)
        if not os.path.exists(path):
            continue
        for lineno, text in string_constants(path):
            candidates.append(("%s line %d" % (name, lineno), text))
            dedented = textwrap.dedent(text)
            if dedented != text:
                candidates.append(("%s line %d (dedented)" % (name, lineno), dedented))
    out = []
    seen = set()
    for origin, code in candidates:
        if code in seen:
            continue
        seen.add(code)
        expected = compile_error(code)
        if expected is not None:
            out.append({"origin": origin, "code": code, "expected": expected})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
