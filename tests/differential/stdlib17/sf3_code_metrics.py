"""A realistic script: code metrics over Python sources held in strings (tokenize, keyword, collections, statistics, textwrap, string formatting)."""
import collections
import io
import keyword
import statistics
import textwrap
import token
import tokenize

MODULES = {
    "shapes.py": '''
"""Shapes with areas."""
import math


class Shape:
    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        # pi r squared
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


def total_area(shapes):
    return sum(s.area() for s in shapes if s is not None)
''',
    "util.py": '''
def clamp(x, lo=0, hi=1):
    if x < lo:
        return lo
    elif x > hi:
        return hi
    return x


def chunks(seq, n):
    """Yield successive n-sized chunks."""
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def parse_kv(text):
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out
''',
}


def analyze(name, src):
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    kinds = collections.Counter(token.tok_name[t.type] for t in toks)
    kw = collections.Counter(t.string for t in toks if t.type == token.NAME and keyword.iskeyword(t.string))
    names = collections.Counter(t.string for t in toks if t.type == token.NAME and not keyword.iskeyword(t.string))
    ops = collections.Counter(t.string for t in toks if t.type == token.OP)
    depth, max_depth, func_lines = 0, 0, []
    current = None
    for t in toks:
        if t.type == token.INDENT:
            depth += 1
            max_depth = max(max_depth, depth)
        elif t.type == token.DEDENT:
            depth -= 1
        elif t.type == token.NAME and t.string == "def":
            if current:
                func_lines.append(t.start[0] - current)
            current = t.start[0]
    if current:
        func_lines.append(toks[-1].start[0] - current)
    comments = [t.string for t in toks if t.type == token.COMMENT]
    strings = [t.string for t in toks if t.type == token.STRING]
    return {
        "name": name,
        "lines": src.count("\n"),
        "tokens": len(toks),
        "kinds": kinds,
        "keywords": kw,
        "names": names,
        "ops": ops,
        "max_depth": max_depth,
        "func_lines": func_lines,
        "comments": comments,
        "docstrings": [s for s in strings if s.startswith(('"""', "'''"))],
    }


reports = [analyze(n, s) for n, s in sorted(MODULES.items())]
for r in reports:
    print(f"== {r['name']}: {r['lines']} lines, {r['tokens']} tokens, max depth {r['max_depth']}")
    print("   token kinds:", ", ".join(f"{k}={v}" for k, v in sorted(r["kinds"].items())))
    print("   keywords:", r["keywords"].most_common(5))
    print("   top names:", r["names"].most_common(4))
    print("   operators:", "".join(sorted(r["ops"])))
    print("   functions:", len(r["func_lines"]), "mean length", round(statistics.mean(r["func_lines"]), 2), "median", statistics.median(r["func_lines"]))
    print("   comments:", r["comments"], "docstrings:", [textwrap.shorten(d, 20) for d in r["docstrings"]])

all_names = sum((r["names"] for r in reports), collections.Counter())
print("shared names:", sorted(set(reports[0]["names"]) & set(reports[1]["names"])))
print("all names:", len(all_names), all_names.most_common(3))
table = [(r["name"], r["lines"], r["tokens"], sum(r["keywords"].values())) for r in reports]
width = max(len(t[0]) for t in table)
print(f"{'module':<{width}} {'lines':>5} {'toks':>5} {'kw':>4}")
for row in table:
    print(f"{row[0]:<{width}} {row[1]:>5} {row[2]:>5} {row[3]:>4}")


def rewrite(src, mapping):
    result = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type == token.NAME and t.string in mapping:
            t = t._replace(string=mapping[t.string])
        result.append(t)
    return tokenize.untokenize(result)


print(rewrite(MODULES["util.py"], {"clamp": "bound", "seq": "items", "lo": "low", "hi": "high"}).splitlines()[1:8])
