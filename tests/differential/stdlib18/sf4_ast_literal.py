"""ast.literal_eval: config values parsed from text - accepted forms and CPython's error texts."""
import ast

good = ["42", "-3.5", "1_000", "0x1F", "0o17", "0b101", "1e3", "-1e-3", "3+4j", "-2-1j", "'text'", '"dq"', "'''tri'''", "b'bytes'",
        "r'\\d+'", "'a' 'b'", "True", "None", "[1, 2, [3]]", "(1,)", "()", "{'a': 1, 'b': [2, 3]}", "{1, 2, 3}", "set()",
        "{}", "  7  ", "(1, 'x', None, True)", "[-1, +2]", "{'nested': {'deep': (1, 2.5, 'z')}}", "'\\u00e9\\n'", "0", "1.5e300",
        "[\n 1,\n 2,\n]", "{**{}}" if False else "{'k': ()}", "-0.0", "12345678901234567890123"]
for s in good:
    v = ast.literal_eval(s)
    print(repr(s), "->", repr(v), type(v).__name__)

bad = ["x", "1 + x", "f(1)", "[1, 2", "2 ** 8", "'a' * 3", "{'a': b}", "lambda: 1", "a.b", "[i for i in ()]", "1 if 2 else 3",
       "-'a'", "(1, 2) + (3,)", "1; 2", "", "   ", "{1: 2, **d}", "3 - 4j * 2", "not True", "~1", "1 < 2", "{1, 2} | {3}", "b'a' b'c'" if False else "x[0]",
       "import os", "print('hi')", "1 +", "'unterminated", "frozenset()", "1j + 2", "+'s'", "--3", "1 +\n", "\n", "1 2\n", "\n\n1 +"]
for s in bad:
    try:
        v = ast.literal_eval(s)
        print(repr(s), "-> accepted", repr(v))
    except ValueError as e:
        msg = str(e)
        if " object at 0x" in msg:
            msg = msg.split(" object at 0x")[0] + " object>"
        print(repr(s), "-> ValueError", msg)
    except SyntaxError as e:
        print(repr(s), "-> SyntaxError", e.msg, e.lineno, e.offset)
    except TypeError as e:
        print(repr(s), "-> TypeError", e)

config_text = """
name = 'service'
ports = [8080, 8443]
limits = {'cpu': 2.5, 'mem': '4G'}
enabled = True
tags = ('a', 'b')
"""
cfg = {}
for line in config_text.strip().splitlines():
    key, _, value = line.partition("=")
    cfg[key.strip()] = ast.literal_eval(value.strip())
print(cfg)
print(ast.literal_eval(ast.Constant(5)) if hasattr(ast, "Constant") else "")
try:
    ast.literal_eval(5)
except ValueError as e:
    print("ValueError", e)
