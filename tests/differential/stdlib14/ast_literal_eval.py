import ast

cases = [
    "42", "-7", "+3.5", "0x1F", "0o17", "0b101", "1_000_000", "1e3", ".5", "2.",
    "'hello'", '"a" "b"', "b'bytes'", "r'\\n'", "'\\t\\x41\\u00e9'", "u'x'",
    "[1, 2, [3, 4]]", "(1,)", "()", "(1, 'a', None)", "{'a': 1, 'b': [2, 3]}", "{1, 2, 3}",
    "set()", "True", "False", "None", "...", "1+2j", "-1-2j", "3j", "  {'k': (1, 2)}",
    "[\n  1,\n  2,\n]", "{'nested': {'deep': [1.5, -2.5]}}", "12345678901234567890123",
    "'''triple\nquoted'''", "# comment\n[1]",
]
for c in cases:
    v = ast.literal_eval(c)
    print(repr(c), "->", type(v).__name__, repr(v))

bad = ["foo", "a.b", "1+2", "f(1)", "[1, x]", "{1: y}", "x[0]", "-'a'", "1+1j+2",
       "f'x'", "(1, 2, *x)", "not 1", "3 < 4", "lambda: 1", "2*3", "--1", "{**d}",
       "[i for i in range(3)]", "set([1])", "(\n1,\nfoo)", "a if b else c", "-True"]
for c in bad:
    try:
        ast.literal_eval(c)
    except ValueError as e:
        print(repr(c), "ValueError:", str(e).split(" at 0x")[0])

for c in ["1 +", "(1,", "[1, 2", "1 2", "'abc", "", "import os", "1)", "0777"]:
    try:
        ast.literal_eval(c)
    except SyntaxError as e:
        print(repr(c), "SyntaxError")

for v in [5, None, [1]]:
    try:
        ast.literal_eval(v)
    except ValueError as e:
        print("ValueError:", e)
