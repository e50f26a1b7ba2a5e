import re
import html
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    level: int = 0


BLOCK = re.compile(r"^(?:(?P<h>#{1,6})\s+(?P<htext>.*)|(?P<li>[-*])\s+(?P<litext>.*)|(?P<ol>\d+)\.\s+(?P<oltext>.*)|(?P<fence>```)(?P<lang>\w*)|(?P<blank>\s*)|(?P<para>.+))$")
INLINE = [
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)\*"), r"<em>\1</em>"),
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
]


def tokens(text: str) -> Iterator[Token]:
    in_code = False
    for line in text.splitlines():
        m = BLOCK.match(line)
        if in_code:
            if line.startswith("```"):
                in_code = False
                yield Token("endcode", "")
            else:
                yield Token("code", line)
            continue
        kind = m.lastgroup
        if m["h"]:
            yield Token("heading", m["htext"], len(m["h"]))
        elif m["li"]:
            yield Token("bullet", m["litext"])
        elif m["ol"]:
            yield Token("number", m["oltext"], int(m["ol"]))
        elif m["fence"]:
            in_code = True
            yield Token("startcode", m["lang"] or "text")
        elif m["blank"] is not None and not line.strip():
            yield Token("blank", "")
        else:
            yield Token("para", m["para"])


def inline(text):
    text = html.escape(text, quote=False)
    for pat, rep in INLINE:
        text = pat.sub(rep, text)
    return text


def render(text):
    out = []
    open_list = None
    for tok in tokens(text):
        want = {"bullet": "ul", "number": "ol"}.get(tok.kind)
        if open_list and want != open_list:
            out.append(f"</{open_list}>")
            open_list = None
        match tok:
            case Token("heading", t, lvl):
                out.append(f"<h{lvl}>{inline(t)}</h{lvl}>")
            case Token("bullet" | "number", t):
                if open_list is None:
                    open_list = want
                    out.append(f"<{want}>")
                out.append(f"  <li>{inline(t)}</li>")
            case Token("startcode", lang):
                out.append(f'<pre lang="{lang}"><code>')
            case Token("code", t):
                out.append(html.escape(t))
            case Token("endcode"):
                out.append("</code></pre>")
            case Token("para", t):
                out.append(f"<p>{inline(t)}</p>")
            case Token("blank"):
                pass
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


DOC = """# Release *notes* for `v2.0`

Some **bold** claims & <tags> with a [link](https://example.com/x?a=1&b=2).

- first item with `code`
- second *item*
1. one
2. two

```python
if a < b and c > d:
    print("x & y")
```
## Done
"""
print(render(DOC))
kinds = [t.kind for t in tokens(DOC)]
print(kinds.count("para"), kinds.count("code"), sorted(set(kinds)))
print(html.escape('"quoted" & \'single\''), html.unescape("&lt;p&gt; &amp;amp; &#39; &#x41; &eacute;"))
