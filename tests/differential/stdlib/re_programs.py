# re: small realistic programs (tokenizer, log parsing, templating, validation).
import re

# A tokenizer with named groups and lastgroup.
TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)

def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        out.append((kind, m.group(), m.start()))
    return out

for tok in tokenize("x1 = 3.14 * (radius + 2) $"):
    print(tok)

# Log parsing.
LOG = """\
2024-01-02 10:15:01 INFO  server started port=8080
2024-01-02 10:15:07 WARN  slow request path=/api/users ms=1200
2024-01-02 10:16:00 ERROR db timeout host=db1 retries=3
garbage line
2024-01-03 00:00:00 INFO  rotate
"""
line_re = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+(?P<msg>.*)$", re.M)
for m in line_re.finditer(LOG):
    kv = dict(re.findall(r"(\w+)=(\S+)", m["msg"]))
    text = re.sub(r"\s*\w+=\S+", "", m["msg"])
    print(m["date"], m["level"].lower(), repr(text), kv)
print(len(line_re.findall(LOG)), [m.group("level") for m in line_re.finditer(LOG, 60)])

# Templating with a function replacement.
def render(tpl, ctx):
    def repl(m):
        key, default = m.group(1), m.group(3)
        return str(ctx.get(key, default if default is not None else "?"))
    return re.sub(r"\{\{\s*(\w+)\s*(\|\s*(\w+)\s*)?\}\}", repl, tpl)

print(render("Hello {{ name }}, you are {{age}} ({{ city | nowhere }}) {{missing}}", {"name": "Ann", "age": 31}))

# Validation.
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for s in ["a@b.co", "first.last+tag@mail.example.org", "bad@", "@bad.com", "x@y", "ü@ñ.es"]:
    print(s, bool(EMAIL.match(s)))

def is_ipv4(s):
    m = re.fullmatch(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})", s)
    return bool(m) and all(0 <= int(g) <= 255 for g in m.groups())
print([is_ipv4(s) for s in ["1.2.3.4", "256.1.1.1", "1.2.3", "01.002.3.4", "1.2.3.4\n"]])

# camelCase <-> snake_case
def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
for n in ["CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake", "v2Update"]:
    print(n, snake(n), camel(snake(n)))

# Word frequencies.
text = "The cat and the hat. The CAT sat; the end!"
freq = {}
for w in re.findall(r"[a-z']+", text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))

# Splitting with several separators, keeping them.
print(re.split(r"\s*([,;])\s*", "a , b;c ;d,e"))
print([p for p in re.split(r"(\d+)", "abc12de3f") if p])

# Collapsing repeated words, case-insensitively.
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "this is is a test test test of the the code", flags=re.I))

# Scanning with match at increasing positions.
def scan(pattern, s):
    p = re.compile(pattern)
    pos, out = 0, []
    while pos < len(s):
        m = p.match(s, pos)
        if not m:
            out.append("!" + s[pos])
            pos += 1
            continue
        out.append(m.group())
        pos = m.end()
    return out
print(scan(r"[a-z]+|\d+|\s+", "abc 123 x?y"))

# Multiline strings and DOTALL.
html = "<p>one</p>\n<p>two\nlines</p>"
print(re.findall(r"<p>(.*?)</p>", html), re.findall(r"<p>(.*?)</p>", html, re.S))
print(re.sub(r"<[^>]+>", "", html))
