"""html.parser: a link and table extractor over messy HTML; html.escape/unescape; charrefs; comments; CDATA content."""
import html
from html.parser import HTMLParser

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Report &amp; Summary</title>
<meta charset=utf-8><script>if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</style></head>
<body>
<!-- navigation -->
<nav><a href="/home" class="nav active">Home</a> | <a href='/about?x=1&amp;y=2'>About &copy; us</a> | <a href=/bare>Bare</a></nav>
<p>Prices: 5 &lt; 7 &gt; 3 &#8364;10 &#x20AC;20 &notanentity; &amp</p>
<table id="t1">
<tr><th>Item</th><th>Qty</th></tr>
<tr><td>Pen</td><td>3</td></tr>
<tr><td>Ink <b>blue</b></td><td>12</td></tr>
</table>
<img src="a.png" alt="An &quot;image&quot;"/><br/><input type="checkbox" checked disabled>
<p>Unclosed paragraph<p>Another &unknown; one</P>
<![CDATA[ raw <data> ]]>
<?php echo 1; ?>
</body></html>"""


class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.rows = []
        self.events = []
        self._in_a = None
        self._row = None
        self._cell = None

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self._in_a = [dict(attrs).get("href"), ""]
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        if tag == "a" and self._in_a:
            self.links.append(tuple(self._in_a))
            self._in_a = None
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append(self._cell.strip())
            self._cell = None
        elif tag == "tr":
            self.rows.append(self._row)

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if self._in_a:
            self._in_a[1] += data
        if self._cell is not None:
            self._cell += data
        if data.strip():
            self.events.append(("data", data.strip()[:40]))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


p = Extractor()
p.feed(PAGE)
p.close()
print(p.links)
print(p.rows)
for e in p.events:
    print(e)
print(p.getpos())


class Raw(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []

    def handle_data(self, d):
        self.out.append(("data", d))

    def handle_entityref(self, name):
        self.out.append(("entity", name))

    def handle_charref(self, name):
        self.out.append(("charref", name))


r = Raw()
for chunk in ["<p>a &amp", "p; b &#6", "5; c &#x41;", " d</p>"]:
    r.feed(chunk)
r.close()
print(r.out)
print(html.escape("<a href=\"x\">'&'</a>"), html.escape("<'\">", quote=False))
print(html.unescape("&lt;&gt;&amp;&quot;&#39;&eacute;&#233;&#xe9;&nbsp;|&copy &amp &notin; &noti; &bogus; &#0; &#x110000; &#128;"))
print(repr(html.unescape("&AMP; &Amp; &lt3 &ltx")))
