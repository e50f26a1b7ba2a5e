"""Expected operator and string results from CPython: python3 gen_operator_string.py > data/operator_string.json"""
import operator
import string
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from pyval import call, dump, enc  # noqa: E402

cases = []


def add(name, f, *args, **kw):
    cases.append([name, [enc(a) for a in args], {k: enc(v) for k, v in kw.items()}, call(f, *args, **kw)])


PAIRS = [(7, 3), (-7, 2), (2.5, 2), (10**20, 3), ("ab", "cd"), ([1], [2, 3]), ((1,), (2,)), (True, 2), (5, 0)]
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
             "lt", "le", "eq", "ne", "ge", "gt", "is_", "is_not", "concat", "contains", "countOf", "indexOf"]:
    for a, b in PAIRS:
        add(name, getattr(operator, name), a, b)
for name in ["neg", "pos", "abs", "invert", "inv", "not_", "truth", "index", "length_hint"]:
    for a in [5, -3, 0, 2.5, True, [], [1], "", "x", 10**30, None]:
        add(name, getattr(operator, name), a)
add("getitem", operator.getitem, [1, 2, 3], 1)
add("getitem", operator.getitem, {"a": 1}, "a")
add("getitem", operator.getitem, "hello", -1)
add("getitem", operator.getitem, [1], 5)
add("__add__", operator.__add__, 1, 2)
add("iadd", operator.iadd, [1], [2])
add("iconcat", operator.iconcat, [1], (2,))
add("itemgetter", lambda obj, *a: operator.itemgetter(*a)(obj), [10, 20, 30, 40], 1)
add("itemgetter", lambda obj, *a: operator.itemgetter(*a)(obj), [10, 20, 30, 40], 0, 3, -1)
add("itemgetter", lambda obj, *a: operator.itemgetter(*a)(obj), "abcdef", 2, 4)
add("itemgetter", lambda obj, *a: operator.itemgetter(*a)(obj), {"k": 1, 2: 3}, "k", 2)
add("itemgetter_repr", lambda *a: repr(operator.itemgetter(*a)), 1, "x")
add("attrgetter_repr", lambda *a: repr(operator.attrgetter(*a)), "a", "b.c")
add("methodcaller", lambda *a, **k: operator.methodcaller(*a, **k)("a,b,c"), "split", ",")
add("methodcaller", lambda *a, **k: operator.methodcaller(*a, **k)("a,b,c"), "split", ",", maxsplit=1)
add("methodcaller_repr", lambda *a, **k: repr(operator.methodcaller(*a, **k)), "split", ",", maxsplit=1)
add("call", operator.call, abs, -3)

for s in ["hello world", "  many   spaces here ", "a-b-c", "", "ALL CAPS text", "x"]:
    add("capwords", string.capwords, s)
    add("capwords", string.capwords, s, "-")
T = [("$who likes $what", {"who": "tim", "what": "kung pao"}),
     ("${noun}ification $$ 5", {"noun": "python"}),
     ("$who likes $what", {"who": "tim"}),
     ("Give $who $100", {"who": "tim"}),
     ("line1\nline2 $", {}),
     ("${who} and ${ who }", {"who": 1}),
     ("$_a1 $A_b $9", {"_a1": 1.5, "A_b": [1]})]
for tpl, mapping in T:
    add("substitute", lambda t, m: string.Template(t).substitute(m), tpl, mapping)
    add("safe_substitute", lambda t, m: string.Template(t).safe_substitute(m), tpl, mapping)
    add("get_identifiers", lambda t: string.Template(t).get_identifiers(), tpl)
    add("is_valid", lambda t: string.Template(t).is_valid(), tpl)
add("substitute_kw", lambda t, m: string.Template(t).substitute(m, who="kw"), "$who $what", {"who": "m", "what": "w"})
add("substitute_kwonly", lambda t: string.Template(t).substitute(who="kw", what=2), "$who $what")
dump({"constants": {k: getattr(string, k) for k in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
                                                     "hexdigits", "octdigits", "punctuation", "printable",
                                                     "whitespace"]},
      "cases": cases})
