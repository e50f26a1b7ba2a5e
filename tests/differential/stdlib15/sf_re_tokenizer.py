"""Expression tokenizer/evaluator: re master pattern with lastgroup + errors + operator."""
import operator
import re
from collections import namedtuple

Token = namedtuple("Token", "kind value line col")
SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("OP", r"\*\*|//|[-+*/%()=,<>]=?"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in SPEC))
print(MASTER.groups, sorted(MASTER.groupindex.items(), key=lambda kv: kv[1])[:3])

def tokenize(code):
    line, start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - start
        if kind == "NUMBER":
            value = float(value) if re.search(r"[.eE]", value) else int(value)
        elif kind == "STRING":
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        elif kind == "NEWLINE":
            start = m.end()
            line += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {line}:{col}")
        yield Token(kind, value, line, col)

SRC = '''x = 3 + 4.5 * (2 - 1e2) # comment
name = "a \\"quoted\\" str"
y = x // 2 ** 3 >= 1, z <= 7
'''
for t in tokenize(SRC):
    print(t)
try:
    list(tokenize("a = 1 @ 2"))
except SyntaxError as e:
    print("SyntaxError:", e)

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "//": 2, "%": 2, "**": 3}
def evaluate(expr, env):
    out, ops = [], []
    def apply():
        op = ops.pop()
        b, a = out.pop(), out.pop()
        out.append(OPS[op](a, b))
    for t in tokenize(expr):
        if t.kind == "NUMBER":
            out.append(t.value)
        elif t.kind == "NAME":
            out.append(env[t.value])
        elif t.value == "(":
            ops.append("(")
        elif t.value == ")":
            while ops[-1] != "(":
                apply()
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t.value] or (PREC[ops[-1]] == PREC[t.value] and t.value != "**")):
                apply()
            ops.append(t.value)
    while ops:
        apply()
    return out[0]
env = {"a": 2, "b": 10}
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "b // 3 + b % 3", "a * (b - 4) / 3", "7 - 2 - 1", "1.5e1 / 4"]:
    print(e, "=", evaluate(e, env))
print(re.sub(r"(?P<num>\d+)", lambda m: str(int(m["num"]) * 2), "a1 b22 c333"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here "), re.sub(r"(?m)^\s+|\s+$", "", "  a  \n  b  "))
print(re.findall(r"\b(\w)\w*\1\b", "abca bob kayak level xyz"), re.findall(r"(?i)\bthe\b", "The cat, the hat, THE end"))
scanner_words = re.compile(r"""
    (?P<int>[+-]?\d+)      # integers
  | (?P<word>[^\W\d]+)      # words
  | (?P<punct>[.,;:!?])    # punctuation
""", re.VERBOSE)
print([(m.lastgroup, m.group()) for m in scanner_words.finditer("Call 911, or -3 dudes!")])
print(re.split(r"\s*([+\-*/])\s*", "1 + 22*3 - 4 /5"), re.split(r"(?<=,)", "a,b,c"))
print(re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-06").expand(r"\g<m>/\g<y>"), re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "first.last+tag@mail.example.com") is not None)
for bad in [r"(?P<a>x)(?P<a>y)", r"[z-a]", r"x{5,2}", r"(?<=a+)b", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
print(re.compile(r"\d+").sub("#", "a1b22", count=1), re.compile("(a)|(b)").sub(lambda m: "A" if m.group(1) else "B", "abab"))
