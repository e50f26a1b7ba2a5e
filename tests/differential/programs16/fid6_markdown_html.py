# A markdown-to-HTML converter written without re, then checked with re.
import html
import re


def inline(text):
    out = []
    i = 0
    bold = em = code = False
    while i < len(text):
        ch = text[i]
        if ch == "`":
            out.append("</code>" if code else "<code>")
            code = not code
            i += 1
        elif code:
            out.append(html.escape(ch))
            i += 1
        elif text.startswith("**", i):
            out.append("</strong>" if bold else "<strong>")
            bold = not bold
            i += 2
        elif ch == "*":
            out.append("</em>" if em else "<em>")
            em = not em
            i += 1
        elif ch == "[":
            close = text.find("](", i)
            end = text.find(")", close)
            if close != -1 and end != -1:
                label, url = text[i + 1:close], text[close + 2:end]
                out.append(f'<a href="{html.escape(url, quote=True)}">{inline(label)}</a>')
                i = end + 1
            else:
                out.append(ch)
                i += 1
        else:
            out.append(html.escape(ch, quote=False))
            i += 1
    return "".join(out)


def convert(md):
    lines = md.splitlines()
    html_out = []
    in_list = None
    para = []
    in_code = False

    def flush_para():
        if para:
            html_out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    def close_list():
        nonlocal in_list
        if in_list:
            html_out.append(f"</{in_list}>")
            in_list = None

    for line in lines:
        if line.startswith("```"):
            flush_para()
            close_list()
            html_out.append("</pre>" if in_code else "<pre>")
            in_code = not in_code
            continue
        if in_code:
            html_out.append(html.escape(line))
            continue
        stripped = line.strip()
        if not stripped:
            flush_para()
            close_list()
            continue
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            flush_para()
            close_list()
            html_out.append(f"<h{level}>{inline(stripped[level:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* ") or stripped.split(". ", 1)[0].isdigit():
            flush_para()
            kind = "ul" if stripped[:2] in ("- ", "* ") else "ol"
            if in_list != kind:
                close_list()
                html_out.append(f"<{kind}>")
                in_list = kind
            item = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html_out.append(f"  <li>{inline(item)}</li>")
        elif stripped.startswith(">"):
            flush_para()
            html_out.append(f"<blockquote>{inline(stripped[1:].strip())}</blockquote>")
        else:
            para.append(stripped)
    flush_para()
    close_list()
    return "\n".join(html_out)


doc = """# Title with *emphasis*
Some **bold** text & a [link](http://x.org/?a=1&b="2") here.
A second line of the <same> paragraph.

## List
- one `a < b`
- two **strong *both***
1. first
2. second

> quoted *text*

```
def f(x):
    return x < 3 and "ok"
```
Trailing para with 3 * 4 = 12 and [broken link(
"""
result = convert(doc)
print(result)
tags = re.findall(r"</?([a-z0-9]+)", result)
counts = {}
for t in tags:
    counts[t] = counts.get(t, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(html.unescape("&lt;p&gt; &amp;amp; &#65;&#x42; &eacute;"))
print(len(result), result.count("\n"), repr(result[-40:]))
