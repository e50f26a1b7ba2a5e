"""A tiny regex-free template engine: {{ var }}, filters, {% for %}, {% if %}."""


class TemplateError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at offset {pos}")
        self.pos = pos


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "strip": str.strip,
    "reverse": lambda v: v[::-1],
    "money": lambda v: f"${v:,.2f}",
    "pct": lambda v: f"{v:.1%}",
    "join": lambda v: ", ".join(map(str, v)),
    "default": lambda v: v if v else "(none)",
}


def tokenize(src):
    out, i = [], 0
    while i < len(src):
        a = src.find("{{", i)
        b = src.find("{%", i)
        starts = [x for x in (a, b) if x >= 0]
        if not starts:
            out.append(("text", src[i:], i))
            break
        j = min(starts)
        if j > i:
            out.append(("text", src[i:j], i))
        close = "}}" if src.startswith("{{", j) else "%}"
        k = src.find(close, j + 2)
        if k < 0:
            raise TemplateError(f"unclosed {src[j:j + 2]!r}", j)
        kind = "var" if close == "}}" else "tag"
        out.append((kind, src[j + 2:k].strip(), j))
        i = k + 2
    return out


def lookup(ctx, path, pos):
    cur = ctx
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif part.isdigit() and isinstance(cur, (list, tuple)):
            cur = cur[int(part)]
        elif hasattr(cur, part):
            cur = getattr(cur, part)
        else:
            raise TemplateError(f"unknown name {path!r}", pos)
    return cur


def parse(tokens, i=0, until=()):
    nodes = []
    while i < len(tokens):
        kind, text, pos = tokens[i]
        if kind == "tag" and text.split()[0] in until:
            return nodes, i
        if kind == "text":
            nodes.append(("text", text))
        elif kind == "var":
            expr, *filters = [p.strip() for p in text.split("|")]
            nodes.append(("var", expr, filters, pos))
        elif text.startswith("for "):
            _, var, _in, seq = text.split()
            body, i = parse(tokens, i + 1, ("endfor",))
            nodes.append(("for", var, seq, body, pos))
        elif text.startswith("if "):
            body, i = parse(tokens, i + 1, ("else", "endif"))
            other = []
            if tokens[i][1] == "else":
                other, i = parse(tokens, i + 1, ("endif",))
            nodes.append(("if", text[3:].strip(), body, other, pos))
        else:
            raise TemplateError(f"unknown tag {text!r}", pos)
        i += 1
    if until:
        raise TemplateError(f"missing {until[-1]}", len(tokens))
    return nodes, i


def render(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == "text":
            out.append(node[1])
        elif node[0] == "var":
            _, expr, filters, pos = node
            val = lookup(ctx, expr, pos)
            for f in filters:
                if f not in FILTERS:
                    raise TemplateError(f"unknown filter {f!r}", pos)
                val = FILTERS[f](val)
            out.append(str(val))
        elif node[0] == "for":
            _, var, seq, body, pos = node
            items = list(lookup(ctx, seq, pos))
            for idx, item in enumerate(items):
                inner = dict(ctx, **{var: item, "loop": {"index": idx + 1, "first": idx == 0,
                                                         "last": idx == len(items) - 1}})
                out.append(render(body, inner))
        else:
            _, cond, body, other, pos = node
            neg = cond.startswith("not ")
            val = bool(lookup(ctx, cond[4:] if neg else cond, pos))
            out.append(render(body if val != neg else other, ctx))
    return "".join(out)


class User:
    def __init__(self, name, tags):
        self.name, self.tags = name, tags

    @property
    def initials(self):
        return "".join(w[0] for w in self.name.split()).upper()


TPL = """Dear {{ user.name | title }} ({{ user.initials }}),
{% for o in orders %}{{ loop.index }}. {{ o.item | upper }} x{{ o.qty }} = {{ o.total | money }}{% if loop.last %}.{% else %};{% endif %}
{% endfor %}Tags: {{ user.tags | join | default }} | discount {{ rate | pct }}
{% if not vip %}Become a VIP!{% else %}Thanks, VIP.{% endif %} {{ user.name | reverse | len }}"""

ctx = {
    "user": User("ada king lovelace", ["math", "poetry"]),
    "orders": [{"item": "gear", "qty": 3, "total": 1234.5}, {"item": "lever", "qty": 1, "total": 0.999}],
    "rate": 0.125,
    "vip": False,
}
tree, _ = parse(tokenize(TPL))
print(render(tree, ctx))
ctx2 = dict(ctx, vip=True, orders=[], user=User("bob", []))
print(render(tree, ctx2))
print(tokenize("a{{b}}c{%if x%}d{%endif%}")[:4])
for bad in ["{{ nope }}", "{{ user.name | shout }}", "{% for x in orders %}", "{{ open", "{% while %}"]:
    try:
        print(render(parse(tokenize(bad))[0], ctx))
    except TemplateError as e:
        print(f"TemplateError: {e} (pos={e.pos})")
