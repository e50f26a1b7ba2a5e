import re
import html


class TemplateError(Exception):
    pass


TOKEN = re.compile(r"{{\s*(.+?)\s*}}|{%\s*(.+?)\s*%}", re.S)
FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "escape": html.escape,
    "length": len,
    "strip": str.strip,
    "money": lambda v: f"${v:,.2f}",
}


def resolve(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    path = parts[0]
    if re.fullmatch(r"-?\d+", path):
        value = int(path)
    elif path.startswith(("'", '"')):
        value = path[1:-1]
    else:
        value = ctx
        for name in path.split("."):
            if isinstance(value, dict):
                if name not in value:
                    raise TemplateError(f"undefined variable {path!r}")
                value = value[name]
            elif name.isdigit():
                value = value[int(name)]
            else:
                value = getattr(value, name)
    for f in parts[1:]:
        fname, _, arg = f.partition(":")
        if fname == "default":
            value = value or arg.strip("'\"")
        elif fname == "join":
            value = arg.strip("'\"").join(map(str, value))
        elif fname in FILTERS:
            value = FILTERS[fname](value)
        else:
            raise TemplateError(f"unknown filter {fname!r}")
    return value


def render(src, ctx):
    out = []
    stack = []
    pos = 0
    tokens = list(TOKEN.finditer(src))

    def emit(text):
        if all(stack_item[1] for stack_item in stack):
            out.append(text)

    i = 0
    while i < len(tokens):
        m = tokens[i]
        emit(src[pos:m.start()])
        pos = m.end()
        if m.group(1) is not None:
            emit(str(resolve(m.group(1), ctx)))
        else:
            words = m.group(2).split()
            match words:
                case ["if", *cond]:
                    stack.append(("if", bool(resolve(" ".join(cond), ctx))))
                case ["else"]:
                    kind, flag = stack.pop()
                    stack.append(("else", not flag))
                case ["endif"]:
                    stack.pop()
                case ["for", var, "in", seq]:
                    depth, j = 1, i + 1
                    while j < len(tokens):
                        g = tokens[j].group(2) or ""
                        depth += g.startswith("for ") - (g == "endfor")
                        if depth == 0:
                            break
                        j += 1
                    else:
                        raise TemplateError("unclosed for")
                    body = src[m.end():tokens[j].start()]
                    for item in resolve(seq, ctx):
                        emit(render(body, {**ctx, var: item}))
                    pos = tokens[j].end()
                    i = j
                case _:
                    raise TemplateError(f"bad tag {m.group(2)!r}")
        i += 1
    emit(src[pos:])
    if stack:
        raise TemplateError(f"unclosed {stack[-1][0]}")
    return "".join(out)


ctx = {
    "user": {"name": "ada lovelace", "admin": True, "tags": ["math", "engines"]},
    "items": [{"name": "<b>bolt</b>", "price": 1234.5}, {"name": "nut", "price": 0.25}],
    "empty": "",
}
tpl = """Hello {{ user.name | title }}!
{% if user.admin %}[admin]{% else %}[user]{% endif %} tags: {{ user.tags | join:', ' }}
{% for it in items %}- {{ it.name | escape }}: {{ it.price | money }}
{% endfor %}note: {{ empty | default:'n/a' | upper }} ({{ user.tags | length }} tags, first {{ user.tags.0 }})"""
print(render(tpl, ctx))
for bad in ["{{ missing }}", "{{ user.name | shout }}", "{% if user.admin %}open", "{% while x %}"]:
    try:
        render(bad, ctx)
    except TemplateError as e:
        print(f"TemplateError: {e}")
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@site.com, bob@corp.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn(r"\s+", " ", "a  b \t c"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.split(r"[,;]\s*", "a, b;c;  d"), re.escape("1+1=2?"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-05-17")
print(m.group("year"), m.groupdict(), m.span(), m.start("mon"), m[0], m.expand(r"\g<mon>/\g<year>"))
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.match(r"b", "abc"), bool(re.compile(r"X", re.I).search("axb")))
