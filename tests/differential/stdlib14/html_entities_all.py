# html.unescape over every HTML5 named reference (with and without ';', in context) and over
# numeric references, checked against html.entities' tables.
import hashlib
import html
from html.entities import codepoint2name, entitydefs, html5, name2codepoint

names = sorted(html5)
print(len(names), len(name2codepoint), len(codepoint2name), len(entitydefs))
out = []
for name in names:
    out.append(html.unescape("&" + name))
    out.append(html.unescape("x&" + name + "y"))
    if not name.endswith(";"):
        assert html.unescape("&" + name) == html5[name]
joined = "|".join(out)
print(len(joined), hashlib.md5(joined.encode("utf-8", "surrogatepass")).hexdigest())
nums = "".join(html.unescape(f"&#{i};") + html.unescape(f"&#x{i:x}") for i in range(0, 0x3000, 7))
print(len(nums), hashlib.md5(nums.encode("utf-8", "surrogatepass")).hexdigest())
for s in ["&amp;lt;", "&ampamp;", "&notin", "&notit;", "&NotEqualTilde;", "&#x0;", "&#xd800;",
          "&#99999999999;", "&#x10FFFF;", "&#128;&#x9F;"]:
    print(repr(s), [hex(ord(c)) for c in html.unescape(s)])
