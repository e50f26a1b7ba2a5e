"""tokenize over strings (generate_tokens, tokenize of bytes, untokenize), token names, linecache over this file."""
import io
import keyword
import linecache
import token
import tokenize

SOURCE = '''\
import math

class Circle:
    """A circle."""
    def __init__(self, r=1.0):
        self.r = r  # radius

    def area(self) -> float:
        return math.pi * self.r ** 2

values = [Circle(x).area() for x in (1, 2.5, 3e2)]
print(f"{values[0]:.3f}", 0x1F, 0o17, 1_000, 'it''s', b"raw\\n")
if values and not None:
    x = {'a': 1, **{}} | {}
    y = lambda *a, **k: (a, k)
'''

for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    if tok.type in (tokenize.NL, tokenize.NEWLINE):
        continue
    print(tok)

counts = {}
for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    name = token.tok_name[tok.exact_type]
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))

names = [t.string for t in tokenize.generate_tokens(io.StringIO(SOURCE).readline) if t.type == token.NAME]
print([n for n in names if keyword.iskeyword(n)])
print(sorted({n for n in names if not keyword.iskeyword(n)}))

toks = list(tokenize.tokenize(io.BytesIO(SOURCE.encode("utf-8")).readline))
print(toks[0], toks[-1])
print(tokenize.untokenize(toks).decode("utf-8") == SOURCE)
print(tokenize.untokenize((t.type, t.string) for t in toks)[:60])

print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NT_OFFSET + 1), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES["**="], token.tok_name[token.EXACT_TOKEN_TYPES["->"]], token.OP, token.N_TOKENS)
enc, lines = tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline)
print(enc, lines)
enc, lines = tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline)
print(enc, lines)
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n    a\n  b\n").readline))
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)

# Strip comments from code, a common use.
def strip_comments(src):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type != tokenize.COMMENT:
            out.append(tok)
    return tokenize.untokenize(out)


print(strip_comments("a = 1  # one\nb = 2 # two\n"))

# Rename identifiers.
def rename(src, old, new):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.NAME and tok.string == old:
            tok = tok._replace(string=new)
        out.append(tok)
    return tokenize.untokenize(out)


print(rename("total = total + count * total\n", "total", "acc"))

here = __file__
first = linecache.getline(here, 1)
print(repr(first))
print(repr(linecache.getline(here, 10_000)), repr(linecache.getline("no/such/file.py", 3)))
lines = linecache.getlines(here)
print(len(lines) > 50, lines[2].rstrip())
linecache.clearcache()
print(linecache.getline(here, 4).strip())
linecache.checkcache(here)
print(tokenize.tok_name is token.tok_name, tokenize.TokenInfo._fields)
