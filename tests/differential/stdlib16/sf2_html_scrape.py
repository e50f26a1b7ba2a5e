"""html.parser scraping a page: links, tables, headings, entities; urllib.parse to resolve and dedupe links."""
from html.parser import HTMLParser
from html import unescape, escape
from urllib.parse import urljoin, urlsplit, urlunsplit, parse_qsl, urlencode
from collections import Counter

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Prices &amp; Links</title>
<script>var x = "<a href='nope'>";</script><style>p > a { color: red }</style></head>
<body>
<h1 id="top">Catalog <small>2024</small></h1>
<p>See <a href="/docs/intro.html#start">the intro</a>, <a href="guide/?b=2&amp;a=1">guide</a> and
<a href="https://Example.org:443/x/../y/?utm_source=mail&id=7">external</a>.<br/>
<A HREF='mailto:sales@example.com'>Mail us</A> &mdash; or <a>no href</a> <a href="#frag">frag</a></p>
<table class="prices">
  <tr><th>Item</th><th>Price</th><th>Note</th></tr>
  <tr><td>Widget</td><td>&euro;19.99</td><td>new &lt;2024&gt;</td></tr>
  <tr><td>Gadget &amp; Co</td><td>&#36;5</td><td></td></tr>
  <tr><td colspan="2">Total</td><td>&#x2211;</td></tr>
</table>
<!-- a comment with <a href="hidden">link</a> -->
<h2>Other &quot;stuff&quot;</h2><img src="/img/logo.png" alt="Logo &copy;">
<input type=checkbox checked disabled>
</body></html>"""

class Scraper(HTMLParser):
    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links, self.headings, self.rows, self.events = [], [], [], Counter()
        self._in_h = None
        self._row = None
        self._cell = None
        self._link = None
        self.comments = []
    def handle_starttag(self, tag, attrs):
        self.events["start"] += 1
        a = dict(attrs)
        if tag == "a":
            self._link = [a.get("href"), ""]
        elif tag in ("h1", "h2"):
            self._in_h = [tag, ""]
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""
        elif tag in ("img", "input"):
            print("void", tag, attrs)
    def handle_startendtag(self, tag, attrs):
        self.events["startend"] += 1
        print("self-closing", tag, attrs)
    def handle_endtag(self, tag):
        self.events["end"] += 1
        if tag == "a" and self._link:
            href, text = self._link
            self.links.append((href, " ".join(text.split())))
            self._link = None
        elif tag in ("h1", "h2") and self._in_h:
            self.headings.append((self._in_h[0], self._in_h[1].strip()))
            self._in_h = None
        elif tag in ("td", "th") and self._row is not None:
            self._row.append(self._cell.strip())
            self._cell = None
        elif tag == "tr":
            self.rows.append(self._row)
            self._row = None
    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data
        if self._in_h is not None:
            self._in_h[1] += data
        if self._cell is not None:
            self._cell += data
    def handle_comment(self, data):
        self.comments.append(data.strip())
    def handle_decl(self, decl):
        print("decl", decl)

s = Scraper("https://shop.example.com/catalog/index.html")
s.feed(PAGE)
s.close()
print(s.headings)
print(s.rows)
print(s.comments, dict(sorted(s.events.items())))
def normalize(base, href):
    full = urljoin(base, href)
    parts = urlsplit(full)
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")))
    netloc = parts.hostname + (f":{parts.port}" if parts.port and parts.port not in (80, 443) else "") if parts.hostname else parts.netloc
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
for href, text in s.links:
    print(repr(text), href, "->", normalize(s.base, href) if href else None)
print(escape(s.rows[2][0]), unescape("&lt;&#60;&#x3c;&LT"), unescape("&amp;amp;"), escape("'\"", quote=True))

class Strict(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts = []
    def handle_entityref(self, name):
        self.parts.append(("entity", name))
    def handle_charref(self, name):
        self.parts.append(("char", name))
    def handle_data(self, data):
        self.parts.append(("data", data))
st = Strict()
st.feed("a &amp; b &#169; c &#x41; &unknown; d")
st.close()
print(st.parts)
st2 = Scraper("http://x/")
for chunk in ["<p>split <a hr", "ef='/q'>lin", "k</a> end</p>"]:
    st2.feed(chunk)
st2.close()
print(st2.links, st2.getpos())
